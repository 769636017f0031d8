// Character spans of clauses that only describe a noun: "a statue stolen from a museum in 1990", "the militants who
// attacked the town on Monday". A date inside one belongs to that clause, not to the verb of the sentence.
import type { Token } from '../nlp/types.js';
import type { Clause } from './types.js';
import type { Grammar } from '../lexicon/grammar.js';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const NP_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const END = new Set([',', ';', ':', '.', '(', ')', '—', '–']);

/** Where a relative clause starts: its pronoun ("militants who attacked", "the deal which he signed"); "that" only
 * as the subject right after a noun ("the plan that failed"), since after a verb it opens what was said. */
export function relativeStart(tokens: Token[], c: Clause, g: Grammar): number {
  const before = tokens[c.groupStart - 1];
  if (before && g.relativePronouns.has(before.norm) && (before.norm !== 'that' || NOMINAL.has(tokens[c.groupStart - 2]?.pos ?? ''))) return c.groupStart - 1;
  const subject = c.subject[0];
  const pronoun = subject ? tokens[subject.start - 1]?.norm ?? '' : '';
  if (subject && subject.start < c.groupStart && g.relativePronouns.has(pronoun) && pronoun !== 'that') return subject.start - 1;
  return -1;
}

export function asideSpans(tokens: Token[], clauses: Clause[], g: Grammar): Array<[number, number]> {
  const heads = new Set(clauses.filter((c) => !c.nonFinite).map((c) => c.groupStart));
  const out: Array<[number, number]> = [];
  for (const c of clauses) {
    const relStart = relativeStart(tokens, c, g);
    if (c.nonFinite !== 'participle' && relStart < 0) continue;
    const first = relStart >= 0 ? relStart : c.groupStart;
    // It runs to a comma, the sentence's next verb, or "to" (the recipient of the main verb: "returned a pendant
    // engraved with an image to Russian authorities on March 4").
    // A participle's "by" phrase closes it: "an offensive spearheaded by its allies on Saturday" was launched then.
    let k = c.head + 1;
    while (k < tokens.length && !END.has(tokens[k].text) && !(heads.has(k) && k !== c.groupStart) && tokens[k].norm !== 'to') {
      if (tokens[k].norm === 'by' && c.nonFinite === 'participle') {
        k++;
        while (k < tokens.length && NP_WORD.has(tokens[k].pos)) k++;
        break;
      }
      k++;
    }
    out.push([tokens[first].start, tokens[k - 1].end]);
  }
  return out;
}
