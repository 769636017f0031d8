// Stage: a sentence's tokens -> actor mentions (dictionary hits, noun phrases, appositions, back-references).
import type { Sentence, Token } from '../nlp/types.js';
import type { Grammar } from '../lexicon/grammar.js';
import { caseMatches, type ActorLexicon } from './lexicon.js';
import type { ArticleContext } from './context.js';
import type { ActorEntry, AgentEntry, Mention } from './types.js';
import type { TrieMatch } from '../lexicon/trie.js';
import { chunk } from './noun-phrases.js';
import { resolveChunk, type SentenceHits } from './resolve.js';

export function dictionaryHits(s: Sentence, lex: ActorLexicon): { hits: SentenceHits; mask: Uint8Array; starts: Uint8Array } {
  const n = s.tokens.length;
  const hits: SentenceHits = { actors: new Array(n).fill(null), agents: new Array(n).fill(null), covered: new Uint8Array(n) };
  const mask = new Uint8Array(n);
  const starts = new Uint8Array(n);
  const caseOk = (e: ActorEntry, a: number) => caseMatches(e, s.tokens, a);
  const exactOk = (e: AgentEntry, a: number) => !e.exact || e.exact.every((w, k) => s.tokens[a + k]?.norm === w);
  for (let i = 0; i < n; i++) {
    const adjacent = lex.actors.longestAt(s.tokens, i, caseOk) ?? hyphenPrefix(s, i, lex);
    const apart = lex.gapped.size ? gappedAt(s.tokens, i, lex) : null;
    const h = apart && (!adjacent || apart.end > adjacent.end) ? apart : adjacent;
    // "the South Korean minister": "South Korean" (from the next word) reaches further than "the South".
    const next = h && i + 1 < n ? lex.actors.longestAt(s.tokens, i + 1, caseOk) : null;
    if (h && !(next && next.end > h.end)) {
      hits.actors[i] = h;
      starts[i] = 1;
      for (let k = h.start; k < h.end; k++) mask[k] = hits.covered[k] = 1;
      i = h.end - 1;
    }
  }
  for (let i = 0; i < n; i++) {
    if (mask[i]) continue;
    const h = lex.agents.longestAt(s.tokens, i, exactOk);
    if (h) {
      hits.agents[i] = h;
      for (let k = h.start; k < h.end; k++) {
        hits.covered[k] = 1;
        // "Osgiliath soldiers": a word the agent dictionary knows as a noun is no verb here; nor is a word inside
        // a phrase of several words ("Minister of Silly Walks").
        if (s.tokens[k].pos === 'VERB' && (h.end - h.start > 1 || s.tokens[k - 1]?.pos === 'PROPN')) s.tokens[k].pos = 'NOUN';
      }
      i = h.end - 1;
    }
  }
  return { hits, mask, starts };
}

/** Words that may stand inside a gapped phrase: modifiers and nouns of one noun phrase ("state-run"). */
const INSIDE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** At most this many words between two words of a gapped phrase. */
const MAX_GAP = 3;

/** The longest phrase at i whose words stand apart where its connectors allow ("Ithilen state-run television"). */
function gappedAt(tokens: Token[], i: number, lex: ActorLexicon): TrieMatch<ActorEntry> | null {
  let best: TrieMatch<ActorEntry> | null = null;
  for (const p of lex.gapped.get(tokens[i].norm) ?? []) {
    let j = i;
    let apart = false;
    for (let k = 1; k < p.key.length && j >= 0; k++) {
      let next = j + 1;
      if (p.gap[k]) while (tokens[next] && tokens[next].norm !== p.key[k] && next - j <= MAX_GAP && INSIDE.has(tokens[next].pos)) next++;
      if (tokens[next]?.norm !== p.key[k]) { j = -1; break; }
      if (next > j + 1) apart = true;
      j = next;
    }
    if (j >= 0 && apart && (!best || j + 1 > best.end)) best = { start: i, end: j + 1, values: p.values };
  }
  return best;
}

/**
 * "Saudi-led", "Iranian-backed", "US-based": a hyphenated word whose first part is a country's name or demonym
 * carries that country; so does one whose first part names an armed or political group ("a Taliban-claimed car
 * bomb"), though not an organisation, whose backing or funding is no act of its own ("the UN-backed government").
 */
function hyphenPrefix(s: Sentence, i: number, lex: ActorLexicon): TrieMatch<ActorEntry> | null {
  const t = s.tokens[i];
  const cut = t.norm.indexOf('-');
  if (cut <= 0) return null;
  const part = t.norm.slice(0, cut);
  // Field by field in tokenize's order, so that this token has the shape of all others (see mergeHyphenated).
  const first: Token = { text: t.text.slice(0, cut), norm: part, lemma: part, pos: t.pos, start: t.start, end: t.end, spaceBefore: t.spaceBefore };
  const h = lex.actors.longestAt([first], 0);
  if (!h) return null;
  const values = h.values.filter((e) => e.role === 'name' || e.role === 'demonym' || e.role === 'group');
  return values.length ? { start: i, end: i + 1, values } : null;
}

/**
 * Finds and resolves the noun phrases of a sentence, in order, remembering each in the article context so that
 * later pronouns and short names resolve to it. `quoted[i]` marks tokens inside quotation marks.
 */
export interface SentenceMentions {
  /** The noun phrases of the sentence, in order. */
  mentions: Mention[];
  /** Phrases inside them after "of" ("an investigation of Flynn" -> "Flynn"): targets a pattern may reach into. */
  inner: Mention[];
}

export function findMentions(s: Sentence, lex: ActorLexicon, g: Grammar, ctx: ArticleContext, quoted: Uint8Array): SentenceMentions {
  const { hits, mask, starts } = dictionaryHits(s, lex);
  const agentWord = new Uint8Array(s.tokens.length);
  for (let k = 0; k < s.tokens.length; k++) if (hits.covered[k] && !mask[k]) agentWord[k] = 1;
  // Where a person's name starts: a surname the dictionary knows may follow given names it does not ("Abdel Fatah al-Sisi").
  const personStart = new Uint8Array(s.tokens.length);
  for (let k = 0; k < s.tokens.length; k++) if (hits.actors[k]?.values.some((e) => e.role === 'person')) personStart[k] = 1;
  const chunks = chunk(s.tokens, g, mask, starts, agentWord, personStart);
  const mentions: Mention[] = [];
  const inner: Mention[] = [];
  ctx.beginSentence();
  for (const c of chunks) {
    const m = resolveChunk(s.tokens, c, s.text, hits, lex, g, ctx, quoted[c.start] === 1);
    m.sentence = s.index;
    mentions.push(m);
    // Remembered at once, so that a pronoun later in the same sentence can refer to it.
    if (!c.pronoun || m.code) ctx.remember(m);
    const mark = possessiveMark(s.tokens, c.start, c.end, hits);
    if (mark > 0) m.possessor = resolveChunk(s.tokens, { start: c.start, end: mark, pronoun: false }, s.text, hits, lex, g, ctx, quoted[c.start] === 1);
    for (let k = c.start + 1; k < c.end - 1; k++) {
      if (s.tokens[k].norm !== 'of' || hits.covered[k]) continue;
      inner.push(resolveChunk(s.tokens, { start: k + 1, end: c.end, pronoun: false }, s.text, hits, lex, g, ctx, quoted[k + 1] === 1));
    }
  }
  linkAppositions(s, mentions, g);
  shareHead(s, mentions, hits);
  return { mentions, inner };
}

/** The position of the first possessive mark inside a phrase, outside a dictionary name ("New People's Army"), or -1. */
function possessiveMark(t: Token[], start: number, end: number, hits: SentenceHits): number {
  for (let k = start + 1; k < end - 1; k++) {
    if (hits.covered[k]) continue;
    if ((t[k].norm === "'s" || t[k].norm === "'") && t[k].pos !== 'PUNCT') return k;
  }
  return -1;
}

/**
 * "Syrian, Iraqi and Turkish forces": a lone demonym in a list before "<demonym> <noun>" shares that noun, so each
 * country's forces are an actor of their own (SYRMIL, IRQMIL, TURMIL), not the bare country.
 */
function shareHead(s: Sentence, ms: Mention[], hits: SentenceHits): void {
  const t = s.tokens;
  // "US and British activists": a country's short name (US, UK, U.S.) serves as its demonym.
  const demonym = (m: Mention) => m.end - m.start === 1 && m.kind === 'actor' && !m.agent && m.code === m.country &&
    (!!hits.actors[m.start]?.values.some((e) => e.role === 'demonym') || SHORT_NAME.test(t[m.start].text));
  for (let i = ms.length - 1; i > 0; i--) {
    const last = ms[i];
    // The list's last phrase opens with a demonym and has an agent: "Turkish forces".
    if (last.kind !== 'actor' || !last.agent || !last.country || !hits.actors[last.start]?.values.some((e) => e.role === 'demonym')) continue;
    let j = i - 1;
    while (j >= 0 && demonym(ms[j]) && ms[j].end + 1 === ms[j + 1].start && CONJOINS.has(t[ms[j].end].norm)) {
      const a = ms[j];
      a.agent = last.agent;
      a.code = a.country + last.agent;
      a.via = `${a.via ?? ''} + the noun of "${last.text}"`;
      j--;
    }
  }
}

/** A country's initials ("US", "UK", "U.S."), which stand before a noun as its demonym would. */
const SHORT_NAME = /^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$/;

/** "a spokesman for Moon", "a court in Guyana", "police from Kashmir": the phrase after gives the country. */
const REPRESENTS = new Set(['for', 'of', 'to', 'in', 'from']);
const CONJOINS = new Set(['and', ',']);

/**
 * The length of the words after a description that tie it to the actor after them: "for", "in" (1), "loyal to",
 * "allied with", "living in" (2), "now living in" (3), or 0.
 */
function connector(t: Token[], k: number, g: Grammar, start: number): number {
  if (!t[k]) return 0;
  // "extradited a drug lord to Ithilien": the "to" of a verb of handing over names the receiver, not the object's actor.
  if (t[k].norm === 'to' && handedOver(t, start, g)) return 0;
  if (REPRESENTS.has(t[k].norm)) return 1;
  if (g.allegiance.has(t[k].norm) && (t[k + 1]?.norm === 'to' || t[k + 1]?.norm === 'with')) return 2;
  // "people (now) living in Greek refugee camps", "migrants stranded in Libya".
  const verb = t[k].pos === 'ADV' ? k + 1 : k;
  if (t[verb]?.pos === 'VERB' && g.residenceVerbs.has(t[verb].lemma) && t[verb].norm !== t[verb].lemma && t[verb + 1]?.norm === 'in') return verb - k + 2;
  return 0;
}

/** Particles between a verb of handing over and its object ("handed over the suspect"). */
const PARTICLES = new Set(['over', 'back', 'out', 'up']);

/** Whether the phrase at `start` is the object of a verb of handing over or moving ("extradited a drug lord", "flew the men"). */
function handedOver(t: Token[], start: number, g: Grammar): boolean {
  let v = start - 1;
  if (t[v] && PARTICLES.has(t[v].norm)) v--;
  return !!t[v] && t[v].pos === 'VERB' && (g.recipientVerbs.has(t[v].lemma) || g.movementVerbs.has(t[v].lemma));
}

/**
 * "Yoon Do-han, a spokesman for Moon, said": the name takes the description's actor, and a description
 * without a country takes it from the actor it speaks for.
 */
function linkAppositions(s: Sentence, ms: Mention[], g: Grammar): void {
  const t = s.tokens;
  for (let i = 0; i < ms.length; i++) {
    const b = ms[i];
    const c = ms[i + 1];
    if (c && b.agent && (!b.country || b.guessed) && c.country && c.kind === 'actor' && !b.personName && connector(t, b.end, g, b.start) > 0 && c.start === b.end + connector(t, b.end, g, b.start)) {
      b.country = c.country;
      b.code = c.country + b.agent;
      b.guessed = false;
      // "Lawmakers in Fornost and Gondor": one such actor for each country of the list.
      for (let j = i + 2; j < ms.length && t[ms[j - 1].end] && (t[ms[j - 1].end].norm === 'and' || t[ms[j - 1].end].text === ',') && ms[j].start === ms[j - 1].end + 1; j++) {
        const d = ms[j];
        if (d.kind !== 'actor' || d.agent || !d.country || d.code !== d.country) break;
        (b.also ??= []).push({ ...d, agent: b.agent, code: d.country + b.agent, via: `${d.via ?? ''} + the agent of "${b.text}"` });
      }
      b.via = `${b.via ?? ''} + "${s.text.slice(t[b.end].start, c.charEnd)}"`;
      const last = b.also?.length ? ms[i + 1 + b.also.length] : c;
      b.extent = { charEnd: last.charEnd, text: s.text.slice(b.charStart, last.charEnd) };
      // "Lawmakers and officials in Fornost": the bare agents conjoined before it are of the same countries.
      for (let j = i - 1; j >= 0 && ms[j].end + 1 === ms[j + 1].start && CONJOINS.has(t[ms[j].end].norm); j--) {
        const a = ms[j];
        if (a.kind !== 'actor' || !a.agent || a.country || a.personName || a.code !== a.agent) break;
        a.country = b.country;
        a.code = a.country + a.agent;
        a.via = `${a.via ?? ''} + "${t[b.end].text} ${c.text}"`;
        a.also = (b.also ?? []).map((d) => ({ ...d, agent: a.agent, code: d.country + a.agent!, via: `${d.country} + the agent of "${a.text}"` }));
      }
    }
  }
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (b.start !== a.end + 1 || t[a.end].text !== ',' || a.kind === 'pronoun') continue;
    if ((a.kind === 'named' || (a.kind === 'actor' && !a.country)) && b.kind === 'actor' && b.country) {
      a.kind = 'actor';
      a.code = b.code;
      a.country = b.country;
      a.agent = b.agent;
      a.via = `apposition "${b.text}"`;
      b.personName = null;
    } else if (a.kind === 'actor' && a.agent && !a.personName && !a.extent && b.personName && (b.kind === 'named' || (b.kind === 'actor' && b.country === a.country)) && (!t[b.end] || /^[,.;)]$/.test(t[b.end].text) || t[b.end].norm === 'and')) {
      // "his Iranian counterpart, Mostafa Mohammad Najjar,", "his Russian counterpart, Sergei Lavrov, and ...": the
      // name is the same person; the actor spans both.
      a.extent = { charEnd: b.charEnd, text: s.text.slice(a.charStart, b.charEnd) };
      a.personName = b.personName;
    }
  }
}
