// Event filters -> SQL over the events table. Code filters are prefix ranges (`source_code >= 'PRK' AND < 'PRL'`)
// rather than LIKE, so they use the indexes whatever the column's collation.
import { DyadError } from '../errors.js';
import type { Db } from './open.js';

export interface EventFilter {
  /** Actor code prefix, as source or target (PRK matches PRK, PRKGOV, PRKMIL). */
  actor?: string;
  /** Country code, as source or target country. */
  country?: string;
  /** Two actor code prefixes, either direction. */
  dyad?: [string, string];
  /** CAMEO code prefix ("19" matches 190..196). */
  cameo?: string;
  /** CAMEO root, exactly ("19"). */
  root?: string;
  plover?: string;
  quad?: number[];
  /** Event date range, YYYY-MM-DD, inclusive. Month- and year-precise dates match when they overlap it. */
  from?: string;
  to?: string;
  /** FTS5 query over the articles' title and text: events with a mention in a matching article. */
  text?: string;
}

/** A stored event as query, series, alerts and export read it. */
export interface EventRow {
  eid: number;
  key: string;
  record_id: string;
  article_id: string;
  sentence: number;
  date: string | null;
  date_basis: string | null;
  source_code: string | null;
  source_country: string | null;
  source_agent: string | null;
  source_text: string;
  target_code: string | null;
  target_country: string | null;
  target_agent: string | null;
  target_text: string | null;
  cameo: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover_type: string;
  plover_mode: string | null;
  negated: number;
  hypothetical: number;
  future: number;
  historical: number;
  location_text: string | null;
  location_country: string | null;
  lat: number | null;
  lon: number | null;
  verb: string;
  pattern: string;
  text: string;
  is_root: number;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  date_added: string;
  /** The first mention's record as the coder wrote it. */
  json: string;
  /** The first mention's article URL (GDELT's SOURCEURL). */
  url: string | null;
}

export interface Where {
  sql: string;
  params: unknown[];
  /** `INDEXED BY ...` when a filter has an index made for it that SQLite's planner might pass over. */
  index: string;
}

/** [lo, hi): every string that starts with `prefix` sorts in this range. */
export function prefixRange(prefix: string): [string, string] {
  const last = prefix.charCodeAt(prefix.length - 1);
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(last + 1)];
}

function prefix(col: string, p: string, params: unknown[]): string {
  params.push(...prefixRange(p));
  return `(${col} >= ? AND ${col} < ?)`;
}

export function whereOf(f: EventFilter): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.actor) {
    const a = f.actor.toUpperCase();
    parts.push(`(${prefix('e.source_code', a, params)} OR ${prefix('e.target_code', a, params)})`);
  }
  if (f.country) {
    parts.push('(e.source_country = ? OR e.target_country = ?)');
    params.push(f.country.toUpperCase(), f.country.toUpperCase());
  }
  if (f.dyad) {
    const [a, b] = f.dyad.map((x) => x.toUpperCase());
    const ab = `(${prefix('e.source_code', a, params)} AND ${prefix('e.target_code', b, params)})`;
    const ba = `(${prefix('e.source_code', b, params)} AND ${prefix('e.target_code', a, params)})`;
    parts.push(`(${ab} OR ${ba})`);
  }
  if (f.cameo) parts.push(prefix('e.cameo', f.cameo, params));
  if (f.root) { parts.push('e.root = ?'); params.push(f.root.padStart(2, '0')); }
  if (f.plover) { parts.push('e.plover_type = ?'); params.push(f.plover.toUpperCase()); }
  if (f.quad?.length) { parts.push(`e.quad_class IN (${f.quad.map(() => '?').join(', ')})`); params.push(...f.quad); }
  if (f.from) {
    // The first test uses the date index; the second lets "2020-06" match --from 2020-06-15.
    parts.push('(e.date >= ? AND e.date >= substr(?, 1, length(e.date)))');
    params.push(f.from.slice(0, 4), f.from);
  }
  if (f.to) { parts.push('e.date <= ?'); params.push(f.to); }
  if (f.text) {
    parts.push(`e.eid IN (SELECT m.event_id FROM event_mentions m WHERE m.article_id IN
      (SELECT id FROM articles WHERE rid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))`);
    params.push(f.text);
  }
  // Both directions of a dyad are range scans of events_dyad; left alone, SQLite reads one through events_target.
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, index: f.dyad ? 'INDEXED BY events_dyad' : '' };
}

/** An event with its first report's record JSON and URL. */
export const selectEventsFrom = (index = '') => `SELECT e.*, m.json AS json, a.url AS url FROM events e ${index}
  JOIN event_mentions m ON m.record_id = e.record_id LEFT JOIN articles a ON a.id = e.article_id`;

/** Matching events in date order, read one at a time (an export of a million events stays small in memory). */
export function selectEvents(db: Db, f: EventFilter, limit?: number): IterableIterator<EventRow> {
  const w = whereOf(checkedText(db, f));
  const sql = `${selectEventsFrom(w.index)} ${w.sql} ORDER BY e.date, e.eid${limit !== undefined ? ' LIMIT ?' : ''}`;
  return db.prepare(sql).iterate(...w.params, ...(limit !== undefined ? [limit] : [])) as IterableIterator<EventRow>;
}

export function countEvents(db: Db, f: EventFilter): number {
  const w = whereOf(checkedText(db, f));
  return (db.prepare(`SELECT count(*) AS n FROM events e ${w.index} ${w.sql}`).get(...w.params) as { n: number }).n;
}

/** Users type words, not FTS5 syntax: "Moon Jae-in" is a syntax error until each word is quoted. */
function checkedText(db: Db, f: EventFilter): EventFilter {
  if (!f.text) return f;
  const probe = db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1');
  try {
    probe.get(f.text);
    return f;
  } catch {
    const quoted = f.text.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
    try {
      probe.get(quoted);
      return { ...f, text: quoted };
    } catch (e) {
      throw new DyadError('DYAD_ERR_USAGE', `--text "${f.text}": not a full-text query (${(e as Error).message})`);
    }
  }
}

export interface MentionRow {
  record_id: string;
  event_id: number;
  article_id: string;
  sentence: number;
  actor1_offset: number | null;
  actor2_offset: number | null;
  action_offset: number | null;
  url: string | null;
  outlet: string | null;
  text_length: number;
  ingested_at: string;
}

/** The mentions of the given events (GDELT's Mentions table), in event order. */
export function mentionsOf(db: Db, eids: number[]): MentionRow[] {
  if (!eids.length) return [];
  const out: MentionRow[] = [];
  const stmt = db.prepare(`SELECT m.record_id, m.event_id, m.article_id, m.sentence, m.actor1_offset, m.actor2_offset, m.action_offset,
      a.url, a.outlet, length(a.text) AS text_length, a.ingested_at
    FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.rid, m.sentence`);
  for (const eid of eids) out.push(...(stmt.all(eid) as MentionRow[]));
  return out;
}
