// PETRARCH words -> the tokens dyad's tokenizer makes of the same text: lower case, cut as text is cut, and the
// Treebank splits the tagger also makes ("DON'T" -> do n't, "WON'T" -> wo n't, "ISRAEL'S" -> israel 's).
import { normalize } from '../../nlp/normalize.js';
import { phraseTokens } from '../../lexicon/phrase-tokens.js';

export function wordTokens(word: string): string[] {
  const w = normalize(word);
  if (w === "n't" || w === "'s") return [w];
  if (w.length > 3 && w.endsWith("n't")) return [...wordTokens(w.slice(0, -3)), "n't"];
  if (w.length > 2 && w.endsWith("'s")) return [...wordTokens(w.slice(0, -2)), "'s"];
  // "MI-24VM/HIND" is three tokens of text, as the tokenizer cuts it.
  return phraseTokens(w);
}

/** English regular plural of a noun, as PETRARCH generates them for synset members and agents. */
export function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

/** The regular forms of a verb: base, third person, past, -ing (PETRARCH generates these unless forms are listed). */
export function regularVerbForms(base: string): string[] {
  const third = /(s|x|z|ch|sh)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const past = base.endsWith('e') ? base + 'd' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : base + 'ed';
  const ing = /[^aeioy]e$/.test(base) ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [base, third, past, ing];
}
