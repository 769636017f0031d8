// Near-duplicate detection: MinHash signatures over word shingles, with LSH banding to find candidates cheaply.
// Wire copies, re-publications and lightly edited versions of one story share most of their 3-word shingles;
// different stories on the same subject share few. The parameters are exported so docs and tests can state them.

export const MINHASH = {
  /** Words per shingle. */
  shingle: 3,
  /** Hash functions in a signature (= bands x rows). */
  hashes: 128,
  /** LSH: 32 bands of 4 rows. A pair becomes a candidate with probability 1-(1-J^4)^32: 0.996 at J=0.6, 0.23 at J=0.3. */
  bands: 32,
  rows: 4,
  /** Texts with fewer shingles than this are only compared by exact content hash. */
  minShingles: 8,
  /** Estimated Jaccard similarity at or above which an article is a near-duplicate of an earlier one. */
  threshold: 0.8,
} as const;

/** Lower-cased words (letters and digits), the unit of shingling: punctuation and spacing changes do not count. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits of a 32-bit value; with a per-function seed it gives a family of hashes. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Uint32Array.from({ length: MINHASH.hashes }, (_, i) => mix((i + 1) * 0x9e3779b9));

/** Distinct shingle hashes of a text. */
export function shingles(text: string, k: number = MINHASH.shingle): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + k <= w.length; i++) out.add(fnv1a(w.slice(i, i + k).join(' ')));
  return out;
}

/** The MinHash signature of a text, or null when it is too short to compare reliably. */
export function signature(text: string): Uint32Array | null {
  const sh = shingles(text);
  if (sh.size < MINHASH.minShingles) return null;
  const sig = new Uint32Array(MINHASH.hashes).fill(0xffffffff);
  for (const s of sh) {
    for (let i = 0; i < sig.length; i++) {
      const h = mix(s ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** Fraction of positions where two signatures agree: an unbiased estimate of the Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** LSH bucket keys, one per band: band number * 2^32 + a hash of the band's rows (exact in a JS number and SQLite). */
export function bucketKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < MINHASH.bands; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < MINHASH.rows; r++) {
      h ^= sig[b * MINHASH.rows + r];
      h = mix(Math.imul(h, 0x01000193));
    }
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

/** A signature as stored (a BLOB) and back. */
export function sigToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function sigFromBytes(b: Uint8Array): Uint32Array {
  const copy = new Uint8Array(b);
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
}

export interface NearDuplicate {
  id: string;
  similarity: number;
}

/** The most similar candidate at or above the threshold, if any (ties go to the earlier article). */
export function bestMatch(sig: Uint32Array, candidates: { id: string; minhash: Uint8Array }[], threshold: number = MINHASH.threshold): NearDuplicate | null {
  let best: NearDuplicate | null = null;
  for (const c of candidates) {
    const s = similarity(sig, sigFromBytes(c.minhash));
    if (s >= threshold && (!best || s > best.similarity)) best = { id: c.id, similarity: s };
  }
  return best;
}
