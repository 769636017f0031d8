// A parsed document + where it came from -> the article the store keeps: its id, settled date and outlet.
import { contentId } from '../article/content-id.js';
import { settleDate } from './article-date.js';
import { readDateline } from './dateline.js';
import type { ParsedDoc, SourceArticle } from './types.js';

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.replace(/^www\./, '') || null; } catch { return null; }
}

export function sourceArticle(doc: ParsedDoc, origin: string, bytes: number, userDate: string | null): SourceArticle {
  const text = doc.text.replace(/\r\n?/g, '\n');
  const dateline = readDateline(text, userDate);
  const when = settleDate({ date: doc.date, basis: doc.dateBasis }, dateline, userDate);
  return {
    id: doc.id ?? contentId(text),
    text,
    date: when.date,
    title: doc.title,
    url: doc.url,
    byline: doc.byline,
    outlet: doc.outlet ?? dateline?.outlet ?? hostOf(doc.url),
    dateOrigin: when.origin,
    dateBasis: when.basis,
    origin,
    bytes,
  };
}

/** A plain-text article: nothing but its words (and perhaps a dateline). */
export function textDoc(text: string): ParsedDoc {
  return { text, title: null, byline: null, outlet: null, url: null, id: null, date: null, dateBasis: null };
}
