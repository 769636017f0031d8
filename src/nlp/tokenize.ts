// Paragraph text -> sentences of tokens with offsets, POS and lemmas, from wink-nlp, then our corrections.
import { nlp, its } from './wink.js';
import { normalize } from './normalize.js';
import type { Token } from './types.js';
import { mergeHyphenated } from './hyphens.js';

export interface RawSentence {
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  tokens: Token[];
}

/** Splits one paragraph into sentences; token offsets are relative to each sentence. */
export function tokenizeParagraph(text: string): RawSentence[] {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as never) as unknown as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // Absolute offsets: wink keeps token text, but may fold some spaces, so find each token from a cursor.
  const starts = new Array<number>(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const guess = cursor + spaces[i].length;
    const found = text.indexOf(words[i], cursor);
    starts[i] = found >= 0 && found - cursor <= spaces[i].length + 8 ? found : guess;
    cursor = starts[i] + words[i].length;
  }
  const out: RawSentence[] = [];
  for (const [a, b] of spans) {
    if (a > b || a < 0) continue;
    const start = starts[a];
    const end = starts[b] + words[b].length;
    const tokens: Token[] = [];
    for (let i = a; i <= b; i++) {
      tokens.push({
        text: words[i],
        norm: normalize(words[i]),
        lemma: normalize(lemma[i] || words[i]),
        pos: fixPos(pos[i], words[i], i === a, pos[i + 1]),
        start: starts[i] - start,
        end: starts[i] - start + words[i].length,
        spaceBefore: i > a && starts[i] > starts[i - 1] + words[i - 1].length,
      });
    }
    out.push({ start, end, tokens: mergeHyphenated(tokens) });
  }
  return out;
}

/**
 * wink tags unknown capitalised names as common nouns ("Moon"): mid-sentence, a capitalised noun is a name; so is
 * a capitalised singular noun that opens a sentence right before its verb ("Moon praised ...").
 */
function fixPos(pos: string, word: string, first: boolean, next: string | undefined): string {
  if (pos !== 'NOUN' || !/^\p{Lu}/u.test(word)) return pos;
  if (!first) return 'PROPN';
  return (next === 'VERB' || next === 'AUX') && !/s$/.test(word) ? 'PROPN' : pos;
}
