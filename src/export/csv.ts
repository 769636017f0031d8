// Stored events -> CSV (RFC 4180: quoted when needed, doubled quotes), one row per distinct event.
import type { EventRow } from '../store/event-query.js';

export const CSV_COLUMNS = [
  'event_id', 'date', 'source_code', 'source_country', 'source_agent', 'source_text', 'target_code', 'target_country',
  'target_agent', 'target_text', 'cameo', 'root', 'quad_class', 'goldstein', 'plover', 'plover_mode', 'negated',
  'num_mentions', 'num_articles', 'num_sources', 'article', 'sentence', 'url', 'pattern', 'text',
] as const;

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',') + '\n';
}

export function csvRow(e: EventRow): string {
  return csvLine([
    e.eid, e.date, e.source_code, e.source_country, e.source_agent, e.source_text, e.target_code, e.target_country,
    e.target_agent, e.target_text, e.cameo, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.negated,
    e.num_mentions, e.num_articles, e.num_sources, e.article_id, e.sentence, e.url, e.pattern, e.text,
  ]);
}
