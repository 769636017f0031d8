// A DOM subtree -> plain text, one paragraph a line (the segmenter reads newlines as paragraph breaks).
// Block elements end a paragraph; scripts, styles and form controls carry no article text.

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea', 'head']);

/** The few DOM members we read, so linkedom's types do not leak into ours. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function domText(root: DomNode, skip: ReadonlySet<string> = SILENT): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) { line += n.textContent ?? ''; return; }
    if (n.nodeType !== 1) return;
    const name = n.nodeName.toLowerCase();
    if (skip.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** Page chrome that is not the article, for when readability finds no article and we fall back to the body. */
export const CHROME = new Set([...SILENT, 'nav', 'header', 'footer', 'aside', 'form', 'menu']);
