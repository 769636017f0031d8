// Which 3-letter segments of actor codes are countries and which are types, read from our own dictionaries
// (data/actors/countries.txt names, data/agents.txt agents), for splitting codes in exports and alerts.
import path from 'node:path';
import { addAgentFile, emptyActorLexicon } from '../actors/lexicon.js';
import { readDataLines, ROOT } from '../lexicon/read-lines.js';
import type { CodeSets } from '../export/actor-code-parts.js';

export function codeSets(): CodeSets {
  const countries = new Set<string>();
  for (const l of readDataLines(path.join(ROOT, 'data', 'actors', 'countries.txt'))) {
    const [code, role] = l.fields;
    if (role === 'name' && /^[A-Z]{3}$/.test(code ?? '')) countries.add(code);
  }
  const lex = emptyActorLexicon();
  addAgentFile(lex, path.join(ROOT, 'data', 'agents.txt'));
  return { countries, types: lex.agentCodes };
}
