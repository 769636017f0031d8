// Which of a verb's patterns could match a sentence at all: each pattern is filed under the words of its rarest
// required element, so a sentence's words find its candidates without reading every pattern of a common verb.
import type { VerbLexicon, VerbPattern } from './verb-lexicon.js';

interface LemmaIndex {
  /** Patterns with no required word: always candidates. */
  free: VerbPattern[];
  byWord: Map<string, VerbPattern[]>;
}

const indexes = new WeakMap<VerbLexicon, Map<string, LemmaIndex>>();

function indexOf(lex: VerbLexicon, lemma: string, patterns: VerbPattern[]): LemmaIndex {
  let all = indexes.get(lex);
  if (!all) indexes.set(lex, (all = new Map()));
  let ix = all.get(lemma);
  if (ix) return ix;
  ix = { free: [], byWord: new Map() };
  for (const p of patterns) {
    const rarest = p.required[0];
    if (!rarest) { ix.free.push(p); continue; }
    for (const w of rarest) {
      const list = ix.byWord.get(w) ?? [];
      list.push(p);
      ix.byWord.set(w, list);
    }
  }
  all.set(lemma, ix);
  return ix;
}

/** The verb's patterns whose every required element has a word in `words`, in the lexicon's order. */
export function candidatePatterns(lex: VerbLexicon, lemma: string, words: Set<string>): VerbPattern[] {
  const patterns = lex.byLemma.get(lemma);
  if (!patterns) return [];
  if (patterns.length < 8) return patterns.filter((p) => hasRequired(p.required, words));
  const ix = indexOf(lex, lemma, patterns);
  const found = new Set<VerbPattern>(ix.free);
  for (const w of words) for (const p of ix.byWord.get(w) ?? []) found.add(p);
  const out: VerbPattern[] = [];
  for (const p of found) if (hasRequired(p.required, words)) out.push(p);
  // The lexicon's own order: most literal words first, then the earlier line.
  return out.sort((a, b) => b.weight - a.weight || a.order - b.order);
}

/** Does the sentence hold one word of each of the pattern's required elements? (Plain loops: a hot path.) */
export function hasRequired(required: string[][], words: Set<string>): boolean {
  for (let r = 0; r < required.length; r++) {
    const alts = required[r];
    let found = false;
    for (let a = 0; a < alts.length && !found; a++) found = words.has(alts[a]);
    if (!found) return false;
  }
  return true;
}
