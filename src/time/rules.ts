// What each KIND of expression in time-words.txt means: rules as small objects, one `apply` per kind that turns
// the matched parts into a meaning (still relative: resolution against the article date is in relative.ts).
import type { PatternMatch } from './patterns.js';

export type Unit = 'day' | 'week' | 'month' | 'year';
export type Relation = -1 | 0 | 1;

export type Meaning =
  /** A calendar date or month; `year` null when the text gives none, `day` null for a month. */
  | { kind: 'calendar'; year: number | null; month: number; day: number | null }
  | { kind: 'year'; year: number }
  /** A weekday: relation -1 "last", 1 "next", 0 bare or "this" (the tense decides). */
  | { kind: 'weekday'; weekday: number; relation: Relation }
  /** Days from the article date: yesterday -1, today 0, tomorrow 1. */
  | { kind: 'deixis'; days: number }
  /** n units before the article date. */
  | { kind: 'ago'; n: number; unit: Unit }
  /** The previous, current or next week, month or year. */
  | { kind: 'period'; relation: Relation; unit: Unit }
  /** The previous, current or next occurrence of a month ("last April"). */
  | { kind: 'month-rel'; relation: Relation; month: number }
  /**
   * n units from another date of the sentence: sign 1 "a day after"/"two days later", -1 "the day before", 0 "that
   * day". `canOpen`: the word is "after"/"before", which may open a clause dated the other way round.
   */
  | { kind: 'anchor'; n: number; unit: Unit; sign: Relation; canOpen: boolean }
  /** A time reference that gives no date ("in the months after", "in recent weeks", "the 1990s"). */
  | { kind: 'vague' };

export interface Rule {
  kind: string;
  apply(m: PatternMatch): Meaning | null;
}

const num = (m: PatternMatch, key: string): number | null => {
  const v = m.parts.get(key)?.value;
  return v === undefined || !/^-?\d+$/.test(v) ? null : Number(v);
};
const amount = (m: PatternMatch): number | null => num(m, 'number') ?? num(m, 'n');
const unit = (m: PatternMatch, key = 'unit'): Unit => (m.parts.get(key)?.value ?? 'day') as Unit;
const relation = (m: PatternMatch, key = 'relation'): Relation => (num(m, key) ?? 0) as Relation;

export const RULES: Rule[] = [
  {
    kind: 'month-year',
    apply: (m) => ({ kind: 'calendar', year: num(m, 'year')!, month: num(m, 'month')!, day: null }),
  },
  { kind: 'year', apply: (m) => ({ kind: 'year', year: num(m, 'year')! }) },
  { kind: 'month', apply: (m) => ({ kind: 'calendar', year: null, month: num(m, 'month')!, day: null }) },
  { kind: 'month-rel', apply: (m) => ({ kind: 'month-rel', relation: relation(m), month: num(m, 'month')! }) },
  {
    kind: 'weekday',
    apply: (m) => ({ kind: 'weekday', weekday: (num(m, 'weekday') ?? num(m, 'weekend'))!, relation: relation(m) }),
  },
  { kind: 'deixis', apply: (m) => ({ kind: 'deixis', days: num(m, 'deixis')! }) },
  {
    kind: 'ago',
    apply: (m) => {
      const n = amount(m);
      return n === null || n === 0 ? null : { kind: 'ago', n, unit: unit(m) };
    },
  },
  { kind: 'period', apply: (m) => ({ kind: 'period', relation: relation(m), unit: unit(m, 'period-unit') }) },
  {
    kind: 'anchor',
    apply: (m) => {
      const sign = (num(m, 'sequence-prep') ?? num(m, 'sequence-adv') ?? num(m, 'anchor-rel') ?? 0) as Relation;
      const u = m.parts.has('unit') ? unit(m) : unit(m, 'unit-singular');
      return { kind: 'anchor', n: amount(m) ?? 1, unit: u, sign, canOpen: m.parts.has('sequence-prep') };
    },
  },
  { kind: 'vague', apply: () => ({ kind: 'vague' }) },
];

export const RULES_BY_KIND: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.kind, r]));
