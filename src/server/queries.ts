// The reads the API needs beyond the store's own (src/store/*): a page of events in any order, per-dyad totals
// for a period, one article with what was coded from it, full-text hits with snippets, actors, counts. Filters
// are the store's (whereOf), so a filter means the same here as in `dyad query`.
import type { Statement } from 'better-sqlite3';
import { DyadError } from '../errors.js';
import { whereOf, type EventFilter } from '../store/event-query.js';
import { prefixRange } from '../store/event-query.js';
import type { Db } from '../store/open.js';
import type { EventSort } from './schemas.js';

const prepared = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, kept per database: the API runs the same few shapes of query over and over. */
export function stmt(db: Db, sql: string): Statement {
  let m = prepared.get(db);
  if (!m) prepared.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) {
    if (m.size > 500) m.clear();
    m.set(sql, (s = db.prepare(sql)));
  }
  return s;
}

/** A full-text query SQLite accepts: the user's own FTS5 syntax when it parses, else each word quoted. */
export function ftsQuery(db: Db, text: string): string {
  const probe = stmt(db, 'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1');
  try {
    probe.get(text);
    return text;
  } catch {
    const quoted = text.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
    try {
      probe.get(quoted);
      return quoted;
    } catch (e) {
      throw new DyadError('DYAD_ERR_BAD_REQUEST', `text "${text}" is not a full-text query (${(e as Error).message})`);
    }
  }
}

/** What a page of events needs from each row: the first report's record and the store's counts. */
export interface EventJsonRow {
  eid: number;
  json: string;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  url: string | null;
}

/**
 * The API's event object as JSON text: the coder's record (stored as JSON) with the store's counts spliced in,
 * so a page of events is never parsed and re-serialised.
 */
export function eventJsonText(r: EventJsonRow): string {
  return `${r.json.slice(0, -1)},"eventId":${r.eid},"numMentions":${r.num_mentions},"numArticles":${r.num_articles},"numSources":${r.num_sources},"url":${JSON.stringify(r.url)}}`;
}

const SORT_COLUMN: Record<EventSort, string> = {
  date: 'e.date', goldstein: 'e.goldstein', cameo: 'e.cameo', source: 'e.source_code', target: 'e.target_code',
  quad: 'e.quad_class', mentions: 'e.num_mentions',
};

export interface PageRequest {
  limit: number;
  offset: number;
  sort: EventSort;
  order: 'asc' | 'desc';
}

const EVENT_COLUMNS = 'e.eid, e.num_mentions, e.num_articles, e.num_sources, m.json AS json, a.url AS url';

function safeFilter(db: Db, f: EventFilter): EventFilter {
  return f.text ? { ...f, text: ftsQuery(db, f.text) } : f;
}

/** One page of matching events, in the requested order (ties broken by event id, the same way). */
export function pageEvents(db: Db, f: EventFilter, p: PageRequest): EventJsonRow[] {
  const w = whereOf(safeFilter(db, f));
  const dir = p.order === 'desc' ? 'DESC' : 'ASC';
  // The page's ids first, from the index alone where it holds the filter and sort columns (events_dyad holds
  // codes, date, quad class and Goldstein); then the records of those ids only, not of every match. CROSS JOIN
  // keeps the page as the outer loop (SQLite would otherwise walk all events in sort order to skip the sort).
  const sql = `SELECT ${EVENT_COLUMNS} FROM
    (SELECT e.eid, ${SORT_COLUMN[p.sort]} AS k FROM events e ${w.index} ${w.sql} ORDER BY k ${dir}, e.eid ${dir} LIMIT ? OFFSET ?) p
    CROSS JOIN events e ON e.eid = p.eid CROSS JOIN event_mentions m ON m.record_id = e.record_id LEFT JOIN articles a ON a.id = e.article_id
    ORDER BY p.k ${dir}, p.eid ${dir}`;
  return stmt(db, sql).all(...w.params, p.limit, p.offset) as EventJsonRow[];
}

export function countMatching(db: Db, f: EventFilter): number {
  const w = whereOf(safeFilter(db, f));
  return (stmt(db, `SELECT count(*) AS n FROM events e ${w.index} ${w.sql}`).get(...w.params) as { n: number }).n;
}

/** Events per (source code, target code) in a date range: the raw material of top dyads and top actors. */
export interface PairCount {
  source: string;
  target: string | null;
  n: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  goldstein: number;
}

export function pairCounts(db: Db, range: { from?: string; to?: string }): PairCount[] {
  const w = whereOf({ from: range.from, to: range.to });
  const sql = `SELECT e.source_code AS source, e.target_code AS target, count(*) AS n,
      sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4,
      sum(e.goldstein) AS goldstein
    FROM events e ${w.sql ? `${w.sql} AND` : 'WHERE'} e.source_code IS NOT NULL
    GROUP BY e.source_code, e.target_code`;
  return stmt(db, sql).all(...w.params) as PairCount[];
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  date_origin: string;
  date_basis: string | null;
  origin: string;
  text: string;
  duplicate_of: string | null;
  similarity: number | null;
  ingested_at: string;
}

export function articleRow(db: Db, id: string): ArticleRow | null {
  return (stmt(db, `SELECT id, url, title, byline, outlet, published, date_origin, date_basis, origin, text, duplicate_of,
    similarity, ingested_at FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined) ?? null;
}

export function sentencesOf(db: Db, id: string): { idx: number; start: number; paragraph: number; kind: string; text: string }[] {
  return stmt(db, 'SELECT idx, start, paragraph, kind, text FROM sentences WHERE article_id = ? ORDER BY idx').all(id) as never;
}

/** Every event record coded from the article (not only the first reports), with its stored event's counts. */
export function articleEvents(db: Db, id: string): EventJsonRow[] {
  return stmt(db, `SELECT e.eid, e.num_mentions, e.num_articles, e.num_sources, m.json AS json, a.url AS url
    FROM event_mentions m JOIN events e ON e.eid = m.event_id LEFT JOIN articles a ON a.id = e.article_id
    WHERE m.article_id = ? ORDER BY m.sentence, m.rowid`).all(id) as EventJsonRow[];
}

export function articleQuotes(db: Db, id: string): string[] {
  return stmt(db, 'SELECT json FROM quotes WHERE article_id = ? ORDER BY sentence, rowid').pluck().all(id) as string[];
}

export interface SearchRow {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  events: number;
  snippet: string;
}

/** Snippet markers: control characters no article text keeps (the store's text is decoded, not binary). */
export const HIT_OPEN = '\u0002';
export const HIT_CLOSE = '\u0003';

export function searchArticles(db: Db, q: string, limit: number, offset: number): { total: number; rows: SearchRow[] } {
  const match = ftsQuery(db, q);
  const total = (stmt(db, 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as { n: number }).n;
  const rows = stmt(db, `SELECT a.id, a.title, a.published, a.outlet, a.url, a.n_events AS events,
      snippet(articles_fts, -1, char(2), char(3), '…', 24) AS snippet
    FROM articles_fts JOIN articles a ON a.rid = articles_fts.rowid
    WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`).all(match, limit, offset) as SearchRow[];
  return { total, rows };
}

/** A snippet with markers -> parts, so that clients render hits without parsing markup. */
export function snippetParts(s: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  for (const piece of s.split(HIT_OPEN)) {
    const close = piece.indexOf(HIT_CLOSE);
    if (close < 0) { if (piece) parts.push({ text: piece, hit: false }); continue; }
    if (close > 0) parts.push({ text: piece.slice(0, close), hit: true });
    const rest = piece.slice(close + 1).replaceAll(HIT_CLOSE, '');
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

export interface ActorRow {
  code: string;
  name: string;
  country: string | null;
  agent: string | null;
  mentions: number;
  first_date: string | null;
  last_date: string | null;
}

/** Actors seen in events, most mentioned first; `prefix` on the code, `q` anywhere in the first wording. */
export function listActors(db: Db, o: { prefix?: string; q?: string; limit: number }): ActorRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (o.prefix) { where.push('code >= ? AND code < ?'); params.push(...prefixRange(o.prefix.toUpperCase())); }
  if (o.q) { where.push(`name LIKE ? ESCAPE '\\'`); params.push(`%${o.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`); }
  const sql = `SELECT code, name, country, agent, mentions, first_date, last_date FROM actors
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY mentions DESC, code LIMIT ?`;
  return stmt(db, sql).all(...params, o.limit) as ActorRow[];
}

export function actorNames(db: Db, codes: string[]): Map<string, string> {
  const s = stmt(db, 'SELECT name FROM actors WHERE code = ?').pluck();
  const out = new Map<string, string>();
  for (const c of codes) {
    const n = s.get(c) as string | undefined;
    if (n !== undefined) out.set(c, n);
  }
  return out;
}

export function tableCounts(db: Db): { articles: number; events: number; mentions: number; quotes: number } {
  return stmt(db, `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
    (SELECT count(*) FROM event_mentions) AS mentions, (SELECT count(*) FROM quotes) AS quotes`).get() as never;
}
