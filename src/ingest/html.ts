// An HTML page -> its article: metadata from the head, main text through readability (linkedom as the DOM), and
// the page body minus its chrome when readability finds no article. No text at all is an error naming the page.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { DyadError } from '../errors.js';
import { CHROME, domText, type DomNode } from './html-text.js';
import { pageMeta, type MetaDocument } from './html-meta.js';
import { publishedDate } from './published-date.js';
import type { ParsedDoc } from './types.js';

export function parseHtml(html: string, where: string, url: string | null = null): ParsedDoc {
  const { document } = parseHTML(html);
  const meta = pageMeta(document as unknown as MetaDocument, publishedDate);
  const article = readable(html);
  let text = article?.content ? fragmentText(article.content) : '';
  // Readability wants a few hundred characters of prose; on a short page what it keeps may be a menu, so the body
  // without its chrome (nav, header, footer, aside, forms) is read instead.
  if (text.length < 80) text = document.body ? domText(document.body as unknown as DomNode, CHROME) : '';
  const title = meta.title ?? (article?.title || null);
  const byline = meta.byline ?? (article?.byline?.replace(/^by\s+/i, '') || null);
  text = dropRepeats(text, title, byline);
  if (!text.trim()) throw new DyadError('DYAD_ERR_BAD_HTML', `${where}: no readable text in the page`);
  return {
    text, title, byline, outlet: meta.outlet ?? (article?.siteName || null), url: meta.url ?? url, id: null,
    date: meta.date, dateBasis: meta.dateBasis,
  };
}

/** An HTML fragment (a feed item's description, readability's output) -> text. */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? domText(document.body as unknown as DomNode) : '';
}

function readable(html: string): { content?: string | null; title?: string | null; byline?: string | null; siteName?: string | null } | null {
  try {
    // Readability changes the document it reads, so it gets its own copy.
    return new Readability(parseHTML(html).document as unknown as Document).parse();
  } catch {
    return null;
  }
}

/** Readability keeps the headline and the "By ..." line in the body; they are not article prose. */
function dropRepeats(text: string, title: string | null, byline: string | null): string {
  const lines = text.split('\n');
  const same = (a: string, b: string | null) => b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
  while (lines.length > 1 && (same(lines[0], title) || same(lines[0], byline) || same(lines[0].replace(/^by\s+/i, ''), byline))) lines.shift();
  return lines.join('\n');
}
