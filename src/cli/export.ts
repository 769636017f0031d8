// `dyad export`: stored events as GDELT 2.0 Events rows, GDELT Mentions rows, CSV or JSONL, to stdout or a file.
import { closeSync, openSync, writeSync } from 'node:fs';
import { choice, one, parseArgs } from './args.js';
import { FILTER_HELP, FILTER_OPTIONS, readFilter } from './filters.js';
import { eventJson, readLimit } from './query.js';
import type { Io } from './io.js';
import { DyadError } from '../errors.js';
import { codeSets } from './code-sets.js';
import { mentionsOf, selectEvents } from '../store/event-query.js';
import { closeStore, DEFAULT_DB, openStore } from '../store/open.js';
import { CSV_COLUMNS, csvRow } from '../export/csv.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdeltEventRow, gdeltMentionRow } from '../export/gdelt.js';

const FORMATS = ['gdelt', 'gdelt-mentions', 'csv', 'jsonl'] as const;

export const EXPORT_HELP = `Usage: dyad export --format FORMAT [filters] [options]

Writes the stored events (each distinct event once, with its mention counts) for other tools.

Formats:
  gdelt                  GDELT 2.0 Events: 61 tab-separated columns in GDELT's order, no header (add --header).
                         GLOBALEVENTID is our event id; actor code parts (country, known group, types) are split
                         from our codes; ethnic and religion codes, AvgTone (0) and the geography columns other than
                         ActionGeo name and coordinates stay empty; SOURCEURL is the first report's URL (or article id).
  gdelt-mentions         GDELT 2.0 Mentions: 16 tab-separated columns, one row per report of each event.
  csv                    one row per event with a header (columns: ${CSV_COLUMNS.slice(0, 6).join(', ')}, ...).
  jsonl                  the event record of the first report with eventId, numMentions, numArticles, numSources.

${FILTER_HELP}

Options:
  --db FILE              the database (default ./${DEFAULT_DB}).
  --out FILE             write here instead of stdout.
  --header               gdelt, gdelt-mentions: start with a header row of column names.
  --limit N              at most N events.
  -h, --help             this help.

Example:
  dyad export --format gdelt --country SYR --from 2020-01-01 --out syria.export.CSV`;

/** Output in 64 KB writes: a million rows through io.out one by one would be slow. */
function sink(io: Io, file: string | undefined): { write: (s: string) => void; close: () => void } {
  let fd: number | null = null;
  if (file) {
    try { fd = openSync(file, 'w'); } catch (e) { throw new DyadError('DYAD_ERR_NOT_FOUND', `${file}: cannot write (${(e as Error).message})`); }
  }
  let buf = '';
  const flush = () => { if (!buf) return; if (fd === null) io.out(buf); else writeSync(fd, buf); buf = ''; };
  return {
    write: (s) => { buf += s; if (buf.length > 65536) flush(); },
    close: () => { flush(); if (fd !== null) closeSync(fd); },
  };
}

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: { ...FILTER_OPTIONS, db: 'one', format: 'one', out: 'one', limit: 'one' }, flags: ['header'] });
  if (args.flags.has('help')) { io.out(EXPORT_HELP + '\n'); return 0; }
  if (args.positional.length) throw new DyadError('DYAD_ERR_USAGE', `unexpected argument "${args.positional[0]}"`);
  if (!one(args, 'format')) throw new DyadError('DYAD_ERR_USAGE', `--format is required: ${FORMATS.join(', ')}`);
  const format = choice(args, 'format', FORMATS, 'jsonl');
  const filter = readFilter(args);
  const limit = readLimit(one(args, 'limit'));
  const store = openStore(one(args, 'db') ?? DEFAULT_DB, { readonly: true });
  const out = sink(io, one(args, 'out'));
  try {
    const rows = selectEvents(store.db, filter, limit);
    if (format === 'gdelt') {
      const sets = codeSets();
      if (args.flags.has('header')) out.write(GDELT_EVENT_COLUMNS.join('\t') + '\n');
      for (const e of rows) out.write(gdeltEventRow(e, sets));
    } else if (format === 'gdelt-mentions') {
      if (args.flags.has('header')) out.write(GDELT_MENTION_COLUMNS.join('\t') + '\n');
      for (const e of rows) for (const m of mentionsOf(store.db, [e.eid])) out.write(gdeltMentionRow(m, e.date_added));
    } else if (format === 'csv') {
      out.write(CSV_COLUMNS.join(',') + '\n');
      for (const e of rows) out.write(csvRow(e));
    } else {
      for (const e of rows) out.write(eventJson(e));
    }
    return 0;
  } finally {
    out.close();
    closeStore(store);
  }
}
