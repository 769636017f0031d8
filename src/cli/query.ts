// `dyad query`: stored events matching filters, as a table, JSONL or CSV.
import { choice, one, parseArgs } from './args.js';
import { FILTER_HELP, FILTER_OPTIONS, readFilter } from './filters.js';
import { clip, textTable } from './table.js';
import type { Io } from './io.js';
import { DyadError } from '../errors.js';
import { countEvents, mentionsOf, selectEvents, type EventRow } from '../store/event-query.js';
import { closeStore, DEFAULT_DB, openStore, type Db } from '../store/open.js';
import { CSV_COLUMNS, csvRow } from '../export/csv.js';

export const QUERY_HELP = `Usage: dyad query [filters] [options]

Prints the stored events that match every filter, in date order. Each event is counted once however many articles
reported it; its mentions say how many did.

${FILTER_HELP}

Options:
  --db FILE              the database (default ./${DEFAULT_DB}).
  --format FORMAT        table (default), jsonl (the event record of the first report, plus eventId, numMentions,
                         numArticles, numSources) or csv.
  --limit N              at most N events (table default 50; jsonl and csv default all).
  --mentions             jsonl: add "mentions", the list of reports {record, article, sentence, url}.
  -h, --help             this help.

Examples:
  dyad query --dyad PRK,KOR --from 2020-06-01 --to 2020-06-30
  dyad query --country SYR --quad 4 --format csv > syria.csv
  dyad query --text "nuclear test" --format jsonl`;

export function readLimit(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new DyadError('DYAD_ERR_USAGE', `--limit must be a whole number, not "${v}"`);
  return n;
}

/** A stored event as JSONL: the coder's record with the store's counts. */
export function eventJson(e: EventRow, db: Db | null = null): string {
  const out: Record<string, unknown> = { ...JSON.parse(e.json), eventId: e.eid, numMentions: e.num_mentions, numArticles: e.num_articles, numSources: e.num_sources };
  if (db) out.mentions = mentionsOf(db, [e.eid]).map((m) => ({ record: m.record_id, article: m.article_id, sentence: m.sentence, url: m.url }));
  return JSON.stringify(out) + '\n';
}

const actor = (code: string | null, text: string | null) => (code ?? (text ? `?${clip(text, 18)}` : ''));

export async function queryCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: { ...FILTER_OPTIONS, db: 'one', format: 'one', limit: 'one' }, flags: ['mentions'] });
  if (args.flags.has('help')) { io.out(QUERY_HELP + '\n'); return 0; }
  if (args.positional.length) throw new DyadError('DYAD_ERR_USAGE', `unexpected argument "${args.positional[0]}" (filters are options: see --help)`);
  const format = choice(args, 'format', ['table', 'jsonl', 'csv'] as const, 'table');
  const filter = readFilter(args);
  const limit = readLimit(one(args, 'limit')) ?? (format === 'table' ? 50 : undefined);
  const store = openStore(one(args, 'db') ?? DEFAULT_DB, { readonly: true });
  try {
    const rows = selectEvents(store.db, filter, limit);
    if (format === 'jsonl') for (const e of rows) io.out(eventJson(e, args.flags.has('mentions') ? store.db : null));
    else if (format === 'csv') {
      io.out(CSV_COLUMNS.join(',') + '\n');
      for (const e of rows) io.out(csvRow(e));
    } else {
      const list = [...rows];
      io.out(textTable(
        ['id', 'date', 'source', 'target', 'cameo', 'quad', 'goldstein', 'plover', 'mentions', 'text'],
        list.map((e) => [e.eid, e.date ?? '', actor(e.source_code, e.source_text), actor(e.target_code, e.target_text), e.cameo, e.quad_class, e.goldstein, e.plover_type, e.num_mentions, clip(e.text, 70)]),
      ));
      const total = countEvents(store.db, filter);
      if (total > list.length) io.err(`dyad query: showing ${list.length} of ${total} events (raise --limit, or use --format jsonl|csv)\n`);
    }
    return 0;
  } finally {
    closeStore(store);
  }
}
