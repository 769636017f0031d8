// Which of a verb's patterns could match a sentence at all: each pattern is filed under the words of its rarest
// required element, so a sentence's words find its candidates without reading every pattern of a common verb.
import type { VerbLexicon, VerbPattern } from './verb-lexicon.js';

interface LemmaIndex {
  /** Patterns with no required word: always candidates. */
  free: VerbPattern[];
  byWord: Map<string, VerbPattern[]>;
}

interface LexiconIndex {
  byLemma: Map<string, LemmaIndex>;
  /** How many patterns of the whole lexicon require each word: a stand-in for how common the word is in text. */
  patternsWith: Map<string, number>;
}

const indexes = new WeakMap<VerbLexicon, LexiconIndex>();

function lexiconIndex(lex: VerbLexicon): LexiconIndex {
  let all = indexes.get(lex);
  if (all) return all;
  all = { byLemma: new Map(), patternsWith: new Map() };
  for (const list of lex.byLemma.values()) {
    for (const p of list) for (const alts of p.required) for (const w of alts) all.patternsWith.set(w, (all.patternsWith.get(w) ?? 0) + 1);
  }
  indexes.set(lex, all);
  return all;
}

/**
 * The required element least likely to be in a sentence: the one whose words the fewest patterns require.
 * "to" (in "plan|plans to release") is required by hundreds of patterns and is in most sentences; filed under it,
 * a pattern would be a candidate almost everywhere, while "plan|plans" rules it out in most sentences.
 */
function rarestElement(required: string[][], patternsWith: Map<string, number>): string[] | undefined {
  let best: string[] | undefined;
  let bestCount = Infinity;
  for (const alts of required) {
    let count = 0;
    for (const w of alts) count += patternsWith.get(w) ?? 0;
    if (count < bestCount) { best = alts; bestCount = count; }
  }
  return best;
}

function indexOf(lex: VerbLexicon, lemma: string, patterns: VerbPattern[]): LemmaIndex {
  const all = lexiconIndex(lex);
  let ix = all.byLemma.get(lemma);
  if (ix) return ix;
  ix = { free: [], byWord: new Map() };
  for (const p of patterns) {
    // Any required element would do (hasRequired checks them all); the rarest keeps the candidates few.
    const rarest = rarestElement(p.required, all.patternsWith);
    if (!rarest) { ix.free.push(p); continue; }
    for (const w of rarest) {
      const list = ix.byWord.get(w) ?? [];
      list.push(p);
      ix.byWord.set(w, list);
    }
  }
  all.byLemma.set(lemma, ix);
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
