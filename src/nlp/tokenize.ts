// Paragraph text -> sentences of tokens with offsets, POS and lemmas, from wink-nlp, then our corrections.
import { nlp, its } from './wink.js';
import { normalize } from './normalize.js';
import type { Token } from './types.js';
import { mergeHyphenated } from './hyphens.js';
import { startsUpper } from './letter-case.js';

export interface RawSentence {
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  tokens: Token[];
}

/** Splits one paragraph into sentences; token offsets are relative to each sentence. */
export function tokenizeParagraph(text: string): RawSentence[] {
  const folded = foldLetters(text);
  const doc = nlp.readDoc(folded);
  const all = doc.tokens();
  const read = all.out() as string[];
  const words = read.slice();
  const pos = all.out(its.pos) as string[];
  const lemma = all.out(its.lemma as never) as unknown as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // Absolute offsets: wink keeps token text, but may fold some spaces, so find each token from a cursor.
  const starts = new Array<number>(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const guess = cursor + spaces[i].length;
    const found = folded.indexOf(words[i], cursor);
    starts[i] = found >= 0 && found - cursor <= spaces[i].length + 8 ? found : guess;
    cursor = starts[i] + words[i].length;
    // The token as written ("Erdoğan"), where folding kept its length.
    if (found === starts[i] && folded !== text) words[i] = text.slice(found, found + words[i].length);
  }
  const out: RawSentence[] = [];
  for (const [a, b] of joinUnspaced(spans, starts, words)) {
    if (a > b || a < 0) continue;
    const start = starts[a];
    const end = starts[b] + words[b].length;
    const tokens: Token[] = [];
    for (let i = a; i <= b; i++) {
      const norm = normalize(words[i]);
      const base = lemma[i] || read[i];
      tokens.push({
        text: words[i],
        norm,
        lemma: base === read[i] ? norm : normalize(base),
        pos: fixPos(pos[i], words[i], i === a, pos[i + 1]),
        start: starts[i] - start,
        end: starts[i] - start + words[i].length,
        spaceBefore: i > a && starts[i] > starts[i - 1] + words[i - 1].length,
      });
    }
    const merged = mergeHyphenated(tokens);
    namesReadAsVerbs(merged);
    floatingQuantifiers(merged);
    pluralPossessives(merged);
    out.push({ start, end, tokens: merged });
  }
  return out;
}

const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;
/** Letters with a stroke or no dot, which have no decomposition. */
const UNDECOMPOSED: Record<string, string> = { 'Ł': 'L', 'ł': 'l', 'Ø': 'O', 'ø': 'o', 'Đ': 'D', 'đ': 'd', 'ı': 'i', 'Ħ': 'H', 'ħ': 'h', 'ß': 's', 'Æ': 'A', 'æ': 'a', 'Œ': 'O', 'œ': 'o' };

/**
 * wink splits a word at letters outside its alphabet ("Erdoğan" -> "Erdo", "ğ", "an"): it reads the text with each
 * accented Latin letter folded to its base letter, one character for one, so offsets stay those of the text.
 */
export function foldLetters(text: string): string {
  return text.replace(ACCENTED, (ch) => {
    const base = UNDECOMPOSED[ch] ?? ch.normalize('NFD')[0];
    return /[A-Za-z]/.test(base) ? base : ch;
  });
}

/** The tagger may end a sentence at the point of a number glued to a word ("JOD43.7 million"): one sentence. */
function joinUnspaced(spans: [number, number][], starts: number[], words: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = out[out.length - 1];
    // A decimal point: a digit before the period and one right after it.
    const decimal = last && a === last[1] + 1 && a > 1 && words[a - 1] === '.' && /\d$/.test(words[a - 2]) && /^\d/.test(words[a]) &&
      starts[a] === starts[a - 1] + 1;
    if (decimal) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/**
 * wink tags unknown capitalised names as common nouns ("Moon"): mid-sentence, a capitalised noun is a name; so is
 * a capitalised singular noun that opens a sentence right before its verb ("Moon praised ...").
 */
function fixPos(pos: string, word: string, first: boolean, next: string | undefined): string {
  if (pos !== 'NOUN' || !startsUpper(word)) return pos;
  if (!first) return 'PROPN';
  return (next === 'VERB' || next === 'AUX') && !word.endsWith('s') ? 'PROPN' : pos;
}

const NAME_END = new Set(['VERB', 'AUX', 'PUNCT']);
/** A word of four letters or more that starts in lower case: there are none in a title-case headline. */
const LOWER_WORD = /^\p{Ll}\p{L}{3}/u;

/**
 * wink reads some surnames and name parts as verbs ("Gerald Ford pardoned", "Bob Ward, a director", "an Associated
 * Press report"). In running text (not a title-case headline, where every word is capitalised) a capitalised word
 * tagged as a verb is part of a name when it stands between a name and a verb, punctuation or the end, or, in its
 * base form, between two names ("Merrill Lynch Capital Markets", not "Syrians Sought Refuge"), or between a
 * determiner and a name or noun ("the Ford plant"), or after the slash of a photo credit; so is a capitalised first
 * word followed directly by a verb ("Ford pardoned Nixon"). After an opening quote or a colon the previous token is
 * punctuation, so a verb starting a sentence of its own stays.
 */
function namesReadAsVerbs(tokens: Token[]): void {
  // Title case: no word of four letters or more starts lowercase.
  if (!tokens.some((t) => LOWER_WORD.test(t.text))) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || !startsUpper(t.text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const name = i === 0
      ? (next?.pos === 'VERB' || next?.pos === 'AUX') && !t.text.endsWith('s')
      : prev.pos === 'PROPN' ? !next || NAME_END.has(next.pos) || (next.pos === 'PROPN' && startsUpper(next.text) && t.lemma === t.norm)
      : prev.pos === 'DET' ? next?.pos === 'PROPN' || next?.pos === 'NOUN'
      // "REUTERS/Muhammad Hamed/File Photo": a photo credit's parts are names.
      : prev.text === '/' && next?.pos === 'PROPN';
    if (name) t.pos = 'PROPN';
  }
}

const NOMINAL_NEXT = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * "the teachers' union", "the Philippines' foreign minister": an apostrophe right after a word ending in "s" and
 * before a noun is a possessive mark, as "'s" is (wink reads it as punctuation); not the closing quote of a word
 * opened by one ("the 'rebels' group").
 */
function pluralPossessives(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.text !== "'" && t.text !== '’') continue;
    if (t.spaceBefore || !next.spaceBefore || !prev.norm.endsWith('s') || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || !NOMINAL_NEXT.has(next.pos)) continue;
    const opened = tokens.slice(0, i - 1).some((u, k) => (u.text === "'" || u.text === '‘') && !tokens[k + 1].spaceBefore && (k === 0 || u.spaceBefore));
    if (!opened) t.pos = 'PART';
  }
}

const FLOATING = new Set(['both', 'all', 'each']);
const AFTER_FLOATING = new Set(['VERB', 'AUX', 'ADV']);

/**
 * "El Salvador and Guatemala both backed Brazil": a quantifier after its noun and before the verb is no determiner of
 * a phrase to come (wink reads "both backed Brazil" as one noun phrase).
 */
function floatingQuantifiers(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'DET' || !FLOATING.has(t.norm)) continue;
    const prev = tokens[i - 1].pos;
    if ((prev === 'NOUN' || prev === 'PROPN' || prev === 'PRON') && AFTER_FLOATING.has(tokens[i + 1].pos)) t.pos = 'ADV';
  }
}
