// `dyad dict check FILE...` and `dyad dict missing CORPUS...`: tools for keeping dictionaries current.
import { existsSync, statSync } from 'node:fs';
import { choice, one, parseArgs } from './args.js';
import { DyadError } from '../errors.js';
import { checkFiles } from '../dictionaries/check/index.js';
import { MissingCounter } from '../dictionaries/missing.js';
import { loadModel, modelProblems } from '../model.js';
import { readSources } from '../ingest/read-sources.js';
import { DEFAULT_MAX_BYTES } from '../article/decode.js';
import { clip, textTable } from './table.js';
import { DICTIONARY_HELP, DICTIONARY_OPTIONS, dictionaryOptions } from './dictionary-options.js';
import type { Io } from './io.js';

export const DICT_HELP = `Usage: dyad dict check FILE... [options]
       dyad dict missing CORPUS... [options]

check    Reads each dictionary file as the kind it is (dyad's own formats or PETRARCH's, detected) and reports, at
         path:line, errors (lines that cannot be read: bad codes, bad dates, unknown synsets) and warnings: unknown
         CAMEO codes, actor codes that are not CAMEO-shaped, one phrase with two codes, date ranges that overlap with
         different codes, patterns that can never fire (a head no verb can match, two slots with nothing between,
         a pattern shadowed by an identical earlier one), PETRARCH features dyad does not apply.
         Options: --format text|jsonl (default text), --errors-only, --code-list FILE (repeatable): lists of
         three-letter CAMEO actor codes (first field of each line: countries, types, known groups) to check
         every part of every actor code against.
         Exit status: 0 when no file has an error, 1 when one has, 2 on bad usage.

missing  Reads a corpus (text files, directories, JSONL with "text") and lists what no dictionary covers, most
         frequent first, with an example sentence each: actor-like phrases (names no dictionary knows, capitalised
         modifiers of nouns such as "Rohingya refugees") and verbs (lemmas of clause heads with an actor subject and
         no pattern). Dictionaries: dyad's own, plus the options below, as for dyad code.
         Options: --top N (default 30 of each kind), --kind actor|verb|all, --format table|jsonl,
         --date YYYY-MM-DD (for date-restricted actor codes, when the articles give none).
${DICTIONARY_HELP}

Examples:
  dyad dict check data/actors/people.txt ../shared/data/ontology/petrarch2-dictionaries/Phoenix.agents.txt
  dyad dict missing ../shared/data/guardian-sdf-sample --top 20`;

export async function dictCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') { io.out(DICT_HELP + '\n'); return sub ? 0 : 2; }
  if (sub === 'check') return check(rest, io);
  if (sub === 'missing') return missing(rest, io);
  throw new DyadError('DYAD_ERR_USAGE', `unknown dict command "${sub}" (check or missing)`);
}

async function check(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: { format: 'one', 'code-list': 'many' }, flags: ['errors-only'] });
  if (args.flags.has('help')) { io.out(DICT_HELP + '\n'); return 0; }
  const format = choice(args, 'format', ['text', 'jsonl'] as const, 'text');
  if (!args.positional.length) throw new DyadError('DYAD_ERR_USAGE', 'give one or more dictionary files');
  const lists = args.values.get('code-list') ?? [];
  for (const f of [...args.positional, ...lists]) if (!existsSync(f) || !statSync(f).isFile()) throw new DyadError('DYAD_ERR_NOT_FOUND', `${f}: no such file`);
  const { files, findings } = checkFiles(args.positional, lists);
  const shown = args.flags.has('errors-only') ? findings.filter((f) => f.severity === 'error') : findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (format === 'jsonl') {
    for (const f of files) io.out(JSON.stringify({ file: f.file, kind: f.kind }) + '\n');
    for (const f of shown) io.out(JSON.stringify(f) + '\n');
  } else {
    for (const f of files) io.out(`${f.file}: read as ${f.kind}\n`);
    for (const f of shown) io.out(`${f.id}: ${f.severity}: ${f.message}\n`);
    io.out(`${errors} error(s), ${findings.length - errors} warning(s) in ${files.length} file(s)\n`);
  }
  return errors ? 1 : 0;
}

async function missing(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    values: { top: 'one', kind: 'one', format: 'one', date: 'one', ...DICTIONARY_OPTIONS.values },
    flags: [...DICTIONARY_OPTIONS.flags],
  });
  if (args.flags.has('help')) { io.out(DICT_HELP + '\n'); return 0; }
  const format = choice(args, 'format', ['table', 'jsonl'] as const, 'table');
  const kind = choice(args, 'kind', ['actor', 'verb', 'all'] as const, 'all');
  const top = Number(one(args, 'top') ?? 30);
  if (!Number.isInteger(top) || top <= 0) throw new DyadError('DYAD_ERR_USAGE', '--top must be a positive whole number');
  const model = loadModel(dictionaryOptions(args));
  for (const p of modelProblems(model)) io.err(`dyad: ${p.id}: ${p.message} (DYAD_ERR_DICT_PARSE; line skipped)\n`);
  const counter = new MissingCounter(model);
  let failed = 0;
  let articles = 0;
  const specs = args.positional.length ? args.positional : ['-'];
  for await (const item of readSources(specs, { userDate: one(args, 'date') ?? null, maxBytes: DEFAULT_MAX_BYTES, stdin: io.stdin, fetchTimeoutMs: 30000 })) {
    if ('error' in item) { failed++; io.err(`dyad: ${item.error.message} (${item.error.code})\n`); continue; }
    counter.add(item.article);
    articles++;
  }
  const rows = counter.result(top).filter((r) => kind === 'all' || r.kind === kind);
  if (format === 'jsonl') for (const r of rows) io.out(JSON.stringify(r) + '\n');
  else {
    io.out(textTable(['kind', 'phrase', 'count', 'articles', 'example'], rows.map((r) => [r.kind, r.phrase, r.count, r.articles, clip(r.example, 90)])));
    io.err(`${articles} article(s) read\n`);
  }
  return failed ? 1 : 0;
}
