// What the sources hand to the store: an article with the metadata a page or feed gave, and where its date came from.
import type { DyadError } from '../errors.js';
import type { Article } from '../types.js';

/** Where an article's date came from, in order of trust. */
export type DateOrigin = 'metadata' | 'dateline' | 'user' | 'none';

export interface SourceArticle extends Article {
  byline: string | null;
  outlet: string | null;
  dateOrigin: DateOrigin;
  /** The exact place: 'meta article:published_time', 'RSS pubDate', "dateline 'SEOUL, June 17 (Reuters) -'", '--date'. */
  dateBasis: string | null;
  /** Where it was read: a file, file:line, a URL, or feed#item. */
  origin: string;
  /** Bytes of input this article accounts for, for progress. */
  bytes: number;
}

/** One step of reading sources: an article, or a bad input named in the error (the batch goes on). */
export type SourceItem = { article: SourceArticle } | { error: DyadError; bytes: number };

/** What a parser found before dates are settled: the page's own date, if any, and its basis. */
export interface ParsedDoc {
  text: string;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  id: string | null;
  /** YYYY-MM-DD from metadata, and where it was found. */
  date: string | null;
  dateBasis: string | null;
}
