// The store: versioned schema, one transaction per article (a failure or a kill leaves whole articles only),
// events merged across reports with their mentions, and clear errors for locked, read-only and foreign files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore, closeStore } from '../src/store/open.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../src/store/migrations.js';
import { ArticleStore } from '../src/store/article-store.js';
import { dbError } from '../src/store/db-errors.js';
import { DyadError } from '../src/errors.js';
import { run } from './helpers.js';
import { coded, event, quote, sourceArticle, tmp } from './store-helpers.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function count(db: Database.Database, table: string, where = ''): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;
}

test('a new database gets every migration once, recorded in schema_version and user_version', () => {
  const file = path.join(tmp(), 'new.sqlite');
  closeStore(openStore(file));
  const s = openStore(file); // reopening applies nothing twice
  const versions = s.db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
  assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
  assert.equal(s.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
  const tables = s.db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).pluck().all() as string[];
  for (const t of ['articles', 'sentences', 'events', 'event_mentions', 'quotes', 'actors', 'articles_fts']) assert.ok(tables.includes(t), t);
  closeStore(s);
});

test('a database from a newer dyad, or a file that is not a database, is refused by name', async () => {
  const dir = tmp();
  const newer = path.join(dir, 'newer.sqlite');
  closeStore(openStore(newer));
  const db = new Database(newer);
  db.prepare(`INSERT INTO schema_version VALUES (?, 'from the future', '2099-01-01')`).run(SCHEMA_VERSION + 1);
  db.close();
  assert.throws(() => openStore(newer), (e: DyadError) => e.code === 'DYAD_ERR_DB' && /newer\.sqlite: written by a newer dyad/.test(e.message));
  const junk = path.join(dir, 'junk.sqlite');
  writeFileSync(junk, 'this is a text file, not SQLite '.repeat(200));
  const r = await run(['query', '--db', junk]);
  assert.equal(r.code, 1);
  assert.match(r.err, /junk\.sqlite: not an SQLite database \(DYAD_ERR_DB\)/);
  const missing = await run(['series', 'PRK', 'KOR', '--db', path.join(dir, 'none.sqlite')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /none\.sqlite: no such database .*DYAD_ERR_NOT_FOUND/);
});

test('an article is stored whole: article, sentences, events, mentions, quotes and actors', () => {
  const s = openStore(path.join(tmp(), 'whole.sqlite'));
  const w = new ArticleStore(s.db);
  const a = sourceArticle('a1', 'North Korea accused South Korea of violating the deal.\n"We will not back down," the minister said.', { outlet: 'Wire' });
  const r = w.save({ article: a, hash: 'h1', coded: coded(a, [event('a1', 1)], [quote('a1', 1)]), duplicate: null, signature: null, buckets: [] });
  assert.deepEqual(r, { mentions: 1, newEvents: 1 });
  assert.equal(count(s.db, 'articles'), 1);
  assert.equal(count(s.db, 'sentences', `WHERE article_id = 'a1'`), 2);
  assert.equal(count(s.db, 'events'), 1);
  assert.equal(count(s.db, 'event_mentions'), 1);
  assert.equal(count(s.db, 'quotes'), 1);
  assert.deepEqual(s.db.prepare('SELECT code, mentions FROM actors ORDER BY code').all(), [{ code: 'KOR', mentions: 1 }, { code: 'PRK', mentions: 1 }]);
  const e = s.db.prepare('SELECT * FROM events').get() as Record<string, unknown>;
  assert.equal(e.source_code, 'PRK');
  assert.equal(e.cameo, '112');
  assert.equal(e.is_root, 1);
  assert.equal(e.record_id, 'a1-e1');
  assert.equal(JSON.parse(s.db.prepare('SELECT json FROM event_mentions WHERE record_id = ?').pluck().get('a1-e1') as string).cameo, '112');
  // FTS5 finds the article by a word of its text.
  assert.equal(s.db.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'minister'`).pluck().get(), 1);
  closeStore(s);
});

test('a failure inside the per-article transaction leaves nothing of that article; the next one is stored', () => {
  const s = openStore(path.join(tmp(), 'rollback.sqlite'));
  const w = new ArticleStore(s.db);
  const bad = sourceArticle('bad', 'One sentence.\nTwo sentences.');
  // The second event breaks a NOT NULL column, after the article, its sentences and one event were written.
  const broken = event('bad', 2, { cameo: null as unknown as string });
  assert.throws(() => w.save({ article: bad, hash: 'hb', coded: coded(bad, [event('bad', 1), broken]), duplicate: null, signature: null, buckets: [] }));
  for (const t of ['articles', 'sentences', 'events', 'event_mentions', 'actors', 'articles_fts']) assert.equal(count(s.db, t), 0, t);
  const good = sourceArticle('good', 'North Korea accused South Korea of violating the deal.');
  w.save({ article: good, hash: 'hg', coded: coded(good, [event('good', 1)]), duplicate: null, signature: null, buckets: [] });
  assert.equal(count(s.db, 'articles'), 1);
  assert.equal(count(s.db, 'event_mentions'), 1);
  closeStore(s);
});

test('the same event from several articles is one event with its mentions, articles and sources counted', () => {
  const s = openStore(path.join(tmp(), 'merge.sqlite'));
  const w = new ArticleStore(s.db);
  const save = (id: string, outlet: string, events: ReturnType<typeof event>[]) => {
    const a = sourceArticle(id, 'North Korea accused South Korea of violating the deal.', { outlet });
    return w.save({ article: a, hash: `h-${id}`, coded: coded(a, events), duplicate: null, signature: null, buckets: [] });
  };
  assert.deepEqual(save('x1', 'Wire', [event('x1', 1)]), { mentions: 1, newEvents: 1 });
  assert.deepEqual(save('x2', 'Wire', [event('x2', 1), event('x2', 2, { sentence: 0 })]), { mentions: 2, newEvents: 0 });
  assert.deepEqual(save('x3', 'Ledger', [event('x3', 1)]), { mentions: 1, newEvents: 0 });
  // A different date, or a negated report, is another event.
  assert.deepEqual(save('x4', 'Ledger', [event('x4', 1, { date: '2020-06-18' }), event('x4', 2, { modality: { negated: true, hypothetical: false, future: false, historical: false } })]), { mentions: 2, newEvents: 2 });
  const e = s.db.prepare('SELECT eid, num_mentions, num_articles, num_sources FROM events ORDER BY eid LIMIT 1').get() as Record<string, number>;
  assert.deepEqual({ ...e, eid: undefined }, { eid: undefined, num_mentions: 4, num_articles: 3, num_sources: 2 });
  const mentions = s.db.prepare('SELECT article_id FROM event_mentions WHERE event_id = ? ORDER BY record_id').pluck().all(e.eid);
  assert.deepEqual(mentions, ['x1', 'x2', 'x2', 'x3']);
  assert.equal(count(s.db, 'events'), 3);
  closeStore(s);
});

test('an ingest killed mid-way leaves only whole articles, and a rerun resumes without adding anything twice', async () => {
  const dir = tmp();
  const db = path.join(dir, 'killed.sqlite');
  const input = path.join(dir, 'many.jsonl');
  const countries = ['Russia', 'Ukraine', 'Iran', 'Israel', 'China', 'Japan', 'France', 'Germany'];
  const verbs = ['criticized', 'praised', 'threatened', 'accused'];
  const N = 1500;
  const lines = Array.from({ length: N }, (_, i) => JSON.stringify({
    id: `k${i}`, text: `Report ${i}: ${countries[i % 8]} ${verbs[i % 4]} ${countries[(i * 3 + 1) % 8]}.\nMore follows.`, date: `2020-06-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));
  writeFileSync(input, lines.join('\n') + '\n');
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/cli-child.ts', 'ingest', input, '--db', db, '--progress', 'none'], { cwd: REPO, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stored = 0;
  for (let k = 0; k < 1000 && stored < 40; k++) {
    await new Promise((r) => setTimeout(r, 10));
    if (!existsSync(db)) continue;
    try {
      const probe = new Database(db, { readonly: true, timeout: 1000 });
      stored = (probe.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'articles'`).pluck().get() as number)
        ? (probe.prepare('SELECT count(*) FROM articles').pluck().get() as number) : 0;
      probe.close();
    } catch { /* the schema is being created */ }
  }
  child.kill('SIGKILL');
  await exited;
  const after = new Database(db, { readonly: true });
  const committed = after.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  assert.ok(committed >= 40 && committed < N, `killed after ${committed} of ${N} articles`);
  // Every stored article has exactly the sentences and mentions it was coded with: nothing half-written.
  const torn = after.prepare(`SELECT id FROM articles a WHERE
      n_sentences <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) OR
      n_events <> (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id)`).all();
  assert.deepEqual(torn, []);
  assert.equal(after.prepare('SELECT count(*) FROM event_mentions WHERE article_id NOT IN (SELECT id FROM articles)').pluck().get(), 0);
  after.close();

  const r = await run(['ingest', input, '--db', db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, new RegExp(`${N} articles read: ${N - committed} coded, 0 duplicate, ${committed} already stored, 0 failed`));
  const done = new Database(db, { readonly: true });
  assert.equal(done.prepare('SELECT count(*) FROM articles').pluck().get(), N);
  assert.equal(done.prepare('SELECT sum(num_mentions) FROM events').pluck().get(), done.prepare('SELECT count(*) FROM event_mentions').pluck().get());
  done.close();
});

test('a database locked by another process is a clear error naming the file (exit 1)', async () => {
  const file = path.join(tmp(), 'locked.sqlite');
  closeStore(openStore(file));
  const holder = new Database(file);
  holder.exec('BEGIN IMMEDIATE');
  try {
    const r = await run(['ingest', '-', '--db', file, '--busy-timeout', '50'], 'Russia criticized Ukraine.');
    assert.equal(r.code, 1);
    assert.match(r.err, /locked\.sqlite: database is locked by another process .*waited 50 ms.*\(DYAD_ERR_DB_LOCKED\)/);
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
  }
});

test('a read-only database file is a clear error naming the file (exit 1)', () => {
  const dir = tmp();
  chmodSync(dir, 0o755);
  const file = path.join(dir, 'readonly.sqlite');
  closeStore(openStore(file));
  chmodSync(file, 0o444);
  // As root, file modes do not bind: run the command as an unprivileged user.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/cli-child.ts', 'ingest', '-', '--db', file], {
    cwd: REPO, input: 'Russia criticized Ukraine.', encoding: 'utf8', ...asUser, env: { ...process.env, HOME: dir },
  });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /readonly\.sqlite: database file is read-only, cannot store articles \(DYAD_ERR_DB_READONLY\)/);
});

test('SQLite result codes map to catalogue errors that name the file', () => {
  const e = (code: string) => Object.assign(new Error('x'), { code });
  assert.equal(dbError(e('SQLITE_BUSY'), 'f.sqlite', 'storing a').code, 'DYAD_ERR_DB_LOCKED');
  assert.equal(dbError(e('SQLITE_READONLY_DBMOVED'), 'f.sqlite', 'storing a').code, 'DYAD_ERR_DB_READONLY');
  assert.equal(dbError(e('SQLITE_CORRUPT'), 'f.sqlite', 'storing a').code, 'DYAD_ERR_DB');
  assert.match(dbError(e('SQLITE_FULL'), 'f.sqlite', 'storing a').message, /^f\.sqlite: disk full while storing a/);
});
