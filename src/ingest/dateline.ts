// The dateline that opens a wire story, "SEOUL, June 17 (Reuters) -": its date, and the outlet in parentheses.
// A dateline seldom gives the year; it is taken as the latest one that does not put the date after the reference
// (the --date given, or today), since a story is not dated in the future.
import * as chrono from 'chrono-node';

/** Place words, a comma, a short date phrase, an optional (Outlet), then a dash. */
const DATELINE = /^\s*([A-Z][\p{L}.'’ -]{1,40}(?:,\s*[\p{L}.'’ ]{1,30})?),\s+([\p{L}]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*(?:\(([^)\n]{1,40})\))?\s*[-—–]{1,2}\s/u;

export interface Dateline {
  /** The dateline as written, for the date basis. */
  text: string;
  date: string | null;
  outlet: string | null;
}

export function readDateline(text: string, reference: string | null): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 160));
  if (!m) return null;
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date();
  const parsed = chrono.en.strict.parse(m[2], ref)[0];
  let date: string | null = null;
  if (parsed) {
    const c = parsed.start;
    let year = c.get('year') ?? ref.getUTCFullYear();
    const ymd = (y: number) => `${y}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    const latest = new Date(ref.getTime() + 2 * 86400000).toISOString().slice(0, 10);
    if (!c.isCertain('year') && ymd(year) > latest) year -= 1;
    date = ymd(year);
  }
  return { text: m[0].trim(), date, outlet: m[3]?.trim() || null };
}
