// `dyad`: the command-line entry. Each command lives in its own module and has --help.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DyadError } from '../errors.js';
import { ROOT } from '../lexicon/read-lines.js';
import { codeCommand } from './code.js';
import { ingestCommand } from './ingest.js';
import { queryCommand } from './query.js';
import { seriesCommand } from './series.js';
import { alertsCommand } from './alerts.js';
import { exportCommand } from './export.js';
import { validateCommand } from './validate.js';
import { dictCommand } from './dict.js';
import type { Io } from './io.js';

const COMMANDS: Record<string, { run: (argv: string[], io: Io) => Promise<number>; summary: string }> = {
  code: { run: codeCommand, summary: 'code articles (text or JSONL) into event records' },
  ingest: { run: ingestCommand, summary: 'read files, pages, feeds, URLs or stdin into the SQLite event store' },
  query: { run: queryCommand, summary: 'stored events by actor, dyad, CAMEO, PLOVER, quad class, date or full text' },
  series: { run: seriesCommand, summary: "a dyad's events per day, week or month: quad classes and Goldstein" },
  alerts: { run: alertsCommand, summary: 'dyads whose conflict departs sharply from their own baseline' },
  export: { run: exportCommand, summary: 'stored events as GDELT 2.0 Events/Mentions, CSV or JSONL' },
  validate: { run: validateCommand, summary: 'run a PETRARCH validation file (records with expected events) and count passes' },
  dict: { run: dictCommand, summary: 'dictionary tools: check files for errors, find phrases and verbs a corpus needs' },
  // Loaded on use: the server's dependencies stay out of every other command's start-up.
  serve: { run: async (argv, io) => (await import('./serve.js')).serveCommand(argv, io), summary: 'the store over HTTP: JSON API (OpenAPI at /openapi.json) and the dashboard' },
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
