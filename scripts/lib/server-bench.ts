// Benchmark section for `dyad serve` (issue 5): requests/s and latency percentiles of the events and series routes
// over a synthetic store of one million events (each with its stored record JSON, as ingest writes it). The server
// runs as a child process (the built CLI, pinned to core 0 when taskset exists); the load comes from this process
// over keep-alive connections to 127.0.0.1 only, bounded in requests and in time. Registered in scripts/bench.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext, BenchMetric, BenchSection } from '../bench.js';
import { coderBin } from './run-coder.js';
import { repoRoot } from './paths.js';
import { closeStore, type Db } from '../../src/store/open.js';
import { prng, syntheticStore } from './store-bench.js';

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;


// The store's shape, not its content, matters here: 40 country codes, 7 agent suffixes, CAMEO codes across the
// four quad classes, five years of days.
const COUNTRIES = ['USA', 'RUS', 'CHN', 'GBR', 'FRA', 'DEU', 'IND', 'PAK', 'IRN', 'IRQ', 'SYR', 'ISR', 'PSE', 'TUR', 'EGY', 'SAU', 'YEM', 'AFG',
  'UKR', 'PRK', 'KOR', 'JPN', 'BRA', 'MEX', 'NGA', 'ETH', 'SDN', 'SOM', 'LBY', 'MLI', 'VEN', 'COL', 'CAN', 'AUS', 'IDN', 'PHL', 'MMR', 'THA', 'ZAF', 'KEN'];
const AGENTS = ['', 'GOV', 'MIL', 'REB', 'OPP', 'COP', 'CVL'];
const CODES: [cameo: string, quad: number, goldstein: number, plover: string, verb: string][] = [
  ['010', 1, 0, 'NONE', 'said'], ['036', 1, 4, 'AGREE', 'agreed to meet'], ['042', 1, 1.9, 'CONSULT', 'visited'], ['051', 1, 3.4, 'COOPERATE', 'praised'],
  ['061', 2, 6.4, 'COOPERATE', 'cooperated'], ['071', 2, 7.4, 'AID', 'sent aid to'], ['081', 2, 5, 'CONCEDE', 'eased'],
  ['111', 3, -2, 'ACCUSE', 'criticized'], ['112', 3, -2, 'ACCUSE', 'accused'], ['130', 3, -4.4, 'THREATEN', 'threatened'], ['141', 3, -6.5, 'PROTEST', 'protested'],
  ['173', 4, -5, 'COERCE', 'arrested'], ['190', 4, -10, 'ASSAULT', 'attacked'], ['193', 4, -10, 'ASSAULT', 'fired on'],
];
const ARTICLES = 10_000;
const DAYS = 5 * 365;
const DAY0 = Date.UTC(2015, 0, 1);

function actorJson(text: string, code: string, country: string, agent: string): string {
  return `{"text":"${text}","code":"${code}","country":"${country}","agent":${agent ? `"${agent}"` : 'null'},"start":0,"end":${text.length}}`;
}

/** n events, each with one mention carrying its record JSON, in ARTICLES articles; one transaction. */
export function synthesize(db: Db, n: number): void {
  const rand = prng(5);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  db.pragma('cache_size = -1048576');
  const now = '2024-01-01T00:00:00Z';
  const article = db.prepare(`INSERT INTO articles (id, hash, origin, text, date_origin, n_sentences, n_events, n_quotes, ingested_at, published, url)
    VALUES (?, ?, 'bench', 'synthetic', 'user', 1, 0, 0, ?, ?, ?)`);
  const event = db.prepare(`INSERT INTO events (eid, key, record_id, article_id, sentence, date, date_basis, source_code, source_country,
      source_agent, source_text, target_code, target_country, target_agent, target_text, cameo, root, quad_class, goldstein,
      plover_type, negated, hypothetical, future, historical, verb, pattern, text, is_root, num_mentions, num_articles, num_sources, date_added)
    VALUES (?, ?, ?, ?, 0, ?, 'article date', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, 'bench', ?, 1, 1, 1, 1, ?)`);
  const mention = db.prepare(`INSERT INTO event_mentions (record_id, event_id, article_id, sentence, actor1_offset, actor2_offset, action_offset, json)
    VALUES (?, ?, ?, 0, 0, ?, ?, ?)`);
  db.transaction(() => {
    for (let k = 0; k < ARTICLES; k++) {
      const day = new Date(DAY0 + Math.floor((k / ARTICLES) * DAYS) * 86400000).toISOString().slice(0, 10);
      article.run(`a${k}`, `h${k}`, now, day, `https://news.example/${k}`);
    }
    for (let i = 1; i <= n; i++) {
      const [sc, tc] = [pick(COUNTRIES), pick(COUNTRIES)];
      const [sa, ta] = [pick(AGENTS), pick(AGENTS)];
      const [cameo, quad, goldstein, plover, verb] = pick(CODES);
      const date = new Date(DAY0 + Math.floor(rand() * DAYS) * 86400000).toISOString().slice(0, 10);
      const art = `a${Math.floor(rand() * ARTICLES)}`;
      const [st, tt] = [`${sc} ${sa || 'people'}`, `${tc} ${ta || 'people'}`];
      const text = `${st} ${verb} ${tt} on ${date}.`;
      const vs = st.length + 1;
      const ts = vs + verb.length + 1;
      const json = `{"id":"r${i}","article":"${art}","sentence":0,"text":"${text}","date":"${date}","dateBasis":"article date",`
        + `"source":${actorJson(st, sc + sa, sc, sa)},"target":${actorJson(tt, tc + ta, tc, ta).replace('"start":0', `"start":${ts}`).replace(/"end":\d+/, `"end":${ts + tt.length}`)},`
        + `"cameo":"${cameo}","root":"${cameo.slice(0, 2)}","quadClass":${quad},"goldstein":${goldstein},"plover":{"type":"${plover}","mode":null},`
        + '"modality":{"negated":false,"hypothetical":false,"future":false,"historical":false},"location":null,'
        + `"evidence":{"verb":{"text":"${verb}","start":${vs},"end":${vs + verb.length}},"pattern":"bench","quote":null}}`;
      event.run(i, `k${i}`, `r${i}`, art, date, sc + sa, sc, sa || null, st, tc + ta, tc, ta || null, tt, cameo, cameo.slice(0, 2), quad, goldstein, plover, verb, text, now);
      mention.run(`r${i}`, i, art, ts, vs, json);
    }
  })();
}

function startServer(file: string, ctx: BenchContext): Promise<{ child: ChildProcess; url: string }> {
  const args = [...ctx.pin, process.execPath, coderBin(), 'serve', '--db', file, '--port', '0', '--host', '127.0.0.1'];
  const env = { ...process.env };
  delete env.DYAD_TOKEN;
  const child = spawn(args[0], args.slice(1), { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`dyad serve did not start: ${err}`)); }, 60_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`dyad serve exited with ${code}: ${err}`)); });
  });
}

interface Load {
  requests: number;
  errors: number;
  seconds: number;
  latencies: Float64Array;
}

/** One GET over a keep-alive agent; resolves with the status (the body is read and dropped). */
function request(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
  });
}

/** `connections` loops over the URLs in turn until maxRequests are done or maxSeconds have passed. */
async function load(urls: string[], o: { connections: number; maxRequests: number; maxSeconds: number }): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const latencies = new Float64Array(o.maxRequests);
  let next = 0, done = 0, errors = 0;
  const t0 = performance.now();
  const deadline = t0 + o.maxSeconds * 1000;
  const worker = async () => {
    while (next < o.maxRequests && performance.now() < deadline) {
      const i = next++;
      const s = performance.now();
      try {
        if ((await request(agent, urls[i % urls.length])) !== 200) errors++;
      } catch {
        errors++;
      }
      latencies[done++] = performance.now() - s;
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { requests: done, errors, seconds, latencies: latencies.slice(0, done).sort() };
}

const pct = (xs: Float64Array, p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] : NaN);

/** The routes measured: several distinct queries each, taken in turn. */
function routes(base: string): { name: string; urls: string[] }[] {
  const pairs = Array.from({ length: 20 }, (_, k) => [COUNTRIES[k], COUNTRIES[(k * 7 + 3) % COUNTRIES.length]]);
  return [
    { name: 'events: dyad filter, first page of 50', urls: pairs.map(([a, b]) => `${base}/api/events?dyad=${a},${b}&limit=50`) },
    { name: 'events: latest 50, no filter', urls: [0, 50, 100, 150, 200].map((o) => `${base}/api/events?sort=date&order=desc&limit=50&offset=${o}`) },
    { name: 'events: country + quad 4 + one year, page of 50', urls: COUNTRIES.slice(0, 20).map((c) => `${base}/api/events?country=${c}&quad=4&from=2017-01-01&to=2017-12-31&limit=50`) },
    { name: 'series: country dyad by week, whole span (261 weeks)', urls: pairs.map(([a, b]) => `${base}/api/series?a=${a}&b=${b}&by=week`) },
    { name: 'series: agent dyad by month, one year', urls: pairs.map(([a, b]) => `${base}/api/series?a=${a}GOV&b=${b}MIL&by=month&from=2017-01-01&to=2017-12-31`) },
  ];
}

export const serverMillion: BenchSection = {
  name: 'serve-1m',
  description: 'dyad serve: requests/s and latency of /api/events and /api/series over a synthetic store of 1,000,000 events (8 keep-alive connections from this process to 127.0.0.1)',
  async run(ctx) {
    const n = 1_000_000;
    const file = path.join(ctx.tmpDir, 'serve-million.sqlite');
    const { store, insertMs } = syntheticStore(file, (db) => synthesize(db, n));
    closeStore(store);
    const metrics: BenchMetric[] = [
      { metric: 'events (each with its record JSON)', value: n },
      { metric: 'insert time (one transaction, all indexes)', value: Math.round(insertMs), unit: 'ms' },
      { metric: 'database size', value: round(statSync(file).size / 1048576, 1), unit: 'MB' },
    ];
    const { child, url } = await startServer(file, ctx);
    try {
      const opts = { connections: 8, maxRequests: 20_000, maxSeconds: 8 };
      for (const r of routes(url)) {
        // The first request of each distinct query pays for counting its matches; later pages reuse the count.
        const cold: number[] = [];
        for (const u of r.urls) {
          const s = performance.now();
          await request(new http.Agent(), u);
          cold.push(performance.now() - s);
        }
        const res = await load(r.urls, opts);
        if (res.errors) throw new Error(`${r.name}: ${res.errors} of ${res.requests} requests failed`);
        cold.sort((x, y) => x - y);
        metrics.push(
          { metric: `${r.name}: requests/s`, value: round(res.requests / res.seconds) },
          { metric: `${r.name}: p50 latency`, value: round(pct(res.latencies, 50), 2), unit: 'ms' },
          { metric: `${r.name}: p99 latency`, value: round(pct(res.latencies, 99), 2), unit: 'ms' },
          { metric: `${r.name}: first request of each query, median`, value: round(cold[Math.floor(cold.length / 2)], 2), unit: 'ms' },
          { metric: `${r.name}: requests (${r.urls.length} distinct)`, value: res.requests },
        );
      }
    } finally {
      child.kill('SIGTERM');
    }
    metrics.push({ metric: 'load', value: `8 connections, at most 20,000 requests or 8 s per route; server ${ctx.pin.length ? 'pinned to core 0' : 'not pinned'}` });
    return metrics;
  },
};
