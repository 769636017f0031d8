import { readFileSync, rmSync } from 'node:fs';
import { loadModel } from '../src/model.js';
import { codeArticle } from '../src/pipeline.js';
import { openStore } from '../src/store/open.js';
import { ArticleStore } from '../src/store/article-store.js';
import { signature, bucketKeys } from '../src/analysis/minhash.js';
import { contentHash } from '../src/analysis/content-hash.js';
import { sourceArticle, textDoc } from '../src/ingest/source-article.js';
const recs = readFileSync('/tmp/reuters.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const m = loadModel();
const arts = recs.map((r: any) => sourceArticle({ ...textDoc(r.text), id: r.id, date: r.date, dateBasis: 'JSONL' }, r.id, 0, null));
const codedAll = arts.map((a) => codeArticle(a, m));
const sigs = arts.map((a) => signature(a.text));
const hashes = arts.map((a) => contentHash(a.text));
for (const variant of ['full', 'ckpt10k', 'ckpt10k-nobands', 'ckpt10k-16bands', 'full', 'ckpt10k']) {
rmSync('/tmp/prof.sqlite', { force: true }); rmSync('/tmp/prof.sqlite-wal', { force: true });
const s = openStore('/tmp/prof.sqlite');
if (variant.startsWith('ckpt10k')) s.db.pragma('wal_autocheckpoint = 10000');
const w = new ArticleStore(s.db);
const t0 = performance.now();
const seen = new Set<string>();
for (let i = 0; i < arts.length; i++) {
  if (seen.has(hashes[i])) continue; seen.add(hashes[i]);
  const sig = sigs[i]; let b = sig && !variant.endsWith('nobands') ? bucketKeys(sig) : [];
  if (variant.endsWith('16bands')) b = b.slice(0, 16);
  w.save({ article: arts[i], hash: hashes[i], coded: codedAll[i], duplicate: null, signature: sig, buckets: b });
}
const t1 = performance.now();
s.db.close();
console.log(variant, Math.round(t1 - t0), 'close', Math.round(performance.now() - t1));
}
