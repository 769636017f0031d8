// Discard phrases: a sentence that contains one codes nothing (sports results, film reviews), and a story-level
// phrase ("+" in PETRARCH's lists) silences the whole article. Matched on tokens, the last word as a stem unless
// the phrase ends with "_" (PETRARCH's rule). Both dyad's data/discards.txt and PETRARCH lists read this way.
import type { Token } from '../nlp/types.js';
import type { DataProblem } from '../lexicon/read-lines.js';
import { readDiscards, type DiscardPhrase } from './petrarch/discards.js';

export interface Discards {
  /** Phrases by their first token (the first token of a longer phrase is always a whole word). */
  byFirst: Map<string, DiscardPhrase[]>;
  /** One-word stems by their first two letters. */
  stems: Map<string, DiscardPhrase[]>;
  size: number;
}

export function emptyDiscards(): Discards {
  return { byFirst: new Map(), stems: new Map(), size: 0 };
}

export function addDiscardFile(d: Discards, file: string, text?: string): DataProblem[] {
  const { phrases, problems } = readDiscards(file, text);
  for (const p of phrases) {
    const single = p.tokens.length === 1 && p.stem;
    const map = single ? d.stems : d.byFirst;
    const key = single ? p.tokens[0].slice(0, 2) : p.tokens[0];
    const list = map.get(key) ?? [];
    list.push(p);
    map.set(key, list);
    d.size++;
  }
  return problems;
}

/** A discard phrase found in the tokens (a story-level one if any), or null. */
export function discardIn(d: Discards, tokens: Token[]): DiscardPhrase | null {
  if (!d.size) return null;
  let found: DiscardPhrase | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    for (const p of [...(d.stems.get(w.slice(0, 2)) ?? []), ...(d.byFirst.get(w) ?? [])]) {
      if (p.tokens.length === 1 && p.stem ? !w.startsWith(p.tokens[0]) : !matchesAt(p, tokens, i)) continue;
      // A story-level phrase outranks a sentence-level one.
      if (p.scope === 'story') return p;
      found ??= p;
    }
  }
  return found;
}

function matchesAt(p: DiscardPhrase, tokens: Token[], i: number): boolean {
  const last = p.tokens.length - 1;
  for (let k = 0; k <= last; k++) {
    const t = tokens[i + k];
    if (!t) return false;
    const ok = k === last && p.stem ? t.norm.startsWith(p.tokens[k]) : t.norm === p.tokens[k];
    if (!ok) return false;
  }
  return true;
}

/** Indexes of the sentences to leave uncoded: those with a sentence-level phrase, or all for a story-level one. */
export function discardedSentences(d: Discards, sentences: { index: number; tokens: Token[] }[]): Set<number> {
  const out = new Set<number>();
  if (!d.size) return out;
  for (const s of sentences) {
    const hit = discardIn(d, s.tokens);
    if (!hit) continue;
    if (hit.scope === 'story') return new Set(sentences.map((x) => x.index));
    out.add(s.index);
  }
  return out;
}
