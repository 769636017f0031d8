// One article into the store: skip it if its content is stored already, link it if it is a near-duplicate of a
// stored original (not coded again, so its events are not counted twice), otherwise code it; then save it whole.
import type { Model } from '../model.js';
import { codeArticle } from '../pipeline.js';
import { contentHash } from '../analysis/content-hash.js';
import { bestMatch, bucketKeys, signature } from '../analysis/minhash.js';
import type { ArticleStore } from '../store/article-store.js';
import type { SourceArticle } from './types.js';

export type IngestOutcome =
  | { kind: 'stored'; id: string; mentions: number; newEvents: number }
  | { kind: 'duplicate'; id: string; of: string; similarity: number }
  | { kind: 'already'; id: string };

export function ingestArticle(a: SourceArticle, store: ArticleStore, model: Model, threshold: number): IngestOutcome {
  const hash = contentHash(a.text);
  const existing = store.idOfHash(hash);
  if (existing !== null) return { kind: 'already', id: existing };
  // Another text under an id already taken (an edited story re-published under its old id): keep both, apart.
  const article = store.hasId(a.id) ? { ...a, id: `${a.id}~${hash.slice(0, 8)}` } : a;
  const sig = signature(article.text);
  const buckets = sig ? bucketKeys(sig) : [];
  const dup = sig ? bestMatch(sig, store.candidates(buckets), threshold) : null;
  if (dup) {
    store.save({ article, hash, coded: null, duplicate: { of: dup.id, similarity: dup.similarity }, signature: sig, buckets: [] });
    return { kind: 'duplicate', id: article.id, of: dup.id, similarity: dup.similarity };
  }
  const coded = codeArticle(article, model);
  const r = store.save({ article, hash, coded, duplicate: null, signature: sig, buckets });
  return { kind: 'stored', id: article.id, ...r };
}
