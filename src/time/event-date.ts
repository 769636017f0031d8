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
  /** Spans of clauses that describe a noun ("stolen from a museum in 1990"): their dates are theirs alone. */
  asides?: Array<[number, number]>;
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

/** The last few sentences analysed (the caller asks about each verb of a sentence in turn), newest first. */
const recent: Array<{ sentence: string; words: TimeWords; a: Analysis }> = [];
const RECENT = 4;

/** The expressions and clause map of a sentence. */
export function analyse(sentence: string, words: TimeWords): Analysis {
  const hit = recent.find((r) => r.sentence === sentence && r.words === words);
  if (hit) return hit.a;
  const exprs = findDateExpressions(sentence, compileWords(words));
  const clauses: ClauseMap = exprs.length ? mapClauses(sentence, exprs, words) : { regions: [], joints: [] };
  const a = { exprs, clauses, opened: openedClauses(clauses) };
  recent.unshift({ sentence, words, a });
  if (recent.length > RECENT) recent.pop();
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

/** What governs a position: a date, a vague expression that gives none ("in recent weeks"), or nothing. */
type Governed = Resolved | { vague: DateExpression } | null;

interface Frame {
  a: Analysis;
  sentence: string;
  ref: PartialDate | null;
  tense: Tense;
}

function dateAt(f: Frame, pos: number, ignore: ReadonlySet<DateExpression>, depth: number): Governed {
  if (depth > MAX_DEPTH) return null;
  const govern: Governor = (at, more) => {
    const r = dateAt(f, at, new Set([...ignore, ...more]), depth + 1);
    return r && 'date' in r ? r : null;
  };
  const ranked = candidates(f.a, f.sentence, pos, ignore);
  // the innermost clause opened by "a day after" that holds the verb
  const opener = [...f.a.opened].filter(([e, r]) => !ignore.has(e) && r.start <= pos && pos < r.end).pop()?.[0];
  if (opener && ranked[0]?.scope !== 'same') return dateInOpenedClause(opener, f.ref, govern);
  for (const { expr } of ranked) {
    if (expr.meaning.kind === 'vague') return { vague: expr };
    const r = expr.meaning.kind === 'anchor'
      ? dateFromAnchor(expr, f.ref, f.tense, govern)
      : resolve(expr.meaning, expr.text, f.ref, f.tense);
    if (r) return r;
  }
  return null;
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
  let found: Governed = null;
  if (a.exprs.length) {
    const tense = ctx.tense ?? guessTense(sentence, pos, words);
    const inAside = (at: number) => (ctx.asides ?? []).find(([s, e]) => s <= at && at < e);
    const own = inAside(pos);
    const ignore = new Set(a.exprs.filter((x) => { const span = inAside(x.start); return !!span && span !== own; }));
    found = dateAt({ a, sentence, ref, tense }, pos, ignore, 0);
  }
  if (found && 'date' in found) {
    return { date: formatDate(found.date), basis: found.basis, precision: precisionOf(found.date) };
  }
  if (!ref) return null;
  const basis = found ? `article date ('${found.vague.text}' gives no date)` : 'article date';
  return { date: formatDate(ref), basis, precision: 'day' };
}
