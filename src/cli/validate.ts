// `dyad validate FILE`: runs a PETRARCH validation file (PETR.UnitTest.records.xml) with its own dictionaries and
// prints each record's outcome, then the counts. Exit 0 when it ran, whatever the pass rate.
import { existsSync } from 'node:fs';
import { choice, parseArgs } from './args.js';
import { DyadError } from '../errors.js';
import { runValidation, summary, type RecordResult } from '../dictionaries/petrarch/validation.js';
import type { Io } from './io.js';

export const VALIDATE_HELP = `Usage: dyad validate FILE [options]

Runs a PETRARCH validation file (for example ../shared/data/petrarch2-unittest/PETR.UnitTest.records.xml): codes
each record's <Text> (not its parse) with the dictionaries its <Environment> names (instead of dyad's own), honours
its <Config> options (require_dyad, new_actor_length, comma_*) and <Include> categories, and compares the events
with the record's <EventCoding>s: the source-target-event triples must match exactly, as in PETRARCH.

Options:
  --format text|jsonl    text: one line per record, PASS, FAIL (expected vs got) or SKIP (why), then the counts
                         (default); jsonl: one JSON object per record, then a summary object.
  --show all|fail|none   which records to print in text format (default all); the counts are always printed.
  -h, --help             this help.

Records are skipped when their category is not in <Include>, when they test a malformed parse, or when their parse
holds words their text does not (the expected codes follow the parse). See docs/petrarch.md.

Exit status: 0 when the file ran (whatever the pass rate), 1 when it or its dictionaries cannot be read, 2 on bad usage.

Example:
  dyad validate ../shared/data/petrarch2-unittest/PETR.UnitTest.records.xml --show fail`;

export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: { format: 'one', show: 'one' } });
  if (args.flags.has('help')) { io.out(VALIDATE_HELP + '\n'); return 0; }
  const format = choice(args, 'format', ['text', 'jsonl'] as const, 'text');
  const show = choice(args, 'show', ['all', 'fail', 'none'] as const, 'all');
  if (args.positional.length !== 1) throw new DyadError('DYAD_ERR_USAGE', 'give one validation file (see --help)');
  const file = args.positional[0];
  if (!existsSync(file)) throw new DyadError('DYAD_ERR_NOT_FOUND', `${file}: no such file`);
  const run = runValidation(file);
  for (const p of run.problems) io.err(`dyad: ${p.id}: ${p.message} (DYAD_ERR_DICT_PARSE; line skipped)\n`);
  const sum = summary(run.results);
  const totals = { ...sum, rate: Math.round(sum.rate * 1000) / 10, records: run.results.length, stoppedAt: run.stoppedAt };
  if (format === 'jsonl') {
    for (const r of run.results) io.out(JSON.stringify(r) + '\n');
    io.out(JSON.stringify({ summary: totals }) + '\n');
    return 0;
  }
  for (const r of run.results) if (show === 'all' || (show === 'fail' && r.outcome === 'fail')) io.out(line(r));
  io.out(`${run.results.length} records: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped; ` +
    `${totals.rate}% of the ${sum.passed + sum.failed} run passed${run.stoppedAt ? ` (stopped at <Stop>, line ${run.stoppedAt})` : ''}\n`);
  return 0;
}

function line(r: RecordResult): string {
  if (r.outcome === 'pass') return `PASS ${r.id}\n`;
  if (r.outcome === 'skip') return `SKIP ${r.id}: ${r.reason}\n`;
  const list = (xs: string[]) => (xs.length ? xs.join(' | ') : 'no events');
  return `FAIL ${r.id} (line ${r.line})\n  expected: ${list(r.expected)}\n  got:      ${list(r.got)}\n`;
}
