// What every route plugin of `dyad serve` shares: the open store, the coder (loaded on first use), the access
// settings, and a cache of answers that is emptied whenever the database changes.
import type { Model } from '../model.js';
import type { Store } from '../store/open.js';
import type { CodeSets } from '../export/actor-code-parts.js';

export interface ServerOptions {
  store: Store;
  /** Bearer token: required for POST /api/articles (off without one), and for every read when `private`. */
  token?: string | null;
  private?: boolean;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  /** Folder of the built dashboard (dist/web); null serves no dashboard. */
  webDir?: string | null;
  /** The coder's model; loaded on the first POST when not given. */
  model?: () => Model;
  /** Near-duplicate threshold for ingest (MinHash estimated Jaccard). */
  similarity?: number;
  /** Fastify's logger option (false by default: the CLI prints its own lines). */
  logger?: boolean;
  version?: string;
}

export interface ServerContext {
  store: Store;
  token: string | null;
  private: boolean;
  bodyLimit: number;
  similarity: number;
  version: string;
  model: () => Model;
  codeSets: () => CodeSets;
  /** Cached answer for `key`, recomputed after any change to the database (ours or another process's). */
  cached<T>(key: string, compute: () => T): T;
  /** Called after this server stored articles. */
  changed(): void;
}

const CACHE_SIZE = 256;

export function serverContext(o: ServerOptions, defaults: { model: () => Model; codeSets: () => CodeSets; similarity: number; bodyLimit: number; version: string }): ServerContext {
  let model: Model | null = null;
  let sets: CodeSets | null = null;
  let generation = 0;
  let stamp = '';
  const cache = new Map<string, unknown>();
  const db = o.store.db;
  // data_version changes when another connection commits; our own writes bump `generation`.
  const currentStamp = () => `${db.pragma('data_version', { simple: true })}:${generation}`;
  return {
    store: o.store,
    token: o.token ?? null,
    private: Boolean(o.private),
    bodyLimit: o.bodyLimit ?? defaults.bodyLimit,
    similarity: o.similarity ?? defaults.similarity,
    version: o.version ?? defaults.version,
    model: () => (model ??= (o.model ?? defaults.model)()),
    codeSets: () => (sets ??= defaults.codeSets()),
    cached<T>(key: string, compute: () => T): T {
      const now = currentStamp();
      if (now !== stamp) { cache.clear(); stamp = now; }
      if (cache.has(key)) {
        const v = cache.get(key) as T;
        cache.delete(key);
        cache.set(key, v); // most recently used last
        return v;
      }
      const v = compute();
      cache.set(key, v);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return v;
    },
    changed() { generation++; },
  };
}
