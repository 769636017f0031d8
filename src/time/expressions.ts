// Finds the date expressions of a sentence with their character spans: the patterns of time-words.txt (each read
// by its rule in rules.ts) plus chrono for calendar dates, then filters and overlap resolution.
import { findCalendarDates, calendarFinder } from './calendar.js';
import { compilePattern, execAll, matchAll, phrasesSource, TOKENS, type CompiledPattern } from './patterns.js';
import { RULES_BY_KIND, type Meaning } from './rules.js';
import { normalize, phrasesOf, type TimeWords } from './words.js';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  meaning: Meaning;
  /** The rule that found it: `data/grammar/time-words.txt:LINE`, or `chrono` for calendar dates. */
  rule: string;
  /** The preposition introducing it ("on", "in", "since"), lower case, or null. */
  prep: string | null;
}

interface CompiledExpr {
  id: string;
  line: number;
  kind: string;
  pattern: CompiledPattern;
  gate: string;
}

export interface CompiledWords {
  words: TimeWords;
  /** One regex over every gate word: a sentence it does not match has no date expression. */
  gate: RegExp;
  /** Gate word (normalized) -> the gate sets it belongs to (digits are told apart by TOKEN_KIND). */
  gateWords: Map<string, string[]>;
  exprs: CompiledExpr[];
  calendar: RegExp;
  notDate: RegExp | null;
  preps: Set<string>;
  possessivePreps: Set<string>;
  determiners: Set<string>;
}

/** Sets whose words (or tokens whose digits) open the gate; every expression must require one of them. */
export const GATE_SETS = ['month', 'weekday', 'weekend', 'deixis', 'unit', 'unit-singular', 'period-unit'];
const GATE_TOKENS = ['year', 'decade'];

const compiledCache = new WeakMap<TimeWords, CompiledWords>();

/** Compiles a vocabulary once; throws naming `path:line` for an unknown kind, set or an ungated pattern. */
export function compileWords(words: TimeWords): CompiledWords {
  const cached = compiledCache.get(words);
  if (cached) return cached;
  const exprs = words.exprs.map((e): CompiledExpr => {
    const where = `${words.path}:${e.line}`;
    if (!RULES_BY_KIND.has(e.kind)) throw new Error(`${where}: unknown expression kind '${e.kind}'`);
    let pattern: CompiledPattern;
    try {
      pattern = compilePattern(e.pattern, words);
    } catch (err) {
      throw new Error(`${where}: ${(err as Error).message}`);
    }
    const gate = pattern.required.find((k) => GATE_SETS.includes(k) || GATE_TOKENS.includes(k));
    if (!gate) throw new Error(`${where}: the pattern requires no word of ${GATE_SETS.join(', ')}, @year or @decade`);
    return { id: where, line: e.line, kind: e.kind, pattern, gate };
  });
  const gateWords = new Map<string, string[]>();
  for (const set of GATE_SETS) {
    for (const p of phrasesOf(words, set)) gateWords.set(normalize(p), [...(gateWords.get(normalize(p)) ?? []), set]);
  }
  const tokens = ['numeric', ...GATE_TOKENS];
  const gateWordSource = phrasesSource(GATE_SETS.flatMap((s) => phrasesOf(words, s)), false);
  const gateSources = [gateWordSource, ...tokens.map((t) => TOKENS[t])];
  const notDate = phrasesOf(words, 'not-date');
  const set = (name: string) => new Set(phrasesOf(words, name).map(normalize));
  const compiled: CompiledWords = {
    words,
    // \b rather than a look-behind: a third faster (a decade written '90s is the one thing it misses)
    gate: new RegExp(`\\b(?:${gateSources.filter(Boolean).join('|')})(?!\\w)`, 'gi'),
    gateWords,
    exprs,
    calendar: calendarFinder(words),
    notDate: notDate.length ? new RegExp(`\\b(?:${phrasesSource(notDate, false)})(?!\\w)`, 'gi') : null,
    preps: set('prep'),
    possessivePreps: set('possessive-prep'),
    determiners: set('determiner'),
  };
  compiledCache.set(words, compiled);
  return compiled;
}

/** A stretch of the sentence around gate words, with the gate sets found in it. */
export interface GateWindow {
  start: number;
  end: number;
  keys: Set<string>;
}

/** How far an expression reaches before ("throughout the second half of") and after ("afterwards") its gate word. */
const REACH_BEFORE = 48;
const REACH_AFTER = 40;

/** Which token a gate match of digits is: a decade (1990s, 90s), an all-digit date, or a year. */
const tokenKind = (t: string): string => (/s$/i.test(t) ? 'decade' : /[/-]/.test(t) ? 'numeric' : 'year');

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';

/** The windows of a sentence in which expressions can be (none: the sentence has no date expression). */
export function gateWindows(sentence: string, c: CompiledWords): GateWindow[] {
  const windows: GateWindow[] = [];
  for (const m of execAll(c.gate, sentence)) { // for most sentences: one scan that finds nothing
    let start = Math.max(0, m.index - REACH_BEFORE);
    let end = Math.min(sentence.length, m.index + m[0].length + REACH_AFTER);
    while (start > 0 && !isSpace(sentence[start - 1])) start--;
    while (end < sentence.length && !isSpace(sentence[end])) end++;
    const keys = new Set(c.gateWords.get(normalize(m[0])) ?? [tokenKind(m[0])]);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      for (const k of keys) last.keys.add(k);
    } else windows.push({ start, end, keys });
  }
  return windows;
}

/** Every date expression of the sentence, in text order, none overlapping; names such as "Good Friday" dropped. */
export function findDateExpressions(sentence: string, c: CompiledWords): DateExpression[] {
  const windows = gateWindows(sentence, c);
  if (windows.length === 0) return [];
  const found: Ranked[] = [];
  for (const w of windows) {
    const text = sentence.slice(w.start, w.end);
    if (w.keys.has('month') || w.keys.has('numeric')) {
      for (const h of findCalendarDates(text, c.calendar, w.start)) {
        found.push({ ...h, rule: 'chrono', prep: null, line: 0 });
      }
    }
    for (const e of c.exprs) {
      if (!w.keys.has(e.gate)) continue;
      const rule = RULES_BY_KIND.get(e.kind)!;
      for (const m of matchAll(e.pattern, text, w.start)) {
        const meaning = rule.apply(m);
        const prep = m.parts.get('prep')?.text ?? null;
        if (meaning) found.push({ start: m.start, end: m.end, text: m.text, meaning, rule: e.id, prep, line: e.line });
      }
    }
  }
  const names = c.notDate ? execAll(c.notDate, sentence).map((m) => [m.index, m.index + m[0].length]) : [];
  const kept = found
    .map((x) => withPrep(sentence, x, c))
    .filter((x) => !names.some(([a, b]) => a < x.end && x.start < b) && keep(sentence, x, c));
  return resolveOverlaps(kept);
}

const wordBefore = (s: string, at: number): { word: string; start: number } | null => {
  const m = /([A-Za-z]+)\s+$/.exec(s.slice(Math.max(0, at - 24), at));
  return m ? { word: m[1].toLowerCase(), start: at - m[0].length } : null;
};

/** Takes in a preposition standing just before the expression ("on" + "Tuesday"). */
function withPrep<T extends DateExpression>(s: string, x: T, c: CompiledWords): T {
  if (x.prep) return { ...x, prep: normalize(x.prep) };
  const before = wordBefore(s, x.start);
  if (!before || !c.preps.has(before.word)) return x;
  return { ...x, start: before.start, text: s.slice(before.start, x.end), prep: before.word };
}

/** Drops what is no event date: possessives ("condemned Sunday's vote"), modifiers ("the June 16 vote"), bad days. */
function keep(s: string, x: DateExpression, c: CompiledWords): boolean {
  const after = s.slice(x.end, x.end + 4);
  if (/^['’]s\b/.test(after)) return x.prep !== null && c.possessivePreps.has(x.prep);
  // "on February 30": a day number chrono refused; the month alone would be a guess
  const k = x.meaning.kind;
  if (k === 'calendar' && x.meaning.day === null && x.meaning.year === null && /^\s\d{1,2}\b/.test(after)) return false;
  const before = wordBefore(s, x.start);
  const modifier = /^[A-Z]/.test(x.text) && x.prep === null && (k === 'calendar' || k === 'weekday');
  return !(modifier && before && c.determiners.has(before.word) && /^\s*[A-Za-z]/.test(s.slice(x.end)));
}

/** An expression with the line of its rule (0 for chrono's calendar dates), to rank overlapping ones. */
type Ranked = DateExpression & { line: number };

const byRank = (a: Ranked, b: Ranked): number =>
  Number(a.line !== 0) - Number(b.line !== 0) || b.end - b.start - (a.end - a.start) || a.line - b.line;

/** Keeps the best of overlapping expressions: calendar dates first, then the longer, then the earlier rule line. */
function resolveOverlaps(xs: Ranked[]): DateExpression[] {
  const kept: DateExpression[] = [];
  for (const { line: _line, ...x } of [...xs].sort(byRank)) {
    if (!kept.some((k) => k.start < x.end && x.start < k.end)) kept.push(x);
  }
  return kept.sort((a, b) => a.start - b.start);
}
