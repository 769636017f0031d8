// A JSON file naming the dictionaries to load, so a project's set of files lives in one place:
// {"petrarchVerbs": "CAMEO.2.0.txt", "petrarchActors": ["Phoenix.Countries.actors.txt"], "discards": [...]}.
// Paths are relative to the config file. Keys: the ModelOptions names below (a string or a list each).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DyadError } from '../errors.js';
import type { ModelOptions } from '../model.js';

/** Config keys -> ModelOptions fields holding file lists. */
export const FILE_KEYS = {
  actors: 'actorFiles',
  agents: 'agentFiles',
  verbs: 'verbFiles',
  petrarchVerbs: 'petrarchVerbFiles',
  petrarchActors: 'petrarchActorFiles',
  petrarchAgents: 'petrarchAgentFiles',
  discards: 'discardFiles',
} as const satisfies Record<string, keyof ModelOptions>;

export function readDictionaryConfig(file: string): ModelOptions {
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(file, 'utf8')); } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new DyadError(missing ? 'DYAD_ERR_NOT_FOUND' : 'DYAD_ERR_USAGE', `${file}: ${missing ? 'no such config file' : `not JSON (${(e as Error).message})`}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new DyadError('DYAD_ERR_USAGE', `${file}: the config must be a JSON object`);
  const dir = path.dirname(file);
  const out: ModelOptions = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'noDefaults') {
      if (typeof value !== 'boolean') throw new DyadError('DYAD_ERR_USAGE', `${file}: "noDefaults" must be true or false`);
      out.noDefaults = value;
      continue;
    }
    const field = FILE_KEYS[key as keyof typeof FILE_KEYS];
    if (!field) throw new DyadError('DYAD_ERR_USAGE', `${file}: unknown key "${key}" (known: ${[...Object.keys(FILE_KEYS), 'noDefaults'].join(', ')})`);
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new DyadError('DYAD_ERR_USAGE', `${file}: "${key}" must be a file name or a list of them`);
    out[field] = list.map((f) => path.resolve(dir, f));
  }
  return out;
}

/** Later options add to earlier ones (lists are joined). */
export function mergeOptions(a: ModelOptions, b: ModelOptions): ModelOptions {
  const out: ModelOptions = { ...a, ...b };
  for (const field of Object.values(FILE_KEYS)) {
    const joined = [...(a[field] ?? []), ...(b[field] ?? [])];
    if (joined.length) out[field] = joined;
  }
  return out;
}
