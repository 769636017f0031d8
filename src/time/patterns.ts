// Compiles the expression patterns of time-words.txt ("&prep? &month ,? @year") into regular expressions, and
// turns a regex match back into the parts the rules read (set name -> matched text and its value).
import { normalize, phrasesOf, valuesOf, type TimeWords } from './words.js';

export interface Part {
  text: string;
  value: string;
}

export interface PatternMatch {
  start: number;
  end: number;
  text: string;
  /** Keyed by set name (`month`), token (`year`, `n`, `decade`) or literal word (`ago`). */
  parts: Map<string, Part>;
}

export interface CompiledPattern {
  regex: RegExp;
  /** keys[i] names capture group i + 1. */
  keys: string[];
  /** The set or token of each element that is not optional (used to gate the pattern). */
  required: string[];
  values: Map<string, Map<string, string>>;
  /** Normalized phrases written with a capital initial: a match must have it too ("May", not "may"). */
  capitalized: Set<string>;
}

/** Built-in tokens: digits that are a year (not an amount, a decade or an age), a small number, a decade. */
export const TOKENS: Record<string, string> = {
  // not an amount ($2020, 2,018), a decade (1990s), an age (-year-old), a count ("2000 cases") or part of 2020-06-16
  year:
    String.raw`(?<![\d$£€#.,:\/]|\d-)(?:1[89]|20)\d\d(?![\d%]|s\b|['’]?s\b|-year|[.,:\/-]\d)` +
    String.raw`(?!\s+(?!(?:as|was|is|has|this|its|his|thus)\b)[a-z]+s\b)`,
  n: String.raw`(?<![\d.,:])\d{1,3}(?![\d:]|[.,]\d)`,
  decade: String.raw`(?:(?:1[89]|20)\d0|['’]\d0|(?<=['’])\d0)s\b`,
  /** An all-digit date (2020-06-16, 6/16/2020): only gates the calendar finder. */
  numeric: String.raw`\d{1,4}[\/-]\d{1,2}[\/-]\d{2,4}`,
};

const escapeChar = (c: string): string => (/[.*+?^${}()|[\]\\\/-]/.test(c) ? `\\${c}` : c);

const isCapitalized = (phrase: string): boolean => /^[A-Z]/.test(phrase.trim());

/**
 * A phrase as a regex; any run of spaces matches. `exact`: for a regex without the `i` flag, letters match either
 * case except a capital initial, which must stay capital. Otherwise lower case, for an `i` regex (faster) whose
 * matches are checked for capitals afterwards (see `capitalized`).
 */
export function phraseSource(phrase: string, exact = true): string {
  let out = '';
  [...phrase.trim()].forEach((c, i) => {
    if (/\s/.test(c)) out += out.endsWith('\\s+') ? '' : '\\s+';
    else if (c === "'" || c === '’') out += "['’]";
    else if (!/[a-z]/i.test(c)) out += escapeChar(c);
    else if (!exact) out += c.toLowerCase();
    else out += i === 0 && isCapitalized(c) ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`;
  });
  return out;
}

/** Alternation of phrases, longest first so "January" is tried before "Jan". */
export function phrasesSource(phrases: string[], exact = true): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => phraseSource(p, exact)).join('|');
}

const isPunct = (el: string): boolean => /^[^\w&@]+\??$/.test(el);
const SEP = String.raw`(?:\s+|(?<=-))`;

/** Compiles one pattern; throws a message (without file:line, the caller adds it) when it names an unknown set. */
export function compilePattern(pattern: string, words: TimeWords): CompiledPattern {
  const keys: string[] = [];
  const required: string[] = [];
  const values = new Map<string, Map<string, string>>();
  const capitalized = new Set<string>();
  const elements = pattern.trim().split(/\s+/);
  const firstRequired = elements.findIndex((e) => !e.endsWith('?'));
  let source = '';
  elements.forEach((element, i) => {
    const optional = element.endsWith('?');
    const alternatives = (optional ? element.slice(0, -1) : element).split('|').map((alt) => {
      keys.push(alt.startsWith('&') || alt.startsWith('@') ? alt.slice(1) : normalize(alt));
      if (alt.startsWith('&')) {
        const set = alt.slice(1);
        if (!words.sets.has(set)) throw new Error(`unknown set &${set}`);
        values.set(set, valuesOf(words, set));
        for (const p of phrasesOf(words, set)) if (isCapitalized(p)) capitalized.add(normalize(p));
        return `(${phrasesSource(phrasesOf(words, set), false)})`;
      }
      if (alt.startsWith('@')) {
        if (!(alt.slice(1) in TOKENS)) throw new Error(`unknown token ${alt}`);
        return `(${TOKENS[alt.slice(1)]})`;
      }
      if (isCapitalized(alt)) capitalized.add(normalize(alt));
      return `(${phraseSource(alt, false)})`;
    });
    if (!optional) required.push(...keys.slice(keys.length - alternatives.length));
    const body = `(?:${alternatives.join('|')})`;
    const sep = isPunct(element) ? String.raw`\s*` : SEP;
    // Elements before the first required one carry their separator after them, the others before them.
    const piece = i < firstRequired ? body + sep : i === firstRequired ? body : sep + body;
    source += optional ? `(?:${piece})?` : piece;
  });
  const regex = new RegExp(String.raw`(?<!['’])\b${source}(?![\w])`, 'gi');
  return { regex, keys, required, values, capitalized };
}

/** All matches of a global regex (exec in a loop: String.matchAll clones the regex on every call, which costs). */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** All non-overlapping matches of a compiled pattern in the text; `offset` is added to their positions. */
export function matchAll(p: CompiledPattern, text: string, offset = 0): PatternMatch[] {
  const out: PatternMatch[] = [];
  next: for (const m of execAll(p.regex, text)) {
    const parts = new Map<string, Part>();
    for (let i = 0; i < p.keys.length; i++) {
      const t = m[i + 1];
      if (t === undefined || parts.has(p.keys[i])) continue;
      const norm = normalize(t);
      if (p.capitalized.has(norm) && !isCapitalized(t)) continue next; // "this may", not "this May"
      parts.set(p.keys[i], { text: t, value: p.values.get(p.keys[i])?.get(norm) ?? t });
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], parts });
  }
  return out;
}
