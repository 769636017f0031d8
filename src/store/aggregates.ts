// The aggregations series and alerts need, done in SQL so that only a few rows per day leave the database.
import type { CodeConflict } from '../analysis/alerts.js';
import type { DyadCount } from '../analysis/series.js';
import { periodDays, type Period } from '../analysis/periods.js';
import { prefixRange, selectEventsFrom, type EventRow } from './event-query.js';
import type { Db } from './open.js';

/**
 * Events between two actor code prefixes, per direction, date and quad class. Each direction is one range scan of
 * the covering index events_dyad (source_code, target_code, date, quad_class, goldstein).
 */
export function dyadCounts(db: Db, a: string, b: string, range: { from?: string; to?: string } = {}): DyadCount[] {
  const q = dyadCountsQuery(a, b, range);
  return db.prepare(q.sql).all(...q.params) as DyadCount[];
}

export function dyadCountsQuery(a: string, b: string, range: { from?: string; to?: string } = {}): { sql: string; params: unknown[] } {
  const dates = `${range.from ? 'AND date >= ?' : ''} ${range.to ? 'AND date <= ?' : ''}`;
  // INDEXED BY: with statistics, SQLite may scan events_target for one direction and read the table row by row (25x slower).
  const one = `SELECT ? AS dir, date, quad_class AS quad, count(*) AS n, sum(goldstein) AS goldstein FROM events INDEXED BY events_dyad
    WHERE source_code >= ? AND source_code < ? AND target_code >= ? AND target_code < ? AND date IS NOT NULL ${dates}
    GROUP BY date, quad_class`;
  const [A, B] = [a.toUpperCase(), b.toUpperCase()];
  const params = (dir: string, s: string, t: string) => [dir, ...prefixRange(s), ...prefixRange(t), ...(range.from ? [range.from] : []), ...(range.to ? [range.to] : [])];
  // A series of an actor with itself has one direction only.
  if (A === B) return { sql: one, params: params('ab', A, B) };
  return { sql: `${one} UNION ALL ${one}`, params: [...params('ab', A, B), ...params('ba', B, A)] };
}

/** Conflict (events with negative Goldstein) per source code, target code and day, for day-precise dates. */
export function conflictDays(db: Db): CodeConflict[] {
  return db.prepare(`SELECT source_code AS source, target_code AS target, date, sum(-goldstein) AS intensity, count(*) AS events
    FROM events WHERE goldstein < 0 AND length(date) = 10 AND source_code IS NOT NULL AND target_code IS NOT NULL
    GROUP BY source_code, target_code, date`).all() as CodeConflict[];
}

/** First and last day-precise event dates in the store. */
export function dateSpan(db: Db): { first: string; last: string } | null {
  const r = db.prepare(`SELECT min(date) AS first, max(date) AS last FROM events WHERE length(date) = 10`).get() as { first: string | null; last: string | null };
  return r.first && r.last ? { first: r.first, last: r.last } : null;
}

/** A dyad side in SQL: a country side matches every code that starts with it, any other side its code exactly. */
function side(col: string, s: DyadSide, params: unknown[]): string {
  if (s.country) { params.push(...prefixRange(s.code)); return `(${col} >= ? AND ${col} < ?)`; }
  params.push(s.code);
  return `${col} = ?`;
}

export interface DyadSide {
  code: string;
  country: boolean;
}

/** The events behind an alert: the dyad's conflict events in the period, the most severe and most reported first. */
export function alertEvents(db: Db, a: DyadSide, b: DyadSide, period: string, by: Period, limit: number): EventRow[] {
  const [first, last] = periodDays(period, by);
  const params: unknown[] = [first, last];
  const ab = `(${side('e.source_code', a, params)} AND ${side('e.target_code', b, params)})`;
  const ba = `(${side('e.source_code', b, params)} AND ${side('e.target_code', a, params)})`;
  return db.prepare(`${selectEventsFrom()}
    WHERE e.date >= ? AND e.date <= ? AND e.goldstein < 0 AND (${ab} OR ${ba})
    ORDER BY e.goldstein, e.num_mentions DESC, e.eid LIMIT ?`).all(...params, limit) as EventRow[];
}
