// Benchmark sections for PETRARCH-format dictionaries (issue 3): loading the Phoenix dictionaries (target: under
// 2 s), and the PETRARCH validation suite's run time and pass rate. Registered in scripts/bench.ts SECTIONS.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { coderBin, describeFailure, runCoder } from './run-coder.js';
import type { BenchMetric, BenchSection } from '../bench.js';

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `dyad code` on an empty input with the Phoenix dictionaries only: its --stats loadMs is the dictionary load. */
export const petrarchLoad: BenchSection = {
  name: 'petrarch-load',
  description: 'dyad code --no-defaults with the PETRARCH-2/Phoenix dictionaries (CAMEO.2.0, 3 actor files, agents, discards), 5 runs',
  async run(ctx) {
    const dir = path.join(ctx.dataDir, 'ontology', 'petrarch2-dictionaries');
    const f = (name: string) => path.join(dir, name);
    const args = ['--stats', '--no-defaults', '--petrarch-verbs', f('CAMEO.2.0.txt'),
      ...['Countries', 'International', 'MilNonState'].flatMap((k) => ['--petrarch-actors', f(`Phoenix.${k}.actors.txt`)]),
      '--petrarch-agents', f('Phoenix.agents.txt'), '--discards', f('Phoenix.discards.txt')];
    const load: number[] = [];
    const wall: number[] = [];
    let rss = 0;
    let timeRss: number | null = null;
    for (let k = 0; k < 5; k++) {
      // Under /usr/bin/time, as the coder sections: a child forked straight from this (large) bench process would
      // report the parent's resident size as its own peak (Linux keeps the peak across exec).
      const run = await runCoder([], { args, prefix: [...ctx.timer, ...ctx.pin], parse: false, timeoutMs: ctx.timeoutMs });
      if (run.exitCode !== 0 || !run.stats?.loadMs) throw new Error(describeFailure(run));
      load.push(run.stats.loadMs);
      wall.push(run.wallMs);
      rss = Math.max(rss, run.stats.maxRssMB);
      if (run.timeMaxRssMB !== null) timeRss = Math.max(timeRss ?? 0, run.timeMaxRssMB);
    }
    return [
      { metric: 'median dictionary load (target < 2000)', value: median(load), unit: 'ms' },
      { metric: 'max dictionary load', value: Math.max(...load), unit: 'ms' },
      { metric: 'median wall time (start-up included)', value: round(median(wall)), unit: 'ms' },
      { metric: 'peak memory (stats)', value: rss, unit: 'MB' },
      ...(timeRss !== null ? [{ metric: 'peak memory (/usr/bin/time)', value: round(timeRss), unit: 'MB' }] : []),
    ];
  },
};

/** `dyad validate` on the PETRARCH unit-test records: time and the pass rate. */
export const petrarchValidate: BenchSection = {
  name: 'petrarch-validate',
  description: 'dyad validate petrarch2-unittest/PETR.UnitTest.records.xml (284 records, the suite\'s own dictionaries)',
  async run(ctx) {
    const file = path.join(ctx.dataDir, 'petrarch2-unittest', 'PETR.UnitTest.records.xml');
    const t0 = performance.now();
    const out = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [coderBin(), 'validate', file, '--format', 'jsonl'], { maxBuffer: 64 * 1024 * 1024, timeout: ctx.timeoutMs }, (e, stdout) => (e ? reject(e) : resolve(stdout)));
    });
    const ms = performance.now() - t0;
    const summary = JSON.parse(out.trim().split('\n').pop()!).summary as { passed: number; failed: number; skipped: number; rate: number; records: number };
    const metrics: BenchMetric[] = [
      { metric: 'records', value: summary.records },
      { metric: 'passed', value: summary.passed },
      { metric: 'failed', value: summary.failed },
      { metric: 'skipped', value: summary.skipped },
      { metric: 'pass rate of records run', value: summary.rate, unit: '%' },
      { metric: 'wall time', value: round(ms), unit: 'ms' },
    ];
    return metrics;
  },
};
