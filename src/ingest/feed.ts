// An RSS 2.0, RSS 1.0 (RDF) or Atom feed -> one document per item: the item's content:encoded or description
// (HTML, turned into text) as the article, pubDate/updated/dc:date as its date, link as its URL.
import { DOMParser } from 'linkedom';
import { DyadError } from '../errors.js';
import { fragmentText } from './html.js';
import { publishedDate } from './published-date.js';
import { xmlProblem } from './xml-check.js';
import type { ParsedDoc } from './types.js';

interface El {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<El>;
  getAttribute(name: string): string | null;
}

export interface Feed {
  title: string | null;
  /** Each item's document, or an error naming it (an item without text); the other items go on. */
  items: (ParsedDoc | DyadError)[];
}

const kids = (e: El, name: string) => Array.from(e.children).filter((c) => c.tagName.toLowerCase() === name);
const child = (e: El, ...names: string[]) => names.map((n) => kids(e, n)[0]).find((c) => c !== undefined) ?? null;
const text = (e: El | null) => e?.textContent?.trim() || null;

export function parseFeed(xml: string, where: string): Feed {
  const problem = xmlProblem(xml);
  if (problem) throw new DyadError('DYAD_ERR_BAD_FEED', `${where}: not a feed: not well-formed XML (${problem.message}, line ${problem.line})`);
  const doc = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml') as unknown as { documentElement: El | null };
  const root = doc.documentElement;
  const kind = root?.tagName.toLowerCase();
  if (!root || (kind !== 'rss' && kind !== 'feed' && kind !== 'rdf:rdf')) {
    throw new DyadError('DYAD_ERR_BAD_FEED', `${where}: XML, but not an RSS or Atom feed (root element <${root?.tagName ?? '?'}>)`);
  }
  if (kind === 'feed') return { title: text(child(root, 'title')), items: kids(root, 'entry').map((e, k) => atomEntry(e, `${where}#${k + 1}`)) };
  const channel = child(root, 'channel') ?? root;
  const items = kind === 'rss' ? kids(channel, 'item') : kids(root, 'item');
  return { title: text(child(channel, 'title')), items: items.map((e, k) => rssItem(e, `${where}#${k + 1}`)) };
}

function rssItem(e: El, where: string): ParsedDoc | DyadError {
  const bodies = [text(child(e, 'content:encoded')), text(child(e, 'description'))].map((h) => (h ? fragmentText(h) : ''));
  const dated = dateOf([['RSS pubDate', text(child(e, 'pubdate'))], ['RSS dc:date', text(child(e, 'dc:date'))]]);
  return doc(where, bodies, {
    title: text(child(e, 'title')), url: text(child(e, 'link')), id: text(child(e, 'guid')),
    byline: text(child(e, 'dc:creator', 'author')), ...dated,
  });
}

function atomEntry(e: El, where: string): ParsedDoc | DyadError {
  const bodies = [child(e, 'content'), child(e, 'summary')].map((c) => {
    const t = text(c);
    return t && c?.getAttribute('type') !== 'text' ? fragmentText(t) : t ?? '';
  });
  const links = kids(e, 'link');
  const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const dated = dateOf([['Atom published', text(child(e, 'published'))], ['Atom updated', text(child(e, 'updated'))]]);
  const author = child(e, 'author');
  return doc(where, bodies, {
    title: text(child(e, 'title')), url: link?.getAttribute('href') ?? null, id: text(child(e, 'id')),
    byline: author ? text(child(author, 'name')) ?? text(author) : null, ...dated,
  });
}

function dateOf(candidates: [string, string | null][]): { date: string | null; dateBasis: string | null } {
  for (const [basis, raw] of candidates) {
    const date = publishedDate(raw);
    if (date) return { date, dateBasis: basis };
  }
  return { date: null, dateBasis: null };
}

/** The longest body wins: feeds often carry a one-line description next to the full content. */
function doc(where: string, bodies: string[], f: Omit<ParsedDoc, 'text' | 'outlet'>): ParsedDoc | DyadError {
  const body = bodies.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!body.trim()) return new DyadError('DYAD_ERR_EMPTY_INPUT', `${where}: feed item${f.title ? ` "${f.title}"` : ''} has no text`);
  return { ...f, text: body, outlet: null };
}
