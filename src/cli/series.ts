// `dyad series A B`: a dyad's events per day, week or month, both directions.
import { choice, isoDate, one, parseArgs } from './args.js';
import { textTable } from './table.js';
import type { Io } from './io.js';
import { DyadError } from '../errors.js';
import { buildSeries, type Cell, type SeriesRow } from '../analysis/series.js';
import { PERIODS, type Period } from '../analysis/periods.js';
import { dyadCounts } from '../store/aggregates.js';
import { closeStore, DEFAULT_DB, openStore } from '../store/open.js';
import { csvLine } from '../export/csv.js';

export const SERIES_HELP = `Usage: dyad series A B [options]

Counts the events between actors A and B (code prefixes: PRK matches PRK, PRKGOV, PRKMIL) per period: for A->B,
B->A and both, the number of events, the number in each quad class (q1 verbal cooperation, q2 material
cooperation, q3 verbal conflict, q4 material conflict), and the Goldstein sum and mean. Periods with no events
are listed with zeros. Events dated less precisely than the period are left out (their number is shown on stderr).

Options:
  --by day|week|month    period (default week; weeks start on Monday and are named by that date).
  --from YYYY-MM-DD      first day (default: the first event).
  --to YYYY-MM-DD        last day (default: the last event).
  --db FILE              the database (default ./${DEFAULT_DB}).
  --format FORMAT        table (default), jsonl ({period, ab, ba, both}) or csv.
  -h, --help             this help.

Example:
  dyad series PRK KOR --by month --from 2020-01-01`;

const cellCols = (p: string) => [`${p}_events`, `${p}_q1`, `${p}_q2`, `${p}_q3`, `${p}_q4`, `${p}_goldstein_sum`, `${p}_goldstein_mean`];
const cellVals = (c: Cell) => [c.events, ...c.quad, c.goldsteinSum, c.goldsteinMean];

export async function seriesCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: { by: 'one', from: 'one', to: 'one', db: 'one', format: 'one' } });
  if (args.flags.has('help')) { io.out(SERIES_HELP + '\n'); return 0; }
  if (args.positional.length !== 2) throw new DyadError('DYAD_ERR_USAGE', `series takes two actor codes, A and B (got ${args.positional.length})`);
  const [a, b] = args.positional.map((s) => s.toUpperCase());
  for (const c of [a, b]) if (!/^[A-Z0-9]{1,15}$/.test(c)) throw new DyadError('DYAD_ERR_USAGE', `"${c}" is not an actor code`);
  const by = choice(args, 'by', PERIODS, 'week') as Period;
  const format = choice(args, 'format', ['table', 'jsonl', 'csv'] as const, 'table');
  const range = { from: isoDate(one(args, 'from'), '--from') ?? undefined, to: isoDate(one(args, 'to'), '--to') ?? undefined };
  const store = openStore(one(args, 'db') ?? DEFAULT_DB, { readonly: true });
  try {
    const series = buildSeries(dyadCounts(store.db, a, b, range), by, range);
    write(io, series.rows, format, a, b);
    if (series.imprecise) io.err(`dyad series: ${series.imprecise} events dated only by ${by === 'month' ? 'year' : 'month or year'} left out\n`);
    return 0;
  } finally {
    closeStore(store);
  }
}

function write(io: Io, rows: SeriesRow[], format: 'table' | 'jsonl' | 'csv', a: string, b: string): void {
  if (format === 'jsonl') { for (const r of rows) io.out(JSON.stringify({ ...r, a, b }) + '\n'); return; }
  if (format === 'csv') {
    io.out(csvLine(['period', ...cellCols('ab'), ...cellCols('ba'), ...cellCols('both')]));
    for (const r of rows) io.out(csvLine([r.period, ...cellVals(r.ab), ...cellVals(r.ba), ...cellVals(r.both)]));
    return;
  }
  const mean = (c: Cell) => c.goldsteinMean;
  const quads = (c: Cell) => c.quad.join('/');
  io.out(textTable(
    ['period', `${a}->${b}`, 'q1/q2/q3/q4', 'gsum', 'gmean', `${b}->${a}`, 'q1/q2/q3/q4', 'gsum', 'gmean', 'both', 'gsum', 'gmean'],
    rows.map((r) => [r.period, r.ab.events, quads(r.ab), r.ab.goldsteinSum, mean(r.ab), r.ba.events, quads(r.ba), r.ba.goldsteinSum, mean(r.ba), r.both.events, r.both.goldsteinSum, mean(r.both)]),
  ));
}
