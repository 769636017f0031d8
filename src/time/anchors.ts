// Dates relative to another date of the same sentence: "a day after", "two days later", "the day before".
//  - "X offered to resign a day after North Korea razed a building": the verb of the after-clause ("razed") is the
//    anchor minus one day; the main verb ("offered") is the anchor itself. The anchor is the date governing the
//    main clause, else the article date.
//  - "... two days later" / "the day before" with no clause after them: the verb is the anchor plus (minus) the
//    offset, the anchor being another date of the sentence; with none, "before" counts back from the article date
//    and "later" (which would point past the article date) leaves the article date.
import type { ClauseMap, Region } from './clauses.js';
import type { DateExpression } from './expressions.js';
import { shift, type Resolved, type Tense } from './relative.js';
import { formatDate, type PartialDate } from './ymd.js';

/** Finds the date governing a position, ignoring some expressions; null when no expression of the sentence does. */
export type Governor = (pos: number, ignore: ReadonlySet<DateExpression>) => Resolved | null;

const anchorOf = (e: DateExpression) => (e.meaning.kind === 'anchor' ? e.meaning : null);

/** The clause opened by an "after/before" anchor ("a day after | North Korea razed ..."), by its expression. */
export function openedClauses(map: ClauseMap): Map<DateExpression, Region> {
  const out = new Map<DateExpression, Region>();
  for (const r of map.regions) if (r.openedBy && anchorOf(r.openedBy)?.canOpen) out.set(r.openedBy, r);
  return out;
}

/** The date of a verb inside the clause opened by `e`: the main clause's anchor shifted the other way. */
export function dateInOpenedClause(e: DateExpression, ref: PartialDate | null, govern: Governor): Resolved | null {
  const a = anchorOf(e)!;
  const anchor = govern(e.start, new Set([e]))?.date ?? ref;
  if (!anchor) return null;
  return {
    date: shift(anchor, -a.sign * a.n, a.unit),
    basis: `'${e.text}' the sentence's anchor ${formatDate(anchor)}`,
  };
}

/** The date of a verb that an anchor expression governs directly ("two days later"). */
export function dateFromAnchor(
  e: DateExpression, ref: PartialDate | null, tense: Tense, govern: Governor,
): Resolved | null {
  const a = anchorOf(e)!;
  const anchor = govern(e.start, new Set([e]));
  if (anchor) {
    return {
      date: shift(anchor.date, a.sign * a.n, a.unit),
      basis: `'${e.text}' the sentence's anchor ${formatDate(anchor.date)}`,
    };
  }
  if (!ref) return null;
  if (a.sign > 0 && tense !== 'future') {
    return { date: ref, basis: `article date ('${e.text}' has no anchor in the sentence)` };
  }
  const basis = `'${e.text}' relative to the article date ${formatDate(ref)}`;
  return { date: shift(ref, a.sign * a.n, a.unit), basis };
}
