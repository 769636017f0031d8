// `npm run eval`: runs the coder over the development sets in ../shared/data and scores it by the protocols of
// EVAL.md. See docs/eval.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATASETS, type EvalDataset, type SummaryRow, type Target } from './lib/datasets.js';
import { byArticle, isEventLike, type EventLike } from './lib/events.js';
import { fail, repoRoot, reportsDir, sharedDataDir } from './lib/paths.js';
import { coderMissing, describeFailure, runCoder, type CoderRun } from './lib/run-coder.js';
import { fmt, table } from './lib/table.js';

const USAGE = `usage: npm run eval -- [options]

Runs \`dyad code --input jsonl --format jsonl --stats\` once per development set and scores its events.

  --dataset NAME    plv, five or gsr (repeat or comma-separate; default: all)
  --errors N        print N example errors per dataset
  --out FILE        JSON report path (default: reports/eval.json)
  --save-output     also write each run's raw output to reports/eval-NAME.jsonl
  --events FILE     score events from FILE (JSONL coder output) instead of running the coder; one dataset only
  --timeout SEC     per-run time limit (default 900)
  -h, --help        this text

Data: ../shared/data next to the repository, or $DYAD_SHARED. Coder: bin/dyad.js (needs \`npm run build\`), or $DYAD_BIN.`;

interface Options {
  datasets: EvalDataset[];
  errors: number;
  out: string;
  saveOutput: boolean;
  events: string | null;
  timeoutMs: number;
}

function options(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        dataset: { type: 'string', multiple: true },
        errors: { type: 'string' },
        out: { type: 'string' },
        'save-output': { type: 'boolean' },
        events: { type: 'string' },
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
    process.exit(0);
  }
  const names = (v.dataset ?? []).flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean);
  const unknown = names.filter((n) => !DATASETS.some((d) => d.name === n));
  if (unknown.length > 0) fail(`unknown dataset: ${unknown.join(', ')} (expected ${DATASETS.map((d) => d.name).join(', ')})`);
  const datasets = names.length === 0 ? DATASETS : DATASETS.filter((d) => names.includes(d.name));
  const errors = v.errors === undefined ? 0 : Number(v.errors);
  if (!Number.isInteger(errors) || errors < 0) fail(`--errors wants a whole number, got ${v.errors}`);
  const timeout = v.timeout === undefined ? 900 : Number(v.timeout);
  if (!(timeout > 0)) fail(`--timeout wants seconds, got ${v.timeout}`);
  if (v.events && datasets.length !== 1) fail('--events scores one dataset: give --dataset too');
  return {
    datasets,
    errors,
    out: path.resolve(v.out ?? path.join(reportsDir, 'eval.json')),
    saveOutput: v['save-output'] ?? false,
    events: v.events ? path.resolve(v.events) : null,
    timeoutMs: timeout * 1000,
  };
}

function readEvents(file: string): EventLike[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as unknown)
    .filter(isEventLike);
}

function targetText(t: Target | undefined): string {
  if (!t) return '';
  return t.later === undefined ? fmt(t.now, 2) : `${fmt(t.now, 2)} / ${fmt(t.later, 2)}`;
}

function verdict(value: number, t: Target | undefined): string {
  if (!t) return '';
  if (t.later !== undefined && value >= t.later) return 'met (later)';
  return value >= t.now ? 'met' : 'below';
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function runSummary(run: CoderRun) {
  return { command: run.command.slice(1).map((a) => path.relative(repoRoot, a) || a), exitCode: run.exitCode, wallMs: Math.round(run.wallMs), stats: run.stats, events: run.events.length, otherLines: run.otherLines };
}

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  const dataDir = sharedDataDir();
  if (!existsSync(dataDir)) {
    fail(`no development data at ${dataDir}: put the shared folder next to the repository (../shared/data) or set DYAD_SHARED`);
  }
  if (!opts.events) {
    const missing = coderMissing();
    if (missing) fail(missing);
  }

  const summary: SummaryRow[] = [];
  const details: string[] = [];
  const report: Record<string, unknown> = {};
  for (const dataset of opts.datasets) {
    const file = path.join(dataDir, dataset.file);
    if (!existsSync(file)) fail(`missing data file for ${dataset.name}: ${file}`);
    const prepared = dataset.prepare(file);
    let events: EventLike[];
    let run: CoderRun | null = null;
    if (opts.events) {
      events = readEvents(opts.events);
    } else {
      process.stderr.write(`eval ${dataset.name}: coding ${prepared.records.length} records...\n`);
      run = await runCoder(prepared.records, { args: ['--stats'], timeoutMs: opts.timeoutMs, keepStdout: opts.saveOutput });
      // Exit 1 means some records were bad (named on stderr) and the rest were coded: score them, with a warning.
      const partial = run.exitCode === 1 && !run.timedOut && run.signal === null && run.stats !== null;
      if (run.exitCode !== 0 && !partial) {
        process.stderr.write(`eval ${dataset.name}: ${describeFailure(run)}\n`);
        return 1;
      }
      if (partial) process.stderr.write(`eval ${dataset.name}: warning: ${run.stats?.failed} records failed; ${describeFailure(run)}\n`);
      if (opts.saveOutput && run.stdout !== null) {
        mkdirSync(reportsDir, { recursive: true });
        writeFileSync(path.join(reportsDir, `eval-${dataset.name}.jsonl`), run.stdout);
      }
      events = run.events;
    }
    const scored = prepared.score(byArticle(events));
    summary.push(...scored.summary);
    details.push(`== ${dataset.title}\n${scored.details}`);
    if (opts.errors > 0) details.push(`-- ${dataset.name}: first ${opts.errors} errors\n${scored.errors(opts.errors) || '(none)'}`);
    report[dataset.name] = {
      title: dataset.title,
      file: path.relative(dataDir, file),
      records: prepared.records.length,
      run: run ? runSummary(run) : { events: opts.events },
      ...scored.json,
    };
  }

  const overview = table(
    ['dataset', 'metric', 'value', 'target (now / later)', 'status'],
    summary.map((r) => [r.dataset, r.metric, fmt(r.value), targetText(r.target), verdict(r.value, r.target)]),
  );
  process.stdout.write(`${details.join('\n\n')}\n\n== Summary\n${overview}\n`);

  mkdirSync(path.dirname(opts.out), { recursive: true });
  const json = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    summary: summary.map((r) => ({ ...r, met: r.target ? r.value >= r.target.now : null })),
    datasets: report,
  };
  writeFileSync(opts.out, `${JSON.stringify(json, null, 2)}\n`);
  process.stderr.write(`report: ${path.relative(process.cwd(), opts.out) || opts.out}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
