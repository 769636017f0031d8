// The compiled knowledge the coder runs on: dictionaries, verb patterns, codebook and grammar words, loaded once.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { addActorFile, addAgentFile, defaultActorFiles, emptyActorLexicon, type ActorLexicon } from './actors/lexicon.js';
import { addVerbFile, defaultVerbFiles, emptyVerbLexicon, type VerbLexicon } from './coder/verb-lexicon.js';
import { loadCodebook, type Codebook } from './coder/codebook.js';
import { grammar, type Grammar } from './lexicon/grammar.js';
import { ROOT, type DataProblem } from './lexicon/read-lines.js';
import { addDiscardFile, emptyDiscards, type Discards } from './dictionaries/discards.js';
import { addPetrarchActors } from './dictionaries/petrarch/actors.js';
import { addPetrarchAgents } from './dictionaries/petrarch/agents.js';
import { addPetrarchVerbs } from './dictionaries/petrarch/verbs.js';

export interface Model {
  actors: ActorLexicon;
  verbs: VerbLexicon;
  codebook: Codebook;
  grammar: Grammar;
  /** Phrases that leave a sentence (or a whole article) uncoded. */
  discards: Discards;
  /** Problems of files read besides the lexicons (discard lists). */
  problems: DataProblem[];
}

export interface ModelOptions {
  /** Extra files in our native format, read after the defaults (later entries extend or override). */
  actorFiles?: string[];
  agentFiles?: string[];
  verbFiles?: string[];
  /** PETRARCH-format dictionaries (docs/petrarch.md), read after dyad's own. */
  petrarchVerbFiles?: string[];
  petrarchActorFiles?: string[];
  petrarchAgentFiles?: string[];
  /** Discard lists (PETRARCH's format, which dyad's data/discards.txt shares). */
  discardFiles?: string[];
  /** Accept any event code, not only the codebook's (the PETRARCH validation suite has codes of its own). */
  anyCode?: boolean;
  /**
   * Leave out the codebook's CAMEO rules, frames (data/cameo/frames.tsv) and reciprocal codes: for dictionaries
   * whose codes are not CAMEO's (the PETRARCH validation suite's are mostly WEIS).
   */
  noCameoRules?: boolean;
  /** Leave out the embedded defaults: dyad's own dictionaries, discards, and the gazetteer's places as actors. */
  noDefaults?: boolean;
}

export function loadModel(opts: ModelOptions = {}): Model {
  const codebook = loadCodebook();
  if (opts.noCameoRules) { codebook.frames.clear(); codebook.reciprocal = []; }
  const actors = emptyActorLexicon();
  actors.places = !opts.noDefaults;
  const defaults = opts.noDefaults ? { actors: [], agents: [] } : defaultActorFiles();
  for (const f of [...defaults.agents, ...(opts.agentFiles ?? [])]) addAgentFile(actors, f);
  for (const f of [...defaults.actors, ...(opts.actorFiles ?? [])]) addActorFile(actors, f);
  for (const f of opts.petrarchAgentFiles ?? []) addPetrarchAgents(actors, f);
  for (const f of opts.petrarchActorFiles ?? []) addPetrarchActors(actors, f);
  const verbs = emptyVerbLexicon();
  const known = (c: string) => opts.anyCode || codebook.codes.size === 0 || codebook.codes.has(c);
  for (const f of [...(opts.noDefaults ? [] : defaultVerbFiles()), ...(opts.verbFiles ?? [])]) addVerbFile(verbs, f, known);
  for (const f of opts.petrarchVerbFiles ?? []) addPetrarchVerbs(verbs, f, { acceptCode: known });
  const discards = emptyDiscards();
  const problems: DataProblem[] = [];
  const ownDiscards = path.join(ROOT, 'data', 'discards.txt');
  for (const f of [...(opts.noDefaults || !existsSync(ownDiscards) ? [] : [ownDiscards]), ...(opts.discardFiles ?? [])]) problems.push(...addDiscardFile(discards, f));
  return { actors, verbs, codebook, grammar: grammar(), discards, problems };
}

export function modelProblems(m: Model): DataProblem[] {
  return [...m.codebook.problems, ...m.actors.problems, ...m.verbs.problems, ...m.problems];
}
