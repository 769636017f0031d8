// `dyad`: the command-line entry. Each command lives in its own module and has --help.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DyadError } from '../errors.js';
import { ROOT } from '../lexicon/read-lines.js';
import type { Io } from './io.js';

type Run = (argv: string[], io: Io) => Promise<number>;

/**
 * Every command's module is loaded when that command runs, so `dyad code` does not pay at start-up for the store,
 * the HTML reader or the server.
 */
const COMMANDS: Record<string, { run: Run; summary: string }> = {
  code: { run: async (a, io) => (await import('./code.js')).codeCommand(a, io), summary: 'code articles (text or JSONL) into event records' },
  ingest: { run: async (a, io) => (await import('./ingest.js')).ingestCommand(a, io), summary: 'read files, pages, feeds, URLs or stdin into the SQLite event store' },
  query: { run: async (a, io) => (await import('./query.js')).queryCommand(a, io), summary: 'stored events by actor, dyad, CAMEO, PLOVER, quad class, date or full text' },
  series: { run: async (a, io) => (await import('./series.js')).seriesCommand(a, io), summary: "a dyad's events per day, week or month: quad classes and Goldstein" },
  alerts: { run: async (a, io) => (await import('./alerts.js')).alertsCommand(a, io), summary: 'dyads whose conflict departs sharply from their own baseline' },
  export: { run: async (a, io) => (await import('./export.js')).exportCommand(a, io), summary: 'stored events as GDELT 2.0 Events/Mentions, CSV or JSONL' },
  validate: { run: async (a, io) => (await import('./validate.js')).validateCommand(a, io), summary: 'run a PETRARCH validation file (records with expected events) and count passes' },
  dict: { run: async (a, io) => (await import('./dict.js')).dictCommand(a, io), summary: 'dictionary tools: check files for errors, find phrases and verbs a corpus needs' },
  serve: { run: async (a, io) => (await import('./serve.js')).serveCommand(a, io), summary: 'the store over HTTP: JSON API (OpenAPI at /openapi.json) and the dashboard' },
};

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n');
  return `Usage: dyad <command> [options]

dyad turns news text into political event data: who did what to whom, when, where, and what they said.

Commands:
${rows}

Run "dyad <command> --help" for a command's options. "dyad --version" prints the version.
`;
}

export function stdio(): Io {
  // `dyad code ... | head`: a reader that stops early is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    out: (s) => { process.stdout.write(s); },
    err: (s) => { process.stderr.write(s); },
    stdin: process.stdin,
  };
}

export async function main(argv: string[], io: Io = stdio()): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { io.out(help()); return cmd ? 0 : 2; }
    if (cmd === '--version' || cmd === '-v') {
      io.out(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version + '\n');
      return 0;
    }
    const c = COMMANDS[cmd];
    if (!c) { io.err(`dyad: unknown command "${cmd}"\n\n${help()}`); return 2; }
    return await c.run(rest, io);
  } catch (e) {
    if (e instanceof DyadError) { io.err(`dyad ${cmd}: ${e.message} (${e.code})\n`); return e.exit; }
    throw e;
  }
}
