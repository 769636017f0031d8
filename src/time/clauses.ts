// A rough clause map of a sentence, enough to tell whether a date can govern a verb: coordinated clauses
// (", and", ";"), quotations, and subordinate regions opened by "who/which/after/because/that..." or appositions.
// Cheap string scanning, no parse: the words come from time-words.txt (opener, report, coordinator, appositive).
import type { DateExpression } from './expressions.js';
import { execAll, phrasesSource } from './patterns.js';
import { normalize, phrasesOf, type TimeWords } from './words.js';

export interface Region {
  /** Where the region's content starts (after its opener) and ends. */
  start: number;
  end: number;
  /** Opaque: a date inside does not date a verb outside. Transparent ("when"): it may, when nothing nearer does. */
  opaque: boolean;
  /** The date expression that opened it ("a day after"), if any. */
  openedBy: DateExpression | null;
}

export interface ClauseMap {
  regions: Region[];
  /** Positions of clause joints: hard (";", ":") or soft (", and"). */
  joints: Array<{ at: number; hard: boolean }>;
}

/** same: same clause; outer: across a clause edge that does not hide it; far: forward across ", and"; blocked. */
export type Scope = 'same' | 'outer' | 'far' | 'blocked';

interface ClauseGrammar {
  opener: RegExp;
  opaque: Set<string>;
  report: Set<string>;
  coordinator: RegExp;
  appositive: RegExp;
}

const grammarCache = new WeakMap<TimeWords, ClauseGrammar>();
const TERMINATOR = /[,;:()“”"—–]|\s--?\s/g;
const HARD = /[;:](?!\d)/g;
const THAT = /\bthat\b/g;
const QUOTE = /“[^”]*”|"[^"]*"/g;

function grammar(words: TimeWords): ClauseGrammar {
  let g = grammarCache.get(words);
  if (!g) {
    const words_ = (set: string) => `\\b(?:${phrasesSource(phrasesOf(words, set), false) || '(?!)'})(?!\\w)`;
    const opaque = (words.sets.get('opener') ?? []).filter((e) => e.value === 'opaque').flatMap((e) => e.phrases);
    g = {
      opener: new RegExp(words_('opener'), 'gi'),
      opaque: new Set(opaque.map(normalize)),
      report: new Set(phrasesOf(words, 'report').map(normalize)),
      coordinator: new RegExp(`,\\s+${words_('coordinator')}`, 'gi'),
      appositive: new RegExp(`,\\s+${words_('appositive')}`, 'gi'),
    };
    grammarCache.set(words, g);
  }
  return g;
}

const nextAt = (re: RegExp, s: string, from: number, limit: number): number => {
  re.lastIndex = from;
  const m = re.exec(s);
  return m && m.index < limit ? m.index : limit;
};

export function mapClauses(s: string, exprs: DateExpression[], words: TimeWords): ClauseMap {
  const g = grammar(words);
  const joints = execAll(HARD, s).map((m) => ({ at: m.index, hard: true }));
  for (const m of execAll(g.coordinator, s)) joints.push({ at: m.index, hard: false });
  const jointAfter = (at: number, hardOnly = false) =>
    Math.min(s.length, ...joints.filter((j) => j.at >= at && (j.hard || !hardOnly)).map((j) => j.at));
  const regions: Region[] = [];
  const add = (start: number, end: number, opaque: boolean, openedBy: DateExpression | null = null) => {
    if (/\w/.test(s.slice(start, end))) regions.push({ start, end, opaque, openedBy });
  };
  quotes(s, add);
  for (const m of execAll(g.opener, s)) {
    const word = normalize(m[0]);
    if (exprs.some((e) => e.start === m.index)) continue; // "since May": a preposition of a date, not a clause
    const inside = exprs.find((e) => e.start < m.index && m.index < e.end) ?? null; // "a day after" ...
    const start = inside ? inside.end : m.index + m[0].length;
    add(start, nextAt(TERMINATOR, s, start, jointAfter(start)), g.opaque.has(word), inside);
  }
  for (const m of execAll(THAT, s)) {
    if (exprs.some((e) => e.start === m.index)) continue;
    const before = s.slice(0, m.index).split(/\s+/).slice(-6).map(normalize);
    if (before.some((w) => g.report.has(w.replace(/[^a-z']/g, '')))) add(m.index + 4, jointAfter(m.index, true), true);
  }
  for (const m of execAll(g.appositive, s)) {
    const close = nextAt(TERMINATOR, s, m.index + 1, s.length);
    if (s[close] === ',') add(m.index + 1, close, true);
  }
  return { regions, joints };
}

/** Quotations, straight or curly: a date inside one does not date a verb of the narrative. */
function quotes(s: string, add: (start: number, end: number, opaque: boolean) => void): void {
  for (const m of execAll(QUOTE, s)) add(m.index + 1, m.index + m[0].length - 1, true);
}

const within = (r: Region, at: number) => r.start <= at && at < r.end;

export function scope(map: ClauseMap, cue: DateExpression, verb: number): Scope {
  const [lo, hi] = cue.start < verb ? [cue.end, verb] : [verb, cue.start];
  const crossed = map.joints.filter((j) => j.at >= lo && j.at < hi);
  if (crossed.some((j) => j.hard)) return 'blocked';
  const cueIn = map.regions.filter((r) => within(r, cue.start));
  const verbIn = map.regions.filter((r) => within(r, verb));
  const hiding = cueIn.filter((r) => !verbIn.includes(r));
  if (hiding.some((r) => r.opaque)) return 'blocked';
  // A date before ", and" may carry over to the next clause; a date after one does not reach back.
  if (crossed.length > 0) return cue.start > verb ? 'blocked' : 'far';
  return hiding.length > 0 || verbIn.some((r) => !cueIn.includes(r)) ? 'outer' : 'same';
}
