// A token trie: phrases as sequences of normalised tokens, matched longest-first against a sentence.
import type { Token } from '../nlp/types.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  start: number;
  /** Exclusive token index. */
  end: number;
  values: T[];
}

export class TokenTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  size = 0;

  add(key: string[], value: T): void {
    if (key.length === 0) return;
    let node = this.root;
    for (const k of key) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push(value);
    this.size++;
  }

  /** The longest phrase starting at token `i`, read by `keyOf` (norm, or lemma for the last word). */
  longestAt(tokens: Token[], i: number, accept: (value: T, start: number, end: number) => boolean = () => true): TrieMatch<T> | null {
    let node = this.root;
    let best: TrieMatch<T> | null = null;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      // The word, its lemma, or a plural's singular when the tagger gave no lemma ("Protesters" as a name).
      const child = node.next.get(t.norm) ?? (t.lemma !== t.norm ? node.next.get(t.lemma) : undefined) ??
        (t.norm.length > 3 && t.norm.endsWith('s') ? node.next.get(t.norm.slice(0, -1)) : undefined);
      if (!child) break;
      node = child;
      if (node.values.length) {
        const ok = node.values.filter((v) => accept(v, i, j + 1));
        if (ok.length) best = { start: i, end: j + 1, values: ok };
      }
    }
    return best;
  }
}
