// Is this text well-formed XML? linkedom parses anything without complaint, so a feed that is not XML (an HTML
// error page, a truncated download, JSON) is caught here, with the line where it goes wrong.

export interface XmlProblem {
  message: string;
  line: number;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ATTRS = /^(?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\/?$/;
const ENTITY = /&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z_][\w.-]*);/y;

export function xmlProblem(xml: string): XmlProblem | null {
  const s = xml.replace(/^\uFEFF/, '');
  const lineAt = (i: number) => s.slice(0, i).split('\n').length;
  const fail = (message: string, i: number): XmlProblem => ({ message, line: lineAt(i) });
  const start = s.search(/\S/);
  if (start < 0) return fail('empty', 0);
  if (s[start] !== '<') return fail(`begins with "${s.slice(start, start + 20).split('\n')[0]}", not with markup`, start);
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const text = s.slice(i, lt < 0 ? s.length : lt);
    const bad = badText(text, open.length === 0);
    if (bad) return fail(bad.message, i + bad.at);
    if (lt < 0) break;
    const end = markupEnd(s, lt);
    if (end < 0) return fail('unclosed markup', lt);
    const tag = s.slice(lt, end);
    i = end;
    if (tag.startsWith('<?') || tag.startsWith('<!--') || tag.startsWith('<!DOCTYPE')) continue;
    if (tag.startsWith('<![CDATA[')) { if (!open.length) return fail('text outside the root element', lt); continue; }
    if (tag.startsWith('</')) {
      const name = tag.slice(2, -1).trim();
      if (open.pop() !== name) return fail(`closing </${name}> does not match`, lt);
      continue;
    }
    const name = NAME.exec(tag.slice(1))?.[0];
    if (!name) return fail('not a tag', lt);
    if (!ATTRS.test(tag.slice(1 + name.length, -1))) return fail(`bad attributes in <${name}>`, lt);
    if (!open.length && ++roots > 1) return fail('more than one root element', lt);
    if (!tag.endsWith('/>')) open.push(name);
  }
  if (open.length) return fail(`<${open[open.length - 1]}> is never closed`, s.length);
  if (!roots) return fail('no root element', 0);
  return null;
}

/** Where a markup construct ends (just past its closing delimiter), or -1. */
function markupEnd(s: string, lt: number): number {
  const close = (delim: string) => { const k = s.indexOf(delim, lt); return k < 0 ? -1 : k + delim.length; };
  if (s.startsWith('<!--', lt)) return close('-->');
  if (s.startsWith('<![CDATA[', lt)) return close(']]>');
  if (s.startsWith('<?', lt)) return close('?>');
  if (s.startsWith('<!DOCTYPE', lt)) {
    const bracket = s.indexOf('[', lt);
    const gt = s.indexOf('>', lt);
    if (bracket >= 0 && bracket < gt) { const k = s.indexOf(']>', bracket); return k < 0 ? -1 : k + 2; }
    return gt < 0 ? -1 : gt + 1;
  }
  // A '>' inside a quoted attribute value does not end the tag.
  let quote = '';
  for (let k = lt + 1; k < s.length; k++) {
    const c = s[k];
    if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') return -1;
    else if (c === '>') return k + 1;
  }
  return -1;
}

function badText(text: string, outside: boolean): { message: string; at: number } | null {
  if (outside) {
    const k = text.search(/\S/);
    return k < 0 ? null : { message: 'text outside the root element', at: k };
  }
  for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
    ENTITY.lastIndex = k;
    if (!ENTITY.test(text)) return { message: 'a bare "&" (not an entity)', at: k };
  }
  return null;
}
