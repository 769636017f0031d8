// Calendar arithmetic on dates of day, month or year precision (UTC, no time of day, no I/O).
import type { DatePrecision } from '../types.js';

/** A date known to the year, the month or the day: `m` and `d` are null when unknown. */
export interface PartialDate {
  y: number;
  m: number | null;
  d: number | null;
}

export function precisionOf(p: PartialDate): DatePrecision {
  return p.d !== null ? 'day' : p.m !== null ? 'month' : 'year';
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** YYYY-MM-DD, YYYY-MM or YYYY, as the record contract writes it. */
export function formatDate(p: PartialDate): string {
  if (p.m === null) return pad(p.y, 4);
  if (p.d === null) return `${pad(p.y, 4)}-${pad(p.m)}`;
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses a YYYY-MM-DD date (a longer ISO timestamp is cut to its date); null when absent or invalid. */
export function parseDay(s: string | null | undefined): PartialDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

const fromUtc = (t: number): PartialDate => {
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
};

/** Adds n days to a day-precision date. */
export function addDays(p: PartialDate, n: number): PartialDate {
  return fromUtc(Date.UTC(p.y, (p.m ?? 1) - 1, (p.d ?? 1) + n));
}

/** Adds n months to a date of month or day precision; the result has month precision. */
export function addMonths(p: PartialDate, n: number): PartialDate {
  const k = p.y * 12 + ((p.m ?? 1) - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1, d: null };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(p: PartialDate): number {
  return new Date(Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1)).getUTCDay();
}

/** Compares month/day pairs (day null counts as the whole month, equal to any day of it). */
export function compareMonthDay(m1: number, d1: number | null, m2: number, d2: number | null): number {
  if (m1 !== m2) return m1 - m2;
  return d1 === null || d2 === null ? 0 : d1 - d2;
}
