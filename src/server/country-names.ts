// Country codes -> their names, from our own country dictionary (the first phrase of each `name` line), so the
// dashboard can say "South Korea" for KOR.
import path from 'node:path';
import { phrases, readDataLines, ROOT } from '../lexicon/read-lines.js';

let names: Map<string, string> | null = null;

export function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const l of readDataLines(path.join(ROOT, 'data', 'actors', 'countries.txt'))) {
    const [code, role, list] = l.fields;
    const first = phrases(list)[0];
    if (role === 'name' && first && !names.has(code)) names.set(code, first);
  }
  return names;
}
