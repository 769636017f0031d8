// Benchmark sections for the event store (issue 4): ingest throughput and database size over Reuters-21578, and
// dyad-series latency over a synthetic store of one million events. Registered in scripts/bench.ts SECTIONS.
import { execFile } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadReuters } from './corpora.js';
import { repoRoot } from './paths.js';
import { coderBin, toJsonl } from './run-coder.js';
import type { BenchContext, BenchMetric, BenchSection } from '../bench.js';
import { closeStore, openStore, type Db } from '../../src/store/open.js';
import { conflictDays, dateSpan, dyadCounts, dyadCountsQuery } from '../../src/store/aggregates.js';
import { buildSeries } from '../../src/analysis/series.js';
import { ALERT_DEFAULTS, detectAlerts, foldDyads } from '../../src/analysis/alerts.js';
import { countEvents } from '../../src/store/event-query.js';

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs the built CLI; resolves with exit code, stderr and wall time (never rejects on a non-zero exit). */
function dyad(args: string[], ctx: BenchContext): Promise<{ code: number; stderr: string; ms: number }> {
  const cmd = [...ctx.pin, process.execPath, coderBin(), ...args];
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(cmd[0], cmd.slice(1), { cwd: repoRoot, timeout: ctx.timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, _out, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stderr, ms: performance.now() - t0 });
    });
  });
}

const fileBytes = (f: string) => (existsSync(f) ? statSync(f).size : 0);

/** `dyad ingest` over the first N Reuters stories with body and date (N = --reuters, default 2,000), into a fresh file. */
export const ingestReuters: BenchSection = {
  name: 'ingest-reuters',
  description: 'dyad ingest over the first Reuters-21578 stories with body and date (--reuters, default 2,000), fresh database, then a rerun',
  async run(ctx) {
    const records = loadReuters(ctx.dataDir, ctx.reutersLimit);
    const input = path.join(ctx.tmpDir, 'reuters.jsonl');
    const db = path.join(ctx.tmpDir, 'reuters.sqlite');
    writeFileSync(input, toJsonl(records));
    const first = await dyad(['ingest', input, '--db', db, '--progress', 'none', '--stats'], ctx);
    const stats = JSON.parse(first.stderr.trim().split('\n').filter((l) => l.startsWith('{')).pop() ?? 'null') as Record<string, number> | null;
    if (!stats || first.code > 1) throw new Error(`ingest failed (exit ${first.code}): ${first.stderr.slice(0, 500)}`);
    // The writer has closed the file, so the WAL is checkpointed into it: the file is the whole database.
    const bytes = fileBytes(db) + fileBytes(`${db}-wal`);
    const rerun = await dyad(['ingest', input, '--db', db, '--progress', 'none', '--stats'], ctx);
    const again = JSON.parse(rerun.stderr.trim().split('\n').filter((l) => l.startsWith('{')).pop() ?? 'null') as Record<string, number> | null;
    const seconds = stats.ms / 1000;
    return [
      { metric: 'articles', value: records.length },
      { metric: 'coded', value: stats.coded },
      { metric: 'near-duplicates linked', value: stats.duplicate },
      { metric: 'failed', value: stats.failed },
      { metric: 'event mentions', value: stats.mentions },
      { metric: 'distinct events', value: stats.newEvents },
      { metric: 'ingest time (stats: read + code + store)', value: stats.ms, unit: 'ms' },
      { metric: 'wall time (incl. start-up)', value: round(first.ms), unit: 'ms' },
      { metric: 'articles/s', value: round(records.length / seconds) },
      { metric: 'database size', value: round(bytes / 1048576, 2), unit: 'MB' },
      { metric: 'database bytes per 1,000 articles', value: Math.round((bytes / records.length) * 1000), unit: 'B' },
      { metric: 'rerun: already stored', value: again?.already ?? null },
      { metric: 'rerun: articles/s (hash check only)', value: again ? round(records.length / (again.ms / 1000)) : null },
    ];
  },
};

/** A small deterministic PRNG (mulberry32), so every run builds the same synthetic store. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Synthetic vocabulary for the benchmark store only: 40 made-up country codes x 7 agent suffixes, a spread of CAMEO
// codes over the four quad classes. Values are arbitrary; only their shape (and index use) matters here.
const COUNTRIES = Array.from({ length: 40 }, (_, i) => `C${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
const AGENTS = ['', 'GOV', 'MIL', 'REB', 'OPP', 'COP', 'CVL'];
const CODES: [string, number, number][] = [
  ['010', 1, 0], ['036', 1, 4], ['042', 1, 1.9], ['051', 1, 3.4], ['061', 2, 6.4], ['071', 2, 7.4], ['081', 2, 5],
  ['111', 3, -2], ['112', 3, -2], ['130', 3, -4.4], ['141', 3, -6.5], ['173', 4, -5], ['190', 4, -10], ['193', 4, -10],
];

/** Fills a fresh store with n events straight through one prepared insert in one transaction. */
function synthesize(db: Db, n: number): void {
  const rand = prng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  // Enough page cache for the whole file, so the one big transaction is not spilled to the WAL page by page.
  db.pragma('cache_size = -1048576');
  const day0 = Date.UTC(2015, 0, 1);
  const days = 5 * 365;
  db.prepare(`INSERT INTO articles (id, hash, origin, text, date_origin, n_sentences, n_events, n_quotes, ingested_at)
    VALUES ('synthetic', 'synthetic', 'bench', 'synthetic', 'none', 0, 0, 0, '2024-01-01T00:00:00Z')`).run();
  const insert = db.prepare(`INSERT INTO events (key, record_id, article_id, sentence, date, date_basis, source_code, source_country,
      source_agent, source_text, target_code, target_country, target_agent, target_text, cameo, root, quad_class, goldstein,
      plover_type, negated, hypothetical, future, historical, verb, pattern, text, is_root, num_mentions, num_articles,
      num_sources, date_added)
    VALUES (?, ?, 'synthetic', 0, ?, 'synthetic', ?, ?, ?, 'x', ?, ?, ?, 'y', ?, ?, ?, ?, 'X', 0, 0, 0, 0, 'v', 'p', 't', 1, 1, 1, 1, '2024-01-01T00:00:00Z')`);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const [sc, tc] = [pick(COUNTRIES), pick(COUNTRIES)];
      const [sa, ta] = [pick(AGENTS), pick(AGENTS)];
      const [cameo, quad, goldstein] = pick(CODES);
      const date = new Date(day0 + Math.floor(rand() * days) * 86400000).toISOString().slice(0, 10);
      insert.run(`k${i}`, `r${i}`, date, sc + sa, sc, sa || null, tc + ta, tc, ta || null, cameo, cameo.slice(0, 2), quad, goldstein);
    }
  })();
}

/** A new store filled by `fill` in one go, checkpointed and analysed as a long-lived store would be. */
export function syntheticStore(file: string, fill: (db: Db) => void): { store: ReturnType<typeof openStore>; insertMs: number } {
  const store = openStore(file);
  const t0 = performance.now();
  fill(store.db);
  const insertMs = performance.now() - t0;
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.db.exec('ANALYZE');
  return { store, insertMs };
}

/** Median and max of `runs` timed calls after one warm-up. */
function timeIt(runs: number, f: () => unknown): { median: number; max: number } {
  f();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return { median: median(times), max: Math.max(...times) };
}

/** Dyad-series latency over one million synthetic events (and, for scale, a dyad query count and alerts). */
export const seriesMillion: BenchSection = {
  name: 'series-1m',
  description: 'dyad series over a synthetic store of 1,000,000 events (40 countries x 7 agents, 2015-2019), rows inserted directly',
  async run(ctx) {
    const n = 1_000_000;
    const file = path.join(ctx.tmpDir, 'million.sqlite');
    const { store, insertMs } = syntheticStore(file, (db) => synthesize(db, n));
    const [a, b] = [COUNTRIES[0], COUNTRIES[1]];
    let rows = 0;
    const byWeek = timeIt(20, () => { rows = buildSeries(dyadCounts(store.db, a, b), 'week').rows.length; });
    const byMonthAgent = timeIt(20, () => buildSeries(dyadCounts(store.db, `${a}GOV`, `${b}MIL`, { from: '2017-01-01', to: '2017-12-31' }), 'month'));
    const matched = countEvents(store.db, { dyad: [a, b] });
    const q = dyadCountsQuery(a, b);
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[])
      .map((r) => r.detail).filter((d) => d.startsWith('SEARCH') || d.startsWith('SCAN')).join('; ');
    const ta = performance.now();
    const span = dateSpan(store.db)!;
    const alerts = detectAlerts(foldDyads(conflictDays(store.db), (c) => c.slice(0, 3)), span, ALERT_DEFAULTS).length;
    const alertsMs = performance.now() - ta;
    closeStore(store);
    const cli = await dyad(['series', a, b, '--db', file, '--by', 'week', '--format', 'csv'], ctx);
    if (cli.code !== 0) throw new Error(`dyad series failed: ${cli.stderr.slice(0, 300)}`);
    const metrics: BenchMetric[] = [
      { metric: 'events', value: n },
      { metric: 'insert time (one transaction, all indexes)', value: Math.round(insertMs), unit: 'ms' },
      { metric: 'database size', value: round(fileBytes(file) / 1048576, 1), unit: 'MB' },
      { metric: `events in dyad ${a}-${b} (both directions)`, value: matched },
      { metric: 'series by week, whole span: median latency', value: round(byWeek.median, 2), unit: 'ms' },
      { metric: 'series by week, whole span: max of 20', value: round(byWeek.max, 2), unit: 'ms' },
      { metric: 'series weeks', value: rows },
      { metric: 'series GOV-MIL by month, one year: median latency', value: round(byMonthAgent.median, 2), unit: 'ms' },
      { metric: 'dyad series CLI wall time (incl. start-up)', value: round(cli.ms), unit: 'ms' },
      { metric: 'alerts over all dyads (weekly, window 8)', value: Math.round(alertsMs), unit: 'ms' },
      { metric: 'alerts raised', value: alerts },
      { metric: 'query plan', value: plan },
    ];
    return metrics;
  },
};
