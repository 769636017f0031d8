// Actor and agent entries across the files checked together: codes that are not CAMEO-shaped, one phrase with two
// codes (the first loaded wins), date ranges of one phrase that overlap with different codes.
import type { ActorEntry } from '../../actors/types.js';
import type { Finding } from './types.js';
import type { Loaded } from './load.js';

const SPECIAL = new Set(['+++', '###', '***']);

/** `parts`: three-letter codes to check every part of a code against (a CAMEO code list the user gives), or empty. */
export function actorFindings(files: Loaded[], parts: Set<string>): Finding[] {
  const out: Finding[] = [];
  const shapes = new Set<string>();
  const byPhrase = new Map<string, ActorEntry[]>();
  for (const f of files) {
    for (const { key, entry } of f.actors) {
      const seen = `${entry.id}\u0000${entry.code}`;
      if (!shapes.has(seen)) { shapes.add(seen); out.push(...codeShape(entry, parts)); }
      const k = key.join(' ');
      const list = byPhrase.get(k) ?? [];
      list.push(entry);
      byPhrase.set(k, list);
    }
  }
  for (const [phrase, list] of byPhrase) out.push(...samePhrase(phrase, list));
  return out;
}

function codeShape(e: ActorEntry, parts: Set<string>): Finding[] {
  const warn = (message: string): Finding[] => [{ id: e.id, severity: 'warning', message }];
  if (SPECIAL.has(e.code)) return warn(`"${e.code}" is a TABARI special code, not an actor: dyad codes the phrase as "${e.code}"`);
  if (e.code.includes('/')) return warn(`"${e.code}" names several actors in one code; dyad keeps it as one code`);
  if (!/^[A-Z0-9]+$/.test(e.code)) return warn(`actor code "${e.code}" is not capital letters and digits`);
  if (e.code.length % 3 !== 0) return warn(`actor code "${e.code}" is not made of three-letter parts`);
  const unknown = (e.code.match(/.{3}/g) ?? []).filter((p) => parts.size && !parts.has(p));
  if (unknown.length) return warn(`actor code "${e.code}" has parts the code lists do not know: ${unknown.join(', ')}`);
  return [];
}

/** One phrase with several entries: two defaults with different codes, or dated codes whose ranges overlap. */
function samePhrase(phrase: string, list: ActorEntry[]): Finding[] {
  const out: Finding[] = [];
  const defaults = list.filter((e) => !e.from && !e.to);
  const first = defaults[0];
  for (const e of defaults.slice(1)) {
    if (e.code !== first.code && e.id !== first.id) out.push({ id: e.id, severity: 'warning', message: `"${phrase}" is also at ${first.id} as ${first.code}; the first loaded wins over ${e.code}` });
  }
  const dated = list.filter((e) => e.from || e.to);
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const [a, b] = [dated[i], dated[j]];
      if (a.code === b.code || !overlap(a, b)) continue;
      out.push({ id: b.id, severity: 'warning', message: `"${phrase}": ${b.code} ${range(b)} overlaps ${a.code} ${range(a)} (${a.id}); on those dates the first listed wins` });
    }
  }
  return out;
}

/** Strictly overlapping: ranges that only share their boundary day (one office ends as the next begins) do not count. */
function overlap(a: ActorEntry, b: ActorEntry): boolean {
  const lo = (e: ActorEntry) => e.from ?? '0000-00-00';
  const hi = (e: ActorEntry) => e.to ?? '9999-99-99';
  return lo(a) < hi(b) && lo(b) < hi(a);
}

function range(e: ActorEntry): string {
  return `${e.from ?? '…'}..${e.to ?? '…'}`;
}

/** Agent phrases given two different agent codes. */
export function agentFindings(files: Loaded[]): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, { agent: string; id: string }>();
  for (const f of files) {
    for (const { key, entry } of f.agents) {
      const k = key.join(' ');
      const had = first.get(k);
      if (!had) first.set(k, { agent: entry.agent, id: entry.id });
      else if (had.agent !== entry.agent && had.id !== entry.id) out.push({ id: entry.id, severity: 'warning', message: `agent phrase "${k}" is also at ${had.id} as ${had.agent}; the first loaded wins over ${entry.agent}` });
    }
  }
  return out;
}
