// The event-date stage: the date of the event whose verb starts at `verbStart`, from the date expressions of its
// sentence and the article date. Pure (the vocabulary is read once, on first use) and it never throws on text.
//
//   1. expressions.ts finds the date expressions (cheap gate first: most sentences stop there);
//   2. clauses.ts maps clause edges, and each expression gets a scope and a distance to the verb;
//   3. the nearest expression in scope governs ("on/in/last/since" ones are preferred); a verb inside a clause
//      opened by "a day after" takes its anchor from the main clause (anchors.ts);
//   4. relative.ts resolves it against the article date and the tense; with none, the article date is the date.
import type { EventDate } from '../types.js';
import { dateFromAnchor, dateInOpenedClause, openedClauses, type Governor } from './anchors.js';
import { mapClauses, scope, type ClauseMap, type Region, type Scope } from './clauses.js';
import { compileWords, findDateExpressions, type DateExpression } from './expressions.js';
import { resolve, type Resolved, type Tense } from './relative.js';
import { guessTense } from './tense.js';
import { defaultTimeWords, type TimeWords } from './words.js';
import { formatDate, parseDay, precisionOf, type PartialDate } from './ymd.js';

export interface DateContext {
  /** The sentence text. */
  sentence: string;
  /** YYYY-MM-DD publication date. */
  articleDate: string | null;
  /** UTF-16 offset of the event's verb in `sentence`. */
  verbStart: number;
  /** Of the verb group, when the caller knows. */
  tense?: 'past' | 'present' | 'future';
}

interface Analysis {
  exprs: DateExpression[];
  clauses: ClauseMap;
  opened: Map<DateExpression, Region>;
}

/** How much a clause edge between date and verb costs, in characters of distance. */
const SCOPE_COST: Record<Scope, number> = { same: 0, outer: 300, far: 1000, blocked: Infinity };
/** The bonus of a date introduced by a preposition or "last/this/next". */
const INTRODUCED_BONUS = 15;
const MAX_DEPTH = 4;

const analyses = new WeakMap<TimeWords, Map<string, Analysis>>();

/** The expressions and clause map of a sentence; the last few sentences are kept (one is asked about per verb). */
export function analyse(sentence: string, words: TimeWords): Analysis {
  let cache = analyses.get(words);
  if (!cache) analyses.set(words, (cache = new Map()));
  let a = cache.get(sentence);
  if (!a) {
    const exprs = findDateExpressions(sentence, compileWords(words));
    const clauses: ClauseMap = exprs.length ? mapClauses(sentence, exprs, words) : { regions: [], joints: [] };
    a = { exprs, clauses, opened: openedClauses(clauses) };
    if (cache.size >= 16) cache.delete(cache.keys().next().value!);
    cache.set(sentence, a);
  }
  return a;
}

const introduced = (e: DateExpression): boolean =>
  e.prep !== null || e.meaning.kind === 'month-rel' || e.meaning.kind === 'period' ||
  (e.meaning.kind === 'weekday' && e.meaning.relation !== 0);

interface Candidate {
  expr: DateExpression;
  scope: Scope;
  score: number;
}

/** The expressions that may govern a position, best first. */
function candidates(a: Analysis, sentence: string, pos: number, ignore: ReadonlySet<DateExpression>): Candidate[] {
  const verbEnd = pos + (/^[\w'’-]*/.exec(sentence.slice(pos))?.[0].length ?? 0);
  const out: Candidate[] = [];
  for (const expr of a.exprs) {
    if (ignore.has(expr) || a.opened.has(expr)) continue; // an opening anchor dates its clause, see anchors.ts
    const sc = scope(a.clauses, expr, pos);
    if (sc === 'blocked') continue;
    const gap = expr.end <= pos ? pos - expr.end : Math.max(0, expr.start - verbEnd);
    out.push({ expr, scope: sc, score: gap + SCOPE_COST[sc] - (introduced(expr) ? INTRODUCED_BONUS : 0) });
  }
  return out.sort((x, y) => x.score - y.score);
}

const VAGUE = Symbol('vague');

function dateAt(
  a: Analysis, ctx: DateContext, ref: PartialDate | null, tense: Tense, pos: number,
  ignore: ReadonlySet<DateExpression>, depth: number,
): Resolved | typeof VAGUE | null {
  if (depth > MAX_DEPTH) return null;
  const govern: Governor = (at, more) => {
    const r = dateAt(a, ctx, ref, tense, at, new Set([...ignore, ...more]), depth + 1);
    return r === VAGUE ? null : r;
  };
  const ranked = candidates(a, ctx.sentence, pos, ignore);
  const opener = [...a.opened].filter(([e, r]) => !ignore.has(e) && r.start <= pos && pos < r.end).pop()?.[0];
  if (opener && ranked[0]?.scope !== 'same') return dateInOpenedClause(opener, ref, govern);
  for (const { expr } of ranked) {
    if (expr.meaning.kind === 'vague') return VAGUE;
    const r = expr.meaning.kind === 'anchor'
      ? dateFromAnchor(expr, ref, tense, govern)
      : resolve(expr.meaning, expr.text, ref, tense);
    if (r) return r;
  }
  return null;
}

function vagueBasis(a: Analysis, ctx: DateContext, pos: number): string {
  const e = candidates(a, ctx.sentence, pos, new Set()).find((c) => c.expr.meaning.kind === 'vague')?.expr;
  return e ? `article date ('${e.text}' gives no date)` : 'article date';
}

/**
 * The date of the event whose verb starts at `ctx.verbStart`, with how it was found and its precision; the article
 * date when no expression governs the verb; null when there is neither.
 */
export function eventDate(ctx: DateContext, words: TimeWords = defaultTimeWords()): EventDate | null {
  const ref = parseDay(ctx.articleDate);
  const sentence = ctx.sentence ?? '';
  const pos = Math.min(Math.max(0, Math.trunc(ctx.verbStart) || 0), sentence.length);
  const a = analyse(sentence, words);
  let found: Resolved | typeof VAGUE | null = null;
  if (a.exprs.length) {
    const tense = ctx.tense ?? guessTense(sentence, pos, words);
    found = dateAt(a, { ...ctx, sentence }, ref, tense, pos, new Set(), 0);
  }
  if (found && found !== VAGUE) {
    return { date: formatDate(found.date), basis: found.basis, precision: precisionOf(found.date) };
  }
  if (!ref) return null;
  const basis = found === VAGUE ? vagueBasis(a, { ...ctx, sentence }, pos) : 'article date';
  return { date: formatDate(ref), basis, precision: 'day' };
}
