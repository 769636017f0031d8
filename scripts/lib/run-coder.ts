// Runs the coder CLI (`dyad code --input jsonl --format jsonl`) as a child process, records in through stdin,
// event records out of stdout, the `--stats` line out of stderr.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { isEventLike, type EventLike } from './events.js';
import { repoRoot } from './paths.js';

export interface InputRecord {
  id: string;
  text: string;
  date?: string;
}

/** The line `dyad code --stats` prints last on stderr. */
export interface CoderStats {
  articles: number;
  sentences: number;
  events: number;
  quotes: number;
  failed: number;
  ms: number;
  maxRssMB: number;
  /** Time spent loading dictionaries before the first article (newer builds). */
  loadMs?: number;
}

export interface CoderRun {
  command: string[];
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  /** Event records in output order (only when parsing was asked for). */
  events: EventLike[];
  /** Non-empty stdout lines. */
  outputLines: number;
  /** Stdout lines that were not JSON or not events (quotes and the like). */
  otherLines: number;
  stats: CoderStats | null;
  /** Peak RSS reported by /usr/bin/time -v, when run under it. */
  timeMaxRssMB: number | null;
  stderr: string;
  /** Raw stdout, kept only when asked for. */
  stdout: string | null;
}

export interface RunOptions {
  /** Extra arguments after `code --input jsonl --format jsonl`. */
  args?: string[];
  /** A command to run the coder under, e.g. ['taskset', '-c', '0']. */
  prefix?: string[];
  timeoutMs?: number;
  /** Parse stdout into events (default true); false only counts lines. */
  parse?: boolean;
  keepStdout?: boolean;
}

/** The CLI script: `$DYAD_BIN`, or bin/dyad.js of this repository. */
export function coderBin(): string {
  return process.env.DYAD_BIN ? path.resolve(process.env.DYAD_BIN) : path.join(repoRoot, 'bin', 'dyad.js');
}

/** Why the coder cannot run yet (no build), or null when it can. */
export function coderMissing(): string | null {
  const bin = coderBin();
  if (!existsSync(bin)) return `coder not found: ${bin}`;
  if (!process.env.DYAD_BIN && !existsSync(path.join(repoRoot, 'dist', 'cli', 'main.js'))) {
    return `the coder is not built (no dist/cli/main.js): run \`npm run build\` first`;
  }
  return null;
}

export function toJsonl(records: InputRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '');
}

export function parseStats(stderr: string): CoderStats | null {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('{'));
  for (let k = lines.length - 1; k >= 0; k -= 1) {
    try {
      const o = JSON.parse(lines[k]) as Partial<CoderStats>;
      if (typeof o.articles === 'number' && typeof o.ms === 'number') return o as CoderStats;
    } catch {
      // not the stats line
    }
  }
  return null;
}

export function parseTimeMaxRss(stderr: string): number | null {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : null;
}

/** Runs the coder over records (written to stdin) or over a JSONL file (streamed to stdin). */
export function runCoder(input: InputRecord[] | { file: string }, options: RunOptions = {}): Promise<CoderRun> {
  const command = [
    ...(options.prefix ?? []),
    process.execPath,
    coderBin(),
    'code',
    '--input',
    'jsonl',
    '--format',
    'jsonl',
    ...(options.args ?? []),
  ];
  const parse = options.parse ?? true;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    const events: EventLike[] = [];
    const kept: string[] = [];
    let outputLines = 0;
    let otherLines = 0;
    let pending = '';
    let stderr = '';
    let timedOut = false;
    const onLine = (line: string) => {
      if (line.trim() === '') return;
      outputLines += 1;
      if (!parse) return;
      try {
        const r: unknown = JSON.parse(line);
        if (isEventLike(r)) events.push(r);
        else otherLines += 1;
      } catch {
        otherLines += 1;
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (options.keepStdout) kept.push(chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : null;
    child.on('error', reject);
    child.stdin.on('error', () => {
      // EPIPE when the coder exits early; its exit code and stderr tell why.
    });
    child.on('close', (exitCode, signal) => {
      if (timer) clearTimeout(timer);
      onLine(pending);
      resolve({
        command,
        exitCode,
        signal,
        timedOut,
        wallMs: performance.now() - started,
        events,
        outputLines,
        otherLines,
        stats: parseStats(stderr),
        timeMaxRssMB: parseTimeMaxRss(stderr),
        stderr,
        stdout: options.keepStdout ? kept.join('') : null,
      });
    });
    if (Array.isArray(input)) child.stdin.end(toJsonl(input));
    else createReadStream(input.file).pipe(child.stdin);
  });
}

/** A one-paragraph account of a failed run, for messages. */
export function describeFailure(run: CoderRun): string {
  const why = run.timedOut ? 'timed out' : run.signal ? `killed by ${run.signal}` : `exited with code ${run.exitCode}`;
  const own = run.stderr.split(/^\s*Command being timed:/m)[0]; // drop /usr/bin/time -v's report
  const tail = own
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^Command exited with non-zero status/.test(l))
    .slice(-8)
    .join('\n');
  return `the coder ${why}: ${run.command.join(' ')}${tail ? `\n${tail}` : ''}`;
}
