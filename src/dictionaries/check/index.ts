// `dyad dict check`: loads each file as the kind it is (native or PETRARCH format, detected) and reports what cannot
// be read (errors) and what will not do what it seems to say (warnings), each at path:line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultVerbFiles, emptyVerbLexicon, addVerbFile } from '../../coder/verb-lexicon.js';
import { loadCodebook } from '../../coder/codebook.js';
import { grammar } from '../../lexicon/grammar.js';
import { detectKind, type DictionaryKind } from '../detect.js';
import { loadForCheck, type Loaded } from './load.js';
import { actorFindings, agentFindings } from './actor-checks.js';
import { verbFindings } from './verb-checks.js';
import type { Finding } from './types.js';

export interface CheckedFile { file: string; kind: DictionaryKind }

/** `codeLists`: files whose lines start with three-letter CAMEO actor codes (countries, types, groups), to check codes against. */
export function checkFiles(files: string[], codeLists: string[] = []): { files: CheckedFile[]; findings: Finding[] } {
  const book = loadCodebook();
  // Event codes are checked against the CAMEO codebook; "---" (PETRARCH's no-event code) is fine.
  const known = (c: string) => book.codes.has(c);
  const sets = emptyVerbLexicon();
  const setFile = defaultVerbFiles().find((f) => path.basename(f).startsWith('00-'));
  if (setFile) addVerbFile(sets, setFile, known);
  const loaded: Loaded[] = [];
  const checked: CheckedFile[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const kind = detectKind(file);
    checked.push({ file, kind });
    const l = loadForCheck(file, kind, known, sets);
    loaded.push(l);
    for (const p of l.problems) findings.push({ id: p.id, severity: 'error', message: p.message });
    for (const p of l.unsupported) findings.push({ id: p.id, severity: 'warning', message: p.message });
    if (l.verbs) findings.push(...verbFindings(l.verbs, new Set(grammar().modals.keys())));
    findings.push(...discardFindings(l));
  }
  findings.push(...actorFindings(loaded, codeParts(codeLists)));
  findings.push(...agentFindings(loaded));
  return { files: checked, findings };
}

/** Three-letter codes from code lists: the first field of each line (a header row without a code is passed over). */
function codeParts(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const code = line.split(/[\t ,;]/)[0].trim().toUpperCase();
      if (/^[A-Z0-9]{3}$/.test(code)) out.add(code);
    }
  }
  return out;
}

function discardFindings(l: Loaded): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  for (const d of l.discards) {
    const k = `${d.scope} ${d.tokens.join(' ')}`;
    const had = seen.get(k);
    if (had) out.push({ id: d.id, severity: 'warning', message: `the same discard phrase is at ${had}` });
    else seen.set(k, d.id);
    if (d.stem && d.tokens.length === 1 && d.tokens[0].length < 4) out.push({ id: d.id, severity: 'warning', message: `"${d.tokens[0]}" is read as the start of a word and matches many words; end it with "_" to match it whole` });
  }
  return out;
}
