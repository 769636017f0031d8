// Dictionary phrases are cut into the same tokens the text is cut into (see nlp/tokenize.ts and its tests):
// words, possessive 's, punctuation; hyphenated words and dotted acronyms stay whole.
import { normalize } from '../nlp/normalize.js';

const TOKEN = /[\p{L}\p{N}]+(?:[.][\p{L}\p{N}]+)*[.]?(?=\s|$|[,;:!?)"”])|[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*|['’]s\b|[^\s\p{L}\p{N}]/gu;

export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(TOKEN)) out.push(m[0]);
  return out;
}

export function phraseKey(phrase: string): string[] {
  return phraseTokens(phrase).map(normalize);
}
