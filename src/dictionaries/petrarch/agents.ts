// PETRARCH agent dictionaries -> dyad's agent entries. "PHRASE {PLURAL} [~CODE]": the code follows the actor's
// ("Arnor cleric" -> ARNREL); "[CODE~]" puts it before ("Arnor charity" -> NGOARN). Plurals are generated unless given in
// {...} ({} = none). "!PERSON! = MAN, MEN" defines a substitution set used as CONGRESS!PERSON!.
import type { ActorLexicon } from '../../actors/lexicon.js';
import type { DataProblem } from '../../lexicon/read-lines.js';
import { phraseKey } from '../../lexicon/phrase-tokens.js';
import { phraseText, readPetrarchFile } from './lines.js';
import { plural } from './words.js';

export interface AgentStats {
  agents: number;
  /** Phrases added, plurals and substitutions included. */
  phrases: number;
  prefixed: number;
  codes: Set<string>;
  /** Lines that load but whose meaning dyad does not apply (for `dyad dict check`). */
  unsupported: DataProblem[];
}

const LINE = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]$/;
const MARKER_DEF = /^!([^!\s]+)!\s*=\s*(.+)$/;

export function addPetrarchAgents(lex: ActorLexicon, file: string, text?: string): AgentStats {
  const f = readPetrarchFile(file, text);
  const problems: DataProblem[] = [...f.problems];
  const stats: AgentStats = { agents: 0, phrases: 0, prefixed: 0, codes: new Set(), unsupported: [] };
  const markers = new Map<string, string[]>();
  for (const l of f.lines) {
    const t = l.text.trim();
    const def = MARKER_DEF.exec(t);
    if (def) { markers.set(def[1].toUpperCase(), def[2].split(',').map((x) => x.trim()).filter(Boolean)); continue; }
    const m = LINE.exec(t);
    if (!m) { problems.push({ id: l.id, message: t.includes('[') ? `bad agent line "${t}"` : `agent "${t}" has no [code]` }); continue; }
    const code = /^~([A-Za-z0-9]+)$/.exec(m[3]) ?? /^([A-Za-z0-9]+)~$/.exec(m[3]);
    if (!code) { problems.push({ id: l.id, message: `bad agent code "[${m[3]}]" (want ~CODE or CODE~)` }); continue; }
    const agent = code[1].toUpperCase();
    const before = m[3].endsWith('~');
    if (before) stats.prefixed++;
    const singular = substitute(m[1].trim(), markers);
    if (typeof singular === 'string') { problems.push({ id: l.id, message: singular }); continue; }
    const phrases: string[] = [];
    for (const s of singular) {
      phrases.push(phraseText(s));
      // Substituted phrases carry their own plurals (MAN, MEN); others get one unless {...} gives it.
      if (singular.length > 1) continue;
      if (m[2] !== undefined) { if (m[2].trim()) phrases.push(phraseText(m[2])); continue; }
      const words = phraseText(s).split(' ');
      phrases.push([...words.slice(0, -1), plural(words[words.length - 1].toLowerCase()).toUpperCase()].join(' '));
    }
    stats.agents++;
    stats.codes.add(agent);
    lex.agentCodes.add(agent);
    // "GOVFRM" is a government agent: its first three letters split codes ("ARNGOVFRM") as GOV does.
    lex.agentCodes.add(agent.slice(0, 3));
    for (const p of phrases) {
      const key = phraseKey(p);
      if (!key.length) continue;
      // Forms given in {...} are all the forms there are: "POLICE {}" does not match "polices".
      lex.agents.add(key, { agent, role: 'noun', phrase: p, id: l.id, before, ...(m[2] !== undefined ? { exact: key } : {}) });
      stats.phrases++;
    }
  }
  lex.problems.push(...problems);
  return stats;
}

/** "CONGRESS!PERSON!" -> CONGRESSMAN, CONGRESSMEN, ...; a phrase without a marker stands alone. */
function substitute(phrase: string, markers: Map<string, string[]>): string[] | string {
  const m = /!([^!\s]+)!/.exec(phrase);
  if (!m) return [phrase];
  const set = markers.get(m[1].toUpperCase());
  if (!set) return `substitution marker "!${m[1]}!" is not defined above`;
  return set.map((x) => phrase.replace(m[0], x));
}
