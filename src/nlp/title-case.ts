// Title-case headlines ("U.S. Lifts Travel Ban to Lebanon.") capitalise every word, and the tagger then reads each
// one as a name, the verb too. Read in lower case, the sentence shows its verb.
import { nlp, its } from './wink.js';
import { normalize } from './normalize.js';
import type { Token } from './types.js';
import { startsUpper } from './letter-case.js';

/** Tags that may start the object after a headline verb. */
const OBJECT_START = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PRON']);
const NAME_LIKE = new Set(['NOUN', 'PROPN']);

/** Every word of four letters or more is capitalised, and there are at least three such words. */
export function isTitleCase(tokens: Token[]): boolean {
  const long = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return long.length >= 3 && long.every((t) => startsUpper(t.text));
}

/**
 * The verb of a title-case sentence, from a lower-case reading: a word that reading tags as a verb ("Russia Expels
 * British Diplomats"), else a plural-looking noun between a noun and the start of its object ("Kenya Bans Plastic
 * Bags", "U.S. Lifts Travel Ban"). The first word is left alone: it opens the subject.
 */
export function retagTitleCase(tokens: Token[]): void {
  if (!isTitleCase(tokens)) return;
  const lower = lowerReading(tokens);
  if (!lower) return;
  let found = false;
  // Common nouns and adjectives are no names ("Travel Ban", "Sanctions"); names the dictionaries know are found by
  // their words whatever the tag.
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].pos !== 'PROPN' || (lower[i].pos !== 'NOUN' && lower[i].pos !== 'ADJ')) continue;
    tokens[i].pos = lower[i].pos;
    tokens[i].lemma = lower[i].lemma;
  }
  for (let i = 1; i < tokens.length; i++) {
    if (lower[i].pos !== 'VERB' || !NAME_LIKE.has(tokens[i].pos) || !startsUpper(tokens[i].text)) continue;
    // "United States": a verb the lower case reading finds right before a noun it modifies is no verb.
    if (lower[i + 1]?.pos === 'NOUN' && !NAME_LIKE.has(lower[i - 1].pos)) continue;
    tokens[i].pos = 'VERB';
    tokens[i].lemma = lower[i].lemma;
    found = true;
  }
  if (found) return;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!NAME_LIKE.has(t.pos) || !/^[a-z]+s$/.test(t.norm) || t.norm.endsWith('ss') || lower[i].pos !== 'NOUN') continue;
    if (!NAME_LIKE.has(lower[i - 1].pos) || !OBJECT_START.has(lower[i + 1].pos)) continue;
    t.pos = 'VERB';
    t.lemma = lower[i].lemma !== t.norm ? lower[i].lemma : t.norm.slice(0, -1);
    return;
  }
}

/** Tags and lemmas of the sentence read in lower case, token by token, or null when the tokens do not line up. */
function lowerReading(tokens: Token[]): { pos: string; lemma: string }[] | null {
  let text = '';
  for (const t of tokens) text += (t.spaceBefore ? ' ' : '') + t.text.toLowerCase();
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  if (words.length !== tokens.length || words.some((w, i) => w !== tokens[i].text.toLowerCase())) return null;
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as never) as unknown as string[];
  return words.map((w, i) => ({ pos: pos[i], lemma: normalize(lemma[i] || w) }));
}
