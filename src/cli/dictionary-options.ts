// The dictionary options `dyad code` (and any command that codes) shares: dyad's own format, PETRARCH's format,
// discard lists, a JSON config naming them, and leaving out the defaults. Files are checked before loading.
import { existsSync, statSync } from 'node:fs';
import { DyadError } from '../errors.js';
import type { ModelOptions } from '../model.js';
import { FILE_KEYS, mergeOptions, readDictionaryConfig } from '../dictionaries/config.js';
import { one, type OptionSpec, type ParsedArgs } from './args.js';

export const DICTIONARY_OPTIONS: Required<Pick<OptionSpec, 'values' | 'flags'>> = {
  values: { actors: 'many', agents: 'many', verbs: 'many', 'petrarch-verbs': 'many', 'petrarch-actors': 'many', 'petrarch-agents': 'many', discards: 'many', config: 'one' },
  flags: ['no-defaults'],
};

export const DICTIONARY_HELP = `  --actors FILE          extra actor dictionary in dyad's format (repeatable); --agents FILE, --verbs FILE likewise.
  --petrarch-verbs FILE  PETRARCH verb dictionary: PETRARCH-2 (CAMEO.2.0.txt) or a PETRARCH-1 pattern file (repeatable).
  --petrarch-actors FILE PETRARCH actor dictionary, with synonyms and date-restricted codes (repeatable).
  --petrarch-agents FILE PETRARCH agent dictionary (~GOV suffixes, {plurals}) (repeatable).
  --discards FILE        discard list: sentences with one of its phrases code nothing, "+" phrases the whole article.
  --config FILE          a JSON file naming dictionaries: {"petrarchVerbs": [...], "petrarchActors": [...],
                         "petrarchAgents": [...], "discards": [...], "actors": [...], "agents": [...], "verbs": [...],
                         "noDefaults": false}; paths relative to the file. Options on the command line add to it.
  --no-defaults          leave out dyad's own dictionaries: code with the files given only.
                         PETRARCH formats: docs/petrarch.md.`;

const FLAG_FIELDS = {
  actors: 'actorFiles', agents: 'agentFiles', verbs: 'verbFiles',
  'petrarch-verbs': 'petrarchVerbFiles', 'petrarch-actors': 'petrarchActorFiles', 'petrarch-agents': 'petrarchAgentFiles', discards: 'discardFiles',
} as const;

export function dictionaryOptions(args: ParsedArgs): ModelOptions {
  const config = one(args, 'config');
  let opts: ModelOptions = config ? readDictionaryConfig(config) : {};
  const given: ModelOptions = {};
  for (const [flag, field] of Object.entries(FLAG_FIELDS)) {
    const v = args.values.get(flag);
    if (v?.length) given[field] = v;
  }
  opts = mergeOptions(opts, given);
  if (args.flags.has('no-defaults')) opts.noDefaults = true;
  for (const field of Object.values(FILE_KEYS)) {
    for (const f of opts[field] ?? []) {
      if (!existsSync(f) || !statSync(f).isFile()) throw new DyadError('DYAD_ERR_NOT_FOUND', `${f}: no such dictionary file`);
    }
  }
  return opts;
}
