// Compiles actor and agent dictionaries (our native format, docs/formats.md) into token tries, once at start-up.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readDataLines, phrases, ROOT, type DataProblem } from '../lexicon/read-lines.js';
import { phraseKey, phraseTokens } from '../lexicon/phrase-tokens.js';
import { TokenTrie } from '../lexicon/trie.js';
import type { ActorEntry, ActorRole, AgentEntry } from './types.js';

const ROLES = new Set<ActorRole>(['name', 'demonym', 'capital', 'short', 'region', 'person', 'org', 'group']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Short all-capital phrases ("US", "UN", "IS") must match in capitals, or "us" and "is" would be actors. */
const ACRONYM = /^[A-Z][A-Z.]{0,4}$/;

const ALL_CAPITALS = /^[A-Z]+$/;

/**
 * A token written as an acronym entry asks: in capitals, or, for four letters or more, capitalised as a word the
 * way British papers write acronyms ("Nato", "Isis", "Opec"), which no common word of that length is.
 */
export function writtenAs(entry: string, written: string | undefined): boolean {
  return written === entry || (entry.length >= 4 && ALL_CAPITALS.test(entry) && written === entry[0] + entry.slice(1).toLowerCase());
}

/** The tokens from `start` spell an entry's case-checked tokens. */
export function caseMatches(e: ActorEntry, tokens: readonly { text: string }[], start: number): boolean {
  return !e.caseTokens || e.caseTokens.every((t, k) => writtenAs(t, tokens[start + k]?.text));
}

export interface ActorLexicon {
  actors: TokenTrie<ActorEntry>;
  agents: TokenTrie<AgentEntry>;
  /** Agent codes known to the agent dictionary (GOV, MIL, ...), to split actor codes into country and agent. */
  agentCodes: Set<string>;
  /** People by the last word of their name, for "President Bush" when the article never gave the full name. */
  surnames: Map<string, ActorEntry[]>;
  /**
   * A name after a place preposition that the gazetteer knows ("in Aleppo") stands for its country. Off with
   * --no-defaults: the gazetteer is one of dyad's own dictionaries, and the files given are then the only ones.
   */
  places: boolean;
  /**
   * Phrases whose words may have other words between them (PETRARCH's space connector: "ITHILEN TELEVISION"
   * finds "Ithilen state-run television"), by their first word. The trie holds them too, as adjacent words.
   */
  gapped: Map<string, GappedPhrase[]>;
  problems: DataProblem[];
}

export interface GappedPhrase {
  key: string[];
  /** gap[k]: other words may stand before word k (gap[0] is unused). */
  gap: boolean[];
  values: ActorEntry[];
}

export function emptyActorLexicon(): ActorLexicon {
  return { actors: new TokenTrie(), agents: new TokenTrie(), agentCodes: new Set(), surnames: new Map(), places: true, gapped: new Map(), problems: [] };
}

/** Adds a phrase whose words may stand apart where `gap` says so (see ActorLexicon.gapped). */
export function addGapped(lex: ActorLexicon, key: string[], gap: boolean[], entry: ActorEntry): void {
  const list = lex.gapped.get(key[0]) ?? [];
  let p = list.find((x) => x.key.join(' ') === key.join(' ') && x.gap.join() === gap.join());
  if (!p) list.push((p = { key, gap, values: [] }));
  p.values.push(entry);
  lex.gapped.set(key[0], list);
}

/** Default files: every `data/actors/*.txt` and `data/agents.txt`. */
export function defaultActorFiles(): { actors: string[]; agents: string[] } {
  const dir = path.join(ROOT, 'data', 'actors');
  const actors = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)) : [];
  const agents = [path.join(ROOT, 'data', 'agents.txt')].filter((f) => existsSync(f));
  return { actors, agents };
}

export function addActorFile(lex: ActorLexicon, file: string, text?: string): void {
  for (const l of readDataLines(file, text)) {
    const [code, role, names, from, to] = l.fields;
    if (!code || !/^[A-Z0-9-]{3,15}$/.test(code)) { lex.problems.push({ id: l.id, message: `bad actor code "${code ?? ''}"` }); continue; }
    if (!ROLES.has(role as ActorRole)) { lex.problems.push({ id: l.id, message: `unknown role "${role ?? ''}"` }); continue; }
    const f = from && from !== '-' ? from : null;
    const t = to && to !== '-' ? to : null;
    if ((f && !DATE.test(f)) || (t && !DATE.test(t))) { lex.problems.push({ id: l.id, message: `bad date range "${from}".."${to}"` }); continue; }
    const list = phrases(names);
    if (!list.length) { lex.problems.push({ id: l.id, message: 'no phrase' }); continue; }
    for (const phrase of list) {
      const entry: ActorEntry = {
        code, role: role as ActorRole, phrase, from: f, to: t, id: l.id,
        caseTokens: ACRONYM.test(phrase) ? phraseTokens(phrase) : null,
      };
      const key = phraseKey(phrase);
      lex.actors.add(key, entry);
      if (entry.role === 'person' && key.length >= 2) {
        const last = key[key.length - 1];
        const list = lex.surnames.get(last) ?? [];
        if (!list.some((x) => x.code === entry.code && x.from === entry.from && x.phrase === entry.phrase)) list.push(entry);
        lex.surnames.set(last, list);
      }
    }
  }
}

export function addAgentFile(lex: ActorLexicon, file: string, text?: string): void {
  for (const l of readDataLines(file, text)) {
    const [agent, role, names] = l.fields;
    if (!agent || !/^[A-Z]{3}$/.test(agent)) { lex.problems.push({ id: l.id, message: `bad agent code "${agent ?? ''}"` }); continue; }
    if (role !== 'noun' && role !== 'title') { lex.problems.push({ id: l.id, message: `unknown agent role "${role ?? ''}"` }); continue; }
    lex.agentCodes.add(agent);
    for (const phrase of phrases(names)) lex.agents.add(phraseKey(phrase), { agent, role, phrase, id: l.id });
  }
}

/** Is the entry valid on this date (YYYY-MM-DD; null = no restriction applies)? */
export function validOn(e: { from: string | null; to: string | null }, date: string | null): boolean {
  if (!date) return true;
  if (e.from && date < e.from) return false;
  if (e.to && date > e.to + '~') return false;
  return true;
}
