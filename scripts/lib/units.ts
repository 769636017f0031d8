// The whole-article protocol of EVAL.md: events reduced to units (article, source country, target country, CAMEO
// root); gold from two independent coders; recall over the units both coded, precision over the units either coded;
// dates checked where both coders gave the same full date. With one coder (both = either) it is plain P/R/F1.
import { countryOfActor, countryOfCode, rootOf, type EventLike } from './events.js';
import { f1Of, ratio, type PRF } from './metrics.js';

/** A gold event as a human coder wrote it: actor codes (null or '' for absent) and a CAMEO code. */
export interface GoldEvent {
  article: string;
  source: string | null;
  target: string | null;
  cameo: string;
  /** YYYY-MM-DD when the coder gave a full date; YYYY-MM, YYYY or null otherwise. */
  date?: string | null;
}

export type UnitLevel = 'root' | 'code';

const SEP = '\u001f';

export function unitKey(article: string, source: string, target: string, event: string): string {
  return [article, source, target, event].join(SEP);
}

export function splitUnit(key: string): [string, string, string, string] {
  const [a = '', s = '', t = '', e = ''] = key.split(SEP);
  return [a, s, t, e];
}

function eventPart(cameo: string, root: string | undefined, level: UnitLevel): string {
  return level === 'root' ? rootOf({ cameo, root }) : cameo.trim();
}

export function goldUnit(g: GoldEvent, level: UnitLevel = 'root'): string {
  return unitKey(g.article, countryOfCode(g.source), countryOfCode(g.target), eventPart(g.cameo, undefined, level));
}

export function predictedUnit(e: EventLike, level: UnitLevel = 'root'): string {
  return unitKey(e.article, countryOfActor(e.source), countryOfActor(e.target), eventPart(e.cameo, e.root, level));
}

export interface DateCheck {
  /** Units both coders coded with a common full date. */
  agreed: number;
  /** Of those, units the coder also found (the dates that could be checked). */
  checked: number;
  /** Of those, units where one of the coder's events carries an agreed date. */
  correct: number;
  accuracy: number;
}

export interface ArticleScore extends PRF {
  /** Units both coders coded (the recall base) and how many the coder found. */
  both: number;
  foundOfBoth: number;
  /** Units either coder coded, the coder's units, and how many of those either coder had. */
  either: number;
  predicted: number;
  correctPredicted: number;
  dates: DateCheck;
}

/** Units of a set of events, each with the full dates its events carry. */
function unitDates<T>(items: T[], unit: (x: T) => string, date: (x: T) => string | null | undefined) {
  const out = new Map<string, Set<string>>();
  for (const x of items) {
    const key = unit(x);
    const dates = out.get(key) ?? new Set<string>();
    const d = date(x);
    if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) dates.add(d);
    out.set(key, dates);
  }
  return out;
}

/**
 * Scores predicted events against two coders' gold events (pass the same list twice for a single coder).
 * Only articles present in `articles` count (default: every article either coder or the coder mentions).
 */
export function scoreArticles(
  coderA: GoldEvent[],
  coderB: GoldEvent[],
  predicted: EventLike[],
  options: { level?: UnitLevel; articles?: Iterable<string> } = {},
): ArticleScore {
  const level = options.level ?? 'root';
  const keep = options.articles ? new Set(options.articles) : null;
  const inScope = (article: string) => keep === null || keep.has(article);
  const a = unitDates(coderA.filter((g) => inScope(g.article)), (g) => goldUnit(g, level), (g) => g.date);
  const b = unitDates(coderB.filter((g) => inScope(g.article)), (g) => goldUnit(g, level), (g) => g.date);
  const p = unitDates(predicted.filter((e) => inScope(e.article)), (e) => predictedUnit(e, level), (e) => e.date);

  const both = [...a.keys()].filter((u) => b.has(u));
  const either = new Set([...a.keys(), ...b.keys()]);
  const foundOfBoth = both.filter((u) => p.has(u)).length;
  const correctPredicted = [...p.keys()].filter((u) => either.has(u)).length;
  const precision = ratio(correctPredicted, p.size);
  const recall = ratio(foundOfBoth, both.length);

  let agreed = 0;
  let checked = 0;
  let correct = 0;
  for (const u of both) {
    const common = [...(a.get(u) ?? [])].filter((d) => b.get(u)?.has(d));
    if (common.length === 0) continue;
    agreed += 1;
    const mine = p.get(u);
    if (!mine) continue;
    checked += 1;
    if (common.some((d) => mine.has(d))) correct += 1;
  }
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    both: both.length,
    foundOfBoth,
    either: either.size,
    predicted: p.size,
    correctPredicted,
    dates: { agreed, checked, correct, accuracy: ratio(correct, checked) },
  };
}
