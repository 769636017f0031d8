// Which kind of dictionary a file is, by its lines: PETRARCH verbs have "--- VERB [code] ---" blocks and "- ..."
// patterns; PETRARCH agents "[~CODE]"; PETRARCH actors "[CODE]"; dyad's own formats TAB-separated fields
// (docs/formats.md); anything else is a list of discard phrases.
import { readFileSync } from 'node:fs';

export type DictionaryKind =
  | 'petrarch-verbs' | 'petrarch-actors' | 'petrarch-agents'
  | 'native-verbs' | 'native-actors' | 'native-agents'
  | 'discards';

const NATIVE_ROLES = new Set(['name', 'demonym', 'capital', 'short', 'region', 'person', 'org', 'group']);

export function detectKind(file: string, text = readFileSync(file, 'utf8')): DictionaryKind {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, '')).filter((l) => l.trim() && !l.trim().startsWith('<!'));
  if (lines.some((l) => /^---.*---\s*$/.test(l.trim())) && lines.some((l) => /^-\s/.test(l.trim()))) return 'petrarch-verbs';
  const tabbed = lines.filter((l) => l.includes('\t') && !/^\s/.test(l));
  if (tabbed.length > lines.length / 2) {
    const fields = tabbed.map((l) => l.split('\t').map((f) => f.trim()));
    if (fields.some((f) => /^\d{2,4}$/.test(f[0]) || f[0].startsWith('&'))) return 'native-verbs';
    if (fields.some((f) => f[1] === 'noun' || f[1] === 'title')) return 'native-agents';
    if (fields.some((f) => NATIVE_ROLES.has(f[1]))) return 'native-actors';
  }
  if (lines.some((l) => /\[\s*~|~\s*\]/.test(l))) return 'petrarch-agents';
  if (lines.some((l) => /\[[^\]]*\]/.test(l))) return 'petrarch-actors';
  return 'discards';
}
