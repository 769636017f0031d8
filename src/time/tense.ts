// The verb's tense when the caller does not give it: future after "will", "is set to", ... (time-words.txt, set
// `future`), past otherwise (news reports the past).
import type { Tense } from './relative.js';
import { phrasesSource } from './patterns.js';
import { phrasesOf, type TimeWords } from './words.js';

const cache = new WeakMap<TimeWords, RegExp>();

export function guessTense(sentence: string, verbStart: number, words: TimeWords): Tense {
  let re = cache.get(words);
  if (!re) {
    // the auxiliary, then at most two words ("will not", "will also soon") before the verb
    re = new RegExp(`(?<![\\w])(?:${phrasesSource(phrasesOf(words, 'future')) || '(?!)'})(?:\\s+[\\w’']+){0,2}\\s*$`);
    cache.set(words, re);
  }
  return re.test(sentence.slice(Math.max(0, verbStart - 48), verbStart)) ? 'future' : 'past';
}
