// Reads data/grammar/time-words.txt: vocabulary sets and expression patterns of the event-date stage.
// The file format is documented in its header. Reading happens once; everything after is pure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface WordEntry {
  value: string;
  phrases: string[];
  line: number;
}

export interface ExprEntry {
  kind: string;
  pattern: string;
  line: number;
}

export interface TimeWords {
  /** The file's path as it appears in rule ids (`data/grammar/time-words.txt`). */
  path: string;
  sets: Map<string, WordEntry[]>;
  exprs: ExprEntry[];
}

/** Lower case, single spaces, typographic apostrophes made plain: the form phrases are looked up by. */
export const normalize = (s: string): string => {
  const lower = s.toLowerCase();
  return /[’\s]/.test(lower) ? lower.replace(/’/g, "'").replace(/\s+/g, ' ').trim() : lower; // one plain word: fast
};

/** Parses the text of a time-words file; throws naming `path:line` on a malformed line. */
export function parseTimeWords(text: string, path: string): TimeWords {
  const words: TimeWords = { path, sets: new Map(), exprs: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const body = raw.replace(/^\uFEFF/, '').replace(/(^|\s)#.*$/, '').trimEnd(); // '#' at a word's start: a comment
    if (body.trim() === '') return;
    const fields = body.split('\t');
    if (fields.length !== 3 || fields.some((f) => f.trim() === '')) {
      throw new Error(`${path}:${line}: expected SET<TAB>VALUE<TAB>PHRASES or expr<TAB>KIND<TAB>PATTERN`);
    }
    const [name, value, rest] = fields.map((f) => f.trim());
    if (name === 'expr') {
      words.exprs.push({ kind: value, pattern: rest, line });
      return;
    }
    const phrases = rest.split('|').map((p) => p.trim());
    if (phrases.some((p) => p === '')) throw new Error(`${path}:${line}: empty phrase in set ${name}`);
    const entries = words.sets.get(name) ?? [];
    entries.push({ value, phrases, line });
    words.sets.set(name, entries);
  });
  return words;
}

/** All phrases of a set (empty when the set does not exist). */
export function phrasesOf(words: TimeWords, set: string): string[] {
  return (words.sets.get(set) ?? []).flatMap((e) => e.phrases);
}

/** Normalized phrase -> value for a set. */
export function valuesOf(words: TimeWords, set: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of words.sets.get(set) ?? []) for (const p of e.phrases) out.set(normalize(p), e.value);
  return out;
}

export const DEFAULT_TIME_WORDS_PATH = 'data/grammar/time-words.txt';
let defaultWords: TimeWords | null = null;

/** The shipped vocabulary, read on first use (src/time/ and dist/time/ both sit two levels below the root). */
export function defaultTimeWords(): TimeWords {
  if (!defaultWords) {
    const file = fileURLToPath(new URL(`../../${DEFAULT_TIME_WORDS_PATH}`, import.meta.url));
    defaultWords = parseTimeWords(readFileSync(file, 'utf8'), DEFAULT_TIME_WORDS_PATH);
  }
  return defaultWords;
}
