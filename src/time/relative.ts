// Resolves an expression's meaning to a date, relative to the article date and the verb's tense.
// Conventions (documented choices):
//  - a bare weekday, "this <weekday>", a month or a day without a year: past and present tense take the latest one
//    on or before the article date, future tense the first one on or after it; "last"/"next" <weekday> skip the
//    article date itself;
//  - "last April" is April of the year before the article's (the reference article: "Kim joined the ministry last
//    April", published June 2020, means April 2019); "next April" is the first April after the article's month;
//  - "last week"/"next week" are 7 days before/after the article date (day precision, the basis says so); "this
//    week" is the article date; months and years resolve to month and year precision;
//  - "N days/weeks ago" have day precision, "N months ago" month precision, "N years ago" year precision.
import type { Meaning, Unit } from './rules.js';
import { addDays, addMonths, compareMonthDay, formatDate, isValidDay, weekdayOf, type PartialDate } from './ymd.js';

export type Tense = 'past' | 'present' | 'future';

export interface Resolved {
  date: PartialDate;
  basis: string;
}

const quoted = (text: string) => `'${text}'`;
const relativeTo = (text: string, ref: PartialDate, note = '') =>
  `${quoted(text)} relative to the article date ${formatDate(ref)}${note}`;

/** Shifts a date by n units; the result is no more precise than the date or the unit. */
export function shift(p: PartialDate, n: number, unit: Unit): PartialDate {
  if (unit === 'year') return { y: p.y + n, m: null, d: null };
  if (p.m === null) return p;
  if (unit === 'month') return addMonths(p, n);
  if (p.d === null) return p;
  return addDays(p, unit === 'week' ? 7 * n : n);
}

/** The year that puts month/day nearest the reference on the side the tense points to. */
function inferYear(month: number, day: number | null, ref: PartialDate, tense: Tense): number {
  const c = compareMonthDay(month, day, ref.m!, ref.d);
  if (tense === 'future') return c < 0 ? ref.y + 1 : ref.y;
  return c > 0 ? ref.y - 1 : ref.y;
}

function weekday(target: number, relation: number, ref: PartialDate, tense: Tense): PartialDate {
  const today = weekdayOf(ref);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  if (relation < 0) return addDays(ref, -(back || 7));
  if (relation > 0) return addDays(ref, ahead || 7);
  return addDays(ref, tense === 'future' ? ahead : -back);
}

const PERIOD_NOTE: Record<string, string> = {
  '-1': ' (7 days before)',
  '0': ' (the article date)',
  '1': ' (7 days after)',
};

/** The date an expression gives, or null when it needs an article date that is missing (or gives none). */
export function resolve(meaning: Meaning, text: string, ref: PartialDate | null, tense: Tense): Resolved | null {
  switch (meaning.kind) {
    case 'calendar': {
      const { month, day } = meaning;
      if (meaning.year !== null) {
        if (day !== null && !isValidDay(meaning.year, month, day)) return null;
        const basis = `${quoted(text)} (${day === null ? 'month' : 'day'})`;
        return { date: { y: meaning.year, m: month, d: day }, basis };
      }
      if (!ref) return null;
      const y = inferYear(month, day, ref, tense);
      if (day !== null && !isValidDay(y, month, day)) return null;
      return { date: { y, m: month, d: day }, basis: relativeTo(text, ref) };
    }
    case 'year':
      return { date: { y: meaning.year, m: null, d: null }, basis: `${quoted(text)} (year)` };
    case 'vague':
    case 'anchor':
      return null; // no date of their own (anchors are resolved in anchors.ts)
  }
  if (!ref) return null;
  switch (meaning.kind) {
    case 'weekday':
      return { date: weekday(meaning.weekday, meaning.relation, ref, tense), basis: relativeTo(text, ref) };
    case 'deixis':
      return { date: addDays(ref, meaning.days), basis: relativeTo(text, ref) };
    case 'ago':
      return { date: shift(ref, -meaning.n, meaning.unit), basis: relativeTo(text, ref) };
    case 'period': {
      const note = meaning.unit === 'week' ? PERIOD_NOTE[String(meaning.relation)] : '';
      return { date: shift(ref, meaning.relation, meaning.unit), basis: relativeTo(text, ref, note) };
    }
    case 'month-rel': {
      const { month, relation } = meaning;
      const y = relation < 0 ? ref.y - 1 : relation === 0 || month > ref.m! ? ref.y : ref.y + 1;
      return { date: { y, m: month, d: null }, basis: relativeTo(text, ref) };
    }
  }
}
