// The compiled knowledge the coder runs on: dictionaries, verb patterns, codebook and grammar words, loaded once.
import { addActorFile, addAgentFile, defaultActorFiles, emptyActorLexicon, type ActorLexicon } from './actors/lexicon.js';
import { addVerbFile, defaultVerbFiles, emptyVerbLexicon, type VerbLexicon } from './coder/verb-lexicon.js';
import { loadCodebook, type Codebook } from './coder/codebook.js';
import { grammar, type Grammar } from './lexicon/grammar.js';
import type { DataProblem } from './lexicon/read-lines.js';

export interface Model {
  actors: ActorLexicon;
  verbs: VerbLexicon;
  codebook: Codebook;
  grammar: Grammar;
}

export interface ModelOptions {
  /** Extra files in our native format, read after the defaults (later entries extend or override). */
  actorFiles?: string[];
  agentFiles?: string[];
  verbFiles?: string[];
  /** Leave out the embedded defaults. */
  noDefaults?: boolean;
}

export function loadModel(opts: ModelOptions = {}): Model {
  const codebook = loadCodebook();
  const actors = emptyActorLexicon();
  const defaults = opts.noDefaults ? { actors: [], agents: [] } : defaultActorFiles();
  for (const f of [...defaults.agents, ...(opts.agentFiles ?? [])]) addAgentFile(actors, f);
  for (const f of [...defaults.actors, ...(opts.actorFiles ?? [])]) addActorFile(actors, f);
  const verbs = emptyVerbLexicon();
  const known = (c: string) => codebook.codes.size === 0 || codebook.codes.has(c);
  for (const f of [...(opts.noDefaults ? [] : defaultVerbFiles()), ...(opts.verbFiles ?? [])]) addVerbFile(verbs, f, known);
  return { actors, verbs, codebook, grammar: grammar() };
}

export function modelProblems(m: Model): DataProblem[] {
  return [...m.codebook.problems, ...m.actors.problems, ...m.verbs.problems];
}
