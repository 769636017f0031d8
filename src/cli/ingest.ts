// `dyad ingest`: sources in, a growing SQLite event store out. Each article is stored whole in one transaction, so
// an interrupted run loses nothing committed and a rerun resumes (stored content is recognised by its hash).
import { choice, isoDate, one, parseArgs } from './args.js';
import { Progress, zeroCounts, type ProgressMode } from './progress.js';
import type { Io } from './io.js';
import { DyadError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../article/decode.js';
import { loadModel, modelProblems, type Model, type ModelOptions } from '../model.js';
import { MINHASH } from '../analysis/minhash.js';
import { readSources, totalBytes } from '../ingest/read-sources.js';
import { ingestArticle } from '../ingest/ingest-article.js';
import { ArticleStore } from '../store/article-store.js';
import { closeStore, DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_DB, openStore } from '../store/open.js';
import { dbError, isSqliteError } from '../store/db-errors.js';

export const INGEST_HELP = `Usage: dyad ingest SOURCE... [options]

Reads news, codes it into events and stores articles, sentences, events, mentions, quotes and actors in one
SQLite file. A SOURCE is:
  FILE.txt               one article of plain text
  FILE.html              a web page: main text (boilerplate dropped), title, byline, outlet and date from its metadata
  FILE.jsonl             one article a line: {"id", "text", "date", "url", "title"} ("text" required)
  FILE.xml|.rss|.atom    an RSS or Atom feed: each item's content or description is an article
  URL                    http(s): a page or a feed, fetched
  DIRECTORY              every .txt .html .htm .jsonl .ndjson .xml .rss .atom file (and files without an
                         extension) below it, in name order; hidden files are skipped
  -                      standard input (the default), its kind recognised from its first bytes

An article's date is taken from its metadata (meta article:published_time, JSON-LD datePublished, <time>,
RSS pubDate, Atom published, the JSONL "date"), else from its dateline ("SEOUL, June 17 (Reuters) -"), else from
--date; which one is stored with it (articles.date_origin).

The same text ingested again is skipped. A near-duplicate of a stored article (MinHash over ${MINHASH.shingle}-word shingles,
estimated Jaccard similarity >= ${MINHASH.threshold}) is stored and linked to it (articles.duplicate_of) but not coded again.
The same event (source, target, CAMEO code, date) reported by several articles is one event with several mentions.

Options:
  --db FILE              the database (default ./${DEFAULT_DB}); created if missing.
  --date YYYY-MM-DD      date for articles with neither metadata nor a dateline; dateline years are read against it.
  --similarity X         near-duplicate threshold, 0 < X <= 1 (default ${MINHASH.threshold}).
  --progress MODE        bar | summary | none (default: bar when stderr is a terminal, else summary).
  --busy-timeout MS      how long to wait for another process's lock (default ${DEFAULT_BUSY_TIMEOUT_MS}).
  --fetch-timeout MS     how long to wait for a URL (default 30000).
  --max-bytes N          largest article (or JSONL line) accepted (default ${DEFAULT_MAX_BYTES}).
  --actors FILE          extra actor dictionary (repeatable); --agents FILE, --verbs FILE likewise.
  --stats                also print the counts as one JSON line on stderr at the end.
  -h, --help             this help.

Exit status: 0 when every source was read and stored; 1 when any source, record or article failed (each is named
on stderr and the rest are still stored); 2 on bad usage.

Examples:
  dyad ingest news/ --db events.sqlite
  dyad ingest https://example.org/world/rss.xml --db events.sqlite
  zcat dump.jsonl.gz | dyad ingest - --date 2020-06-17`;

/** The default model, loaded once per process (tests run many commands in one process). */
let defaultModel: Model | null = null;

function model(opts: ModelOptions): Model {
  const custom = Boolean(opts.actorFiles?.length || opts.agentFiles?.length || opts.verbFiles?.length);
  if (custom) return loadModel(opts);
  return (defaultModel ??= loadModel());
}

function positiveInt(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new DyadError('DYAD_ERR_USAGE', `--${name} must be a whole number, not "${v}"`);
  return n;
}

export async function ingestCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    values: {
      db: 'one', date: 'one', similarity: 'one', progress: 'one', 'busy-timeout': 'one', 'fetch-timeout': 'one',
      'max-bytes': 'one', actors: 'many', agents: 'many', verbs: 'many',
    },
    flags: ['stats'],
  });
  if (args.flags.has('help')) { io.out(INGEST_HELP + '\n'); return 0; }
  const userDate = isoDate(one(args, 'date'), '--date');
  const threshold = Number(one(args, 'similarity') ?? MINHASH.threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new DyadError('DYAD_ERR_USAGE', `--similarity must be a number in (0, 1], not "${one(args, 'similarity')}"`);
  const mode: ProgressMode = one(args, 'progress') === undefined
    ? (process.stderr.isTTY ? 'bar' : 'summary')
    : choice(args, 'progress', ['bar', 'summary', 'none'] as const, 'summary');
  const busyTimeoutMs = positiveInt(one(args, 'busy-timeout'), 'busy-timeout', DEFAULT_BUSY_TIMEOUT_MS);
  const fetchTimeoutMs = positiveInt(one(args, 'fetch-timeout'), 'fetch-timeout', 30000);
  const maxBytes = positiveInt(one(args, 'max-bytes'), 'max-bytes', DEFAULT_MAX_BYTES);
  const file = one(args, 'db') ?? DEFAULT_DB;

  const store = openStore(file, { busyTimeoutMs });
  try {
    const m = model({ actorFiles: args.values.get('actors'), agentFiles: args.values.get('agents'), verbFiles: args.values.get('verbs') });
    for (const p of modelProblems(m)) io.err(`dyad: ${p.id}: ${p.message} (DYAD_ERR_DICT_PARSE; line skipped)\n`);
    const writer = new ArticleStore(store.db);
    const counts = zeroCounts();
    const progress = new Progress(io.err, mode, totalBytes(args.positional));
    let bytes = 0;
    for await (const item of readSources(args.positional, { userDate, maxBytes, stdin: io.stdin, fetchTimeoutMs })) {
      bytes += 'error' in item ? item.bytes : item.article.bytes;
      counts.read++;
      if ('error' in item) {
        counts.failed++;
        progress.message(`dyad ingest: ${item.error.message} (${item.error.code})`);
      } else {
        try {
          const r = ingestArticle(item.article, writer, m, threshold);
          if (r.kind === 'already') counts.already++;
          else if (r.kind === 'duplicate') counts.duplicate++;
          else { counts.coded++; counts.mentions += r.mentions; counts.newEvents += r.newEvents; }
        } catch (e) {
          // A database failure (a lock held too long, a full disk) fails this article; the next may go in.
          counts.failed++;
          const origin = item.article.origin;
          const err = isSqliteError(e) ? dbError(e, file, 'storing an article', busyTimeoutMs) : null;
          progress.message(err
            ? `dyad ingest: ${origin}: not stored: ${err.message} (${err.code})`
            : `dyad ingest: ${origin}: failed: ${(e as Error).stack ?? e}`);
        }
      }
      progress.tick(counts, bytes);
    }
    progress.done(counts);
    if (args.flags.has('stats')) io.err(JSON.stringify({ ...counts, ms: progress.elapsedMs(), db: file }) + '\n');
    return counts.failed ? 1 : 0;
  } finally {
    closeStore(store);
  }
}
