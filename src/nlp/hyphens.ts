// wink splits "Yeon-chul" and "inter-Korean" into three tokens; names and compounds must stay whole.
import type { Token } from './types.js';
import { startsUpper } from './letter-case.js';

const HYPHEN = /^[-\u2010\u2011]$/;
const WORDLIKE = /^[\p{L}\p{N}]/u;

/** Joins `a - b` written without spaces into one token `a-b`; repeats for `a-b-c`. */
export function mergeHyphenated(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (prev && next && HYPHEN.test(t.text) && !t.spaceBefore && !next.spaceBefore &&
        WORDLIKE.test(prev.text) && WORDLIKE.test(next.text)) {
      const text = prev.text + t.text + next.text;
      const named = prev.pos === 'PROPN' || next.pos === 'PROPN' || (startsUpper(prev.text) && out.length > 1);
      // "long-running" is an adjective; "sit-in", "stand-off", "sit-down" (a particle last) are nouns.
      const pos = named ? 'PROPN' : next.pos === 'VERB' ? 'ADJ' : next.pos === 'ADP' || next.pos === 'PART' ? 'NOUN' : next.pos;
      // Written out field by field in tokenize's order (not spread from prev): every token then shares one object
      // shape, and code that reads tokens stays monomorphic.
      out[out.length - 1] = {
        text, norm: prev.norm + '-' + next.norm, lemma: prev.norm + '-' + next.lemma, pos,
        start: prev.start, end: next.end, spaceBefore: prev.spaceBefore,
      };
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
