// Loads one dictionary file of a known kind into fresh lexicons, keeping every entry it adds, so that the checks
// can look at entries across files (a phrase in two files with two codes).
import { readFileSync } from 'node:fs';
import { addActorFile, addAgentFile, emptyActorLexicon } from '../../actors/lexicon.js';
import type { ActorEntry, AgentEntry } from '../../actors/types.js';
import { addVerbFile, emptyVerbLexicon, type VerbLexicon } from '../../coder/verb-lexicon.js';
import type { DataProblem } from '../../lexicon/read-lines.js';
import { addPetrarchActors } from '../petrarch/actors.js';
import { addPetrarchAgents } from '../petrarch/agents.js';
import { addPetrarchVerbs } from '../petrarch/verbs.js';
import { readDiscards, type DiscardPhrase } from '../petrarch/discards.js';
import type { DictionaryKind } from '../detect.js';

export interface Loaded {
  kind: DictionaryKind;
  problems: DataProblem[];
  /** Lines that load but do not mean in dyad what they meant in PETRARCH. */
  unsupported: DataProblem[];
  actors: { key: string[]; entry: ActorEntry }[];
  agents: { key: string[]; entry: AgentEntry }[];
  verbs: VerbLexicon | null;
  discards: DiscardPhrase[];
}

export function loadForCheck(file: string, kind: DictionaryKind, knownCode: (c: string) => boolean, sets?: VerbLexicon): Loaded {
  const text = readFileSync(file, 'utf8');
  const out: Loaded = { kind, problems: [], unsupported: [], actors: [], agents: [], verbs: null, discards: [] };
  const lex = emptyActorLexicon();
  const addActor = lex.actors.add.bind(lex.actors);
  lex.actors.add = (key, entry) => { out.actors.push({ key, entry }); addActor(key, entry); };
  const addAgent = lex.agents.add.bind(lex.agents);
  lex.agents.add = (key, entry) => { out.agents.push({ key, entry }); addAgent(key, entry); };
  if (kind === 'native-actors') addActorFile(lex, file, text);
  else if (kind === 'native-agents') addAgentFile(lex, file, text);
  else if (kind === 'petrarch-actors') addPetrarchActors(lex, file, text);
  else if (kind === 'petrarch-agents') out.unsupported.push(...addPetrarchAgents(lex, file, text).unsupported);
  else if (kind === 'discards') {
    const d = readDiscards(file, text);
    out.discards = d.phrases;
    out.problems.push(...d.problems);
  } else {
    // Native pattern files use the sets of 00-sets.txt: checked with dyad's own sets unless the file has its own.
    const verbs = emptyVerbLexicon();
    if (sets) for (const [k, v] of sets.sets) verbs.sets.set(k, v);
    if (kind === 'native-verbs') addVerbFile(verbs, file, knownCode, text);
    else out.unsupported.push(...addPetrarchVerbs(verbs, file, { acceptCode: knownCode }, text).unsupported);
    out.verbs = verbs;
    out.problems.push(...verbs.problems);
  }
  out.problems.push(...lex.problems);
  return out;
}
