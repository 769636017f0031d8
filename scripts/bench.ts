// `npm run bench`: throughput, start-up time and peak memory of the coder on one core, over real articles from
// ../shared/data. Each measurement is a section in SECTIONS; add new ones (ingest, query, server) there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGuardian, loadReuters } from './lib/corpora.js';
import { fail, repoRoot, reportsDir, sharedDataDir } from './lib/paths.js';
import { coderMissing, describeFailure, runCoder, toJsonl, type InputRecord } from './lib/run-coder.js';
import { clip, table, type Cell } from './lib/table.js';
import { ingestReuters, seriesMillion } from './lib/store-bench.js';
import { serverMillion } from './lib/server-bench.js';
import { petrarchLoad, petrarchValidate } from './lib/petrarch-bench.js';

/** One measured figure. */
export interface BenchMetric {
  metric: string;
  value: number | string | null;
  unit?: string;
}

export interface BenchContext {
  dataDir: string;
  /** Scratch folder, removed at the end. */
  tmpDir: string;
  /** Command prefix pinning a run to one core (['taskset', '-c', '0']), or []. */
  pin: string[];
  /** ['/usr/bin/time', '-v'] when present, else []. */
  timer: string[];
  timeoutMs: number;
  reutersLimit: number;
  /** Median start-up wall time, once the startup section has run. */
  startupMs?: number;
}

/** A benchmark section: a name and a measurement. Sections run in order; one failing does not stop the rest. */
export interface BenchSection {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchMetric[]>;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Start-up: median wall time of `dyad code --input jsonl` on an empty stdin. */
const startup: BenchSection = {
  name: 'startup',
  description: 'dyad code --input jsonl on an empty stdin, 5 runs',
  async run(ctx) {
    const times: number[] = [];
    for (let k = 0; k < 5; k += 1) {
      const run = await runCoder([], { prefix: ctx.pin, parse: false, timeoutMs: ctx.timeoutMs });
      if (run.exitCode !== 0) throw new Error(describeFailure(run));
      times.push(run.wallMs);
    }
    ctx.startupMs = median(times);
    return [
      { metric: 'median wall time', value: round(median(times)), unit: 'ms' },
      { metric: 'min wall time', value: round(Math.min(...times)), unit: 'ms' },
    ];
  },
};

/** Throughput of `dyad code --stats` over a collection of articles fed through stdin. */
function coderThroughput(name: string, description: string, load: (ctx: BenchContext) => InputRecord[]): BenchSection {
  return {
    name,
    description,
    async run(ctx) {
      const records = load(ctx);
      const file = path.join(ctx.tmpDir, `${name}.jsonl`);
      writeFileSync(file, toJsonl(records));
      const run = await runCoder({ file }, { args: ['--stats'], prefix: [...ctx.timer, ...ctx.pin], parse: false, timeoutMs: ctx.timeoutMs });
      // Exit 1 with a stats line: some articles were refused (counted as failed), the rest were coded.
      if (run.exitCode !== 0 && !(run.exitCode === 1 && run.stats)) throw new Error(describeFailure(run));
      const s = run.stats;
      const seconds = (s?.ms ?? run.wallMs) / 1000;
      const metrics: BenchMetric[] = [
        { metric: 'articles', value: s?.articles ?? records.length },
        { metric: 'input size', value: round(statSync(file).size / 1048576, 2), unit: 'MB' },
        { metric: 'sentences', value: s?.sentences ?? null },
        { metric: 'events', value: s?.events ?? run.outputLines },
        { metric: 'quotes', value: s?.quotes ?? null },
        { metric: 'failed articles', value: s?.failed ?? null },
        { metric: 'coder time (stats: dictionaries + coding)', value: s ? s.ms : null, unit: 'ms' },
        { metric: 'wall time (incl. start-up)', value: round(run.wallMs), unit: 'ms' },
        { metric: 'articles/s', value: round((s?.articles ?? records.length) / seconds) },
        { metric: 'sentences/s', value: s ? round(s.sentences / seconds) : null },
        { metric: 'events/s', value: s ? round(s.events / seconds) : null },
        ...(s?.loadMs !== undefined
          ? [{ metric: 'sentences/s (coding only, after loading)', value: round(s.sentences / ((s.ms - s.loadMs) / 1000)) },
            { metric: 'dictionary load', value: s.loadMs, unit: 'ms' }]
          : []),
        ...(ctx.startupMs !== undefined && run.wallMs > ctx.startupMs
          ? [{ metric: 'articles/s (wall minus start-up)', value: round((s?.articles ?? records.length) / ((run.wallMs - ctx.startupMs) / 1000)) }]
          : []),
        { metric: 'peak memory (stats)', value: s ? round(s.maxRssMB) : null, unit: 'MB' },
      ];
      if (run.timeMaxRssMB !== null) metrics.push({ metric: 'peak memory (/usr/bin/time)', value: round(run.timeMaxRssMB), unit: 'MB' });
      if (!s) metrics.push({ metric: 'note', value: 'no --stats line on stderr: rates use wall time' });
      return metrics;
    },
  };
}

/** The benchmark sections, in order. Later work appends ingest, query and server sections here. */
export const SECTIONS: BenchSection[] = [
  startup,
  coderThroughput('code-guardian', 'dyad code over 249 Guardian articles (guardian-sdf-sample)', (ctx) => loadGuardian(ctx.dataDir)),
  coderThroughput('code-reuters', 'dyad code over the first Reuters-21578 stories with body and date', (ctx) =>
    loadReuters(ctx.dataDir, ctx.reutersLimit),
  ),
  ingestReuters,
  seriesMillion,
  serverMillion,
  petrarchLoad,
  petrarchValidate,
];

const USAGE = `usage: npm run bench -- [options]

  --section NAME   run only this section (repeat or comma-separate): ${SECTIONS.map((s) => s.name).join(', ')}
  --reuters N      Reuters stories to code (default 2000)
  --out FILE       JSON report path (default: reports/bench.json)
  --timeout SEC    per-run time limit (default 90)
  -h, --help       this text`;

/** The line of a failure worth a table cell: the error message if there is one, else the first line. */
function errorLine(error: string): string {
  const lines = error.split('\n');
  return lines.find((l) => /^\w*Error\b/.test(l.trim())) ?? lines[0];
}

function works(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: {
        section: { type: 'string', multiple: true },
        reuters: { type: 'string' },
        out: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${USAGE}`);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const names = (v.section ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0) fail(`unknown section: ${unknown.join(', ')}\n\n${USAGE}`);
  const sections = names.length === 0 ? SECTIONS : SECTIONS.filter((s) => names.includes(s.name));
  const reutersLimit = v.reuters === undefined ? 2000 : Number(v.reuters);
  if (!Number.isInteger(reutersLimit) || reutersLimit < 1) fail(`--reuters wants a positive whole number, got ${v.reuters}`);
  const timeout = v.timeout === undefined ? 90 : Number(v.timeout);
  if (!(timeout > 0)) fail(`--timeout wants seconds, got ${v.timeout}`);
  const out = path.resolve(v.out ?? path.join(reportsDir, 'bench.json'));

  const dataDir = sharedDataDir();
  if (!existsSync(dataDir)) fail(`no development data at ${dataDir}: put the shared folder next to the repository or set DYAD_SHARED`);
  const missing = coderMissing();
  if (missing) fail(missing);

  const pin = works('taskset', ['-c', '0', 'true']) ? ['taskset', '-c', '0'] : [];
  const timer = existsSync('/usr/bin/time') && works('/usr/bin/time', ['-v', 'true']) ? ['/usr/bin/time', '-v'] : [];
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'dyad-bench-'));
  const ctx: BenchContext = { dataDir, tmpDir, pin, timer, timeoutMs: timeout * 1000, reutersLimit };
  process.stderr.write(`bench: ${pin.length ? 'pinned to core 0 with taskset' : 'not pinned (no taskset)'}; ${os.cpus()[0]?.model ?? 'unknown cpu'}\n`);

  const results: { name: string; description: string; ms: number; metrics: BenchMetric[]; error?: string }[] = [];
  try {
    for (const section of sections) {
      process.stderr.write(`bench ${section.name}: ${section.description}...\n`);
      const t0 = performance.now();
      try {
        const metrics = await section.run(ctx);
        results.push({ name: section.name, description: section.description, ms: Math.round(performance.now() - t0), metrics });
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        process.stderr.write(`bench ${section.name} failed: ${error}\n`);
        results.push({ name: section.name, description: section.description, ms: Math.round(performance.now() - t0), metrics: [], error });
      }
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }

  const rows: Cell[][] = results.flatMap((r) =>
    r.error ? [[r.name, 'error', clip(errorLine(r.error), 100), '']] : r.metrics.map((m) => [r.name, m.metric, m.value === null ? '' : String(m.value), m.unit ?? '']),
  );
  process.stdout.write(`${table(['section', 'metric', 'value', 'unit'], rows)}\n`);

  mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? null,
    cpus: os.cpus().length,
    pinned: pin.length > 0,
    coder: path.relative(repoRoot, path.join(repoRoot, 'bin', 'dyad.js')),
    sections: results.map((r) => ({ ...r, values: Object.fromEntries(r.metrics.map((m) => [m.metric, m.value])) })),
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`report: ${path.relative(process.cwd(), out) || out}\n`);
  return results.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
