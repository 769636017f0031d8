// `dyad code`: articles in, event records out.
import { createWriteStream } from 'node:fs';
import { choice, isoDate, one, parseArgs } from './args.js';
import { readInputs } from './inputs.js';
import { EventWriter } from '../export/event-formats.js';
import { explainer } from '../export/explain.js';
import { loadModel, modelProblems } from '../model.js';
import { codeArticle } from '../pipeline.js';
import { DEFAULT_MAX_BYTES } from '../article/decode.js';
import { DyadError } from '../errors.js';
import type { Io } from './io.js';
import { DICTIONARY_HELP, DICTIONARY_OPTIONS, dictionaryOptions } from './dictionary-options.js';

export const CODE_HELP = `Usage: dyad code [FILE...|-] [options]

Codes news articles into political events (CAMEO + PLOVER) and prints one event record per line.
With no FILE, or with -, reads standard input.

Options:
  --input text|jsonl     text: each FILE is one article (default).
                         jsonl: one article per line: {"id", "text", "date", "url", "title"}; only "text" is required.
  --date YYYY-MM-DD      publication date for text input, and for JSONL records without "date".
                         Event dates ("Wednesday", "last April", "a day after") are resolved against it.
  --format jsonl|json|tsv
                         jsonl: one event record per line (default); json: one array; tsv: a header row, then
                         one row per event.
  --quotes FILE          also write the attributed quotations, one JSON record per line, to FILE.
${DICTIONARY_HELP}
  --max-bytes N          largest article accepted (default ${DEFAULT_MAX_BYTES}).
  --explain              print each event as readable lines: code and label, actors, the verb and the rule
                         that fired (file:line and its text), how each actor and the date were found.
  --stats                print a summary as one JSON line on stderr at the end.
  -h, --help             this help.

Each event record carries: id, article (the record's id, or the content hash of a text file), sentence, text,
date and dateBasis, source and target actors ({text, code, country, agent, start, end}), cameo, root, quadClass,
goldstein, plover {type, mode}, modality {negated, hypothetical, future, historical}, location, and evidence
(the verb, the pattern that fired as file:line, the quotation, the speaker of reported speech).
The JSON Schema is schema/event.schema.json.

Exit status: 0 when every input was coded, 1 when any input was bad (each is named on stderr; the rest are
still coded), 2 on bad usage.

Example:
  dyad code article.txt --date 2020-06-17
  dyad code --input jsonl articles.jsonl --format tsv > events.tsv`;

export async function codeCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    values: { input: 'one', date: 'one', format: 'one', quotes: 'one', 'max-bytes': 'one', ...DICTIONARY_OPTIONS.values },
    flags: ['stats', 'explain', ...DICTIONARY_OPTIONS.flags],
  });
  if (args.flags.has('help')) { io.out(CODE_HELP + '\n'); return 0; }
  const input = choice(args, 'input', ['text', 'jsonl'] as const, 'text');
  const format = choice(args, 'format', ['jsonl', 'json', 'tsv'] as const, 'jsonl');
  const date = isoDate(one(args, 'date'), '--date');
  const maxBytes = Number(one(args, 'max-bytes') ?? DEFAULT_MAX_BYTES);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new DyadError('DYAD_ERR_USAGE', '--max-bytes must be a positive whole number');

  const t0 = performance.now();
  const model = loadModel(dictionaryOptions(args));
  for (const p of modelProblems(model)) io.err(`dyad: ${p.id}: ${p.message} (DYAD_ERR_DICT_PARSE; line skipped)\n`);
  const quotesOut = one(args, 'quotes') ? createWriteStream(one(args, 'quotes')!) : null;
  const explain = args.flags.has('explain') ? explainer(model) : null;
  const writer = explain ? null : new EventWriter(format, io.out);
  const stats = { articles: 0, sentences: 0, events: 0, quotes: 0, failed: 0, ms: 0, loadMs: Math.round(performance.now() - t0), maxRssMB: 0 };
  for await (const item of readInputs(args.positional, { format: input, date, maxBytes, stdin: io.stdin })) {
    if ('error' in item) {
      stats.failed++;
      io.err(`dyad: ${item.error.message} (${item.error.code})\n`);
      continue;
    }
    const coded = codeArticle(item.article, model);
    stats.articles++;
    stats.sentences += coded.sentences.length;
    for (const e of coded.events) if (explain) io.out(explain(e)); else writer?.event(e);
    stats.events += coded.events.length;
    stats.quotes += coded.quotes.length;
    if (quotesOut) for (const q of coded.quotes) quotesOut.write(JSON.stringify(q) + '\n');
  }
  writer?.end();
  if (quotesOut) await new Promise<void>((r) => quotesOut.end(r));
  stats.ms = Math.round(performance.now() - t0);
  stats.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  if (args.flags.has('stats')) io.err(JSON.stringify(stats) + '\n');
  return stats.failed ? 1 : 0;
}
