// Roles a pattern gives where the clause analysis alone would not (PETRARCH dictionaries mark them): "$" names the
// source ("received money from $"), "+" before the verb makes the subject the target, "%" asks for a compound
// subject whose members act on each other, "---" codes nothing, and "[032:033]" adds the reverse event.
// Patterns in dyad's own format use none of these, so for them both functions change nothing.
import type { Mention } from '../actors/types.js';
import type { Clause } from '../clauses/types.js';
import type { Token } from '../nlp/types.js';
import { isActorLike, rightConjuncts, type MentionIndex } from '../clauses/arguments.js';
import type { PatternMatch } from './match-pattern.js';
import { NULL_CODE } from './verb-lexicon.js';

export function applySlots(match: PatternMatch, cl: Clause, sources: Mention[], targets: Mention[], speaker: Mention | null, tokens: Token[], idx: MentionIndex): { sources: Mention[]; targets: Mention[] } {
  const p = match.pattern;
  // PETRARCH's reading: without a target slot, the target is the first actor after the verb ("allowed that
  // Mordor isn't ...", "left for Minas Tirith ... with Arnor"); it counts as named by the pattern.
  if (p.firstActor && !match.slot && !cl.passive && !p.subject) {
    const first = firstActorAfter(tokens, idx, cl.head + 1, sources);
    if (first.length) { targets = first; match.slot = true; }
  }
  if (match.source) {
    sources = [match.source];
    targets = targets.filter((t) => t !== match.source);
    // "received an invitation from {S}": with no target slot, the subject is on the receiving end.
    if (!match.target && !cl.passive && cl.subject.some(isActorLike)) targets = cl.subject;
  }
  // "Cirith Ungol regretted ..." under "- NOTED + *": the subject suffers the event; the speaker does it.
  if (p.subject === 'target' && !cl.passive) {
    targets = cl.subject;
    if (!match.source) sources = speaker ? [speaker] : [];
  }
  // "Gondor and Osgiliath have delayed their meeting": each member with the other. A paired code with a
  // compound subject and no other party reads the same way ("Gondor and Osgiliath have renewed ties").
  if (p.subject === 'compound' || (p.paired && sources.length > 1 && !targets.some(isActorLike))) {
    if (p.subject !== 'compound') match.pattern = { ...p, subject: 'compound' };
    targets = [];
  }
  return { sources, targets };
}

function firstActorAfter(tokens: Token[], idx: MentionIndex, from: number, sources: Mention[]): Mention[] {
  for (let k = from; k < tokens.length; k++) {
    if (k > from && clauseEnds(tokens, k)) return [];
    let m = idx.startingAt[k];
    // PETRARCH does not read pronouns as targets ("restore, it seems, ...", "whether he really has ...").
    if (!m || !isActorLike(m) || m.kind === 'pronoun' || sources.includes(m)) continue;
    // "a bunch of Morgul Orcs": a phrase coded only by a country word inside it yields to the actor after "of".
    if (m.via?.endsWith('(modifier)')) m = innerActor(idx, m) ?? m;
    return [m, ...rightConjuncts(tokens, m, idx)];
  }
  return [];
}

/**
 * Where the verb's own clause ends: at ";" or ":", at a comma that opens another clause with a subject and its
 * verb (", a senior official said"), and at "and" or "but" that joins another verb ("condemned ... and promised aid").
 */
function clauseEnds(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text === ';' || t.text === ':') return true;
  if (t.pos === 'CCONJ') return tokens[k + 1]?.pos === 'VERB';
  if (t.text !== ',') return false;
  // ", a senior official said": a noun phrase and its verb open a clause; ", full ties with Gondor ... burned" does not.
  for (let j = k + 1; j < tokens.length && j <= k + 7; j++) {
    if (tokens[j].pos === 'VERB') return j > k + 1;
    if (!NP_WORD.has(tokens[j].pos)) return false;
  }
  return false;
}

const NP_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'AUX', 'ADV', 'PART']);

function innerActor(idx: MentionIndex, outer: Mention): Mention | null {
  for (let k = outer.start + 1; k < outer.end; k++) {
    const m = idx.startingAt[k];
    if (m && m.kind === 'actor' && m.code && !m.via?.endsWith('(modifier)')) return m;
  }
  return null;
}

/**
 * Drops events of patterns that code nothing and adds each paired pattern's reverse event, unless the clause is
 * framed: "refused to negotiate with Uganda" or "promised to hold talks with Uganda" is one side's refusal or pledge
 * ("will hold talks with Uganda" is still both sides' future act).
 */
export function withPairs<D extends { match: PatternMatch; source: Mention; target: Mention | null }>(drafts: D[], framed = false): D[] {
  const out: D[] = [];
  for (const d of drafts) {
    const p = d.match.pattern;
    if (p.code && p.code !== NULL_CODE) out.push(d);
    if (p.paired && d.target && !framed) out.push({ ...d, source: d.target, target: d.source, match: { ...d.match, pattern: { ...p, code: p.paired, paired: undefined } } });
  }
  return out;
}

/**
 * PETRARCH codes a verb phrase once: when its verb is coded, the verbs inside it are not ("abandoned efforts to
 * stop the parade", "restore ties ... after crowds burned down its embassy"). Applies to PETRARCH patterns only;
 * a bare verb of saying absorbs nothing (what is said is the news).
 */
export function absorbNested<D extends { match: PatternMatch; saying: boolean }>(tokens: Token[], clauses: Clause[], byClause: D[][]): void {
  for (let c = 0; c < clauses.length; c++) {
    if (!byClause[c].some((d) => d.match.pattern.firstActor && !d.saying)) continue;
    for (let k = clauses[c].head + 1; k < tokens.length && !clauseEnds(tokens, k); k++) {
      const inner = clauses.findIndex((x) => x.head === k);
      if (inner > c && byClause[inner].every((d) => d.match.pattern.firstActor)) byClause[inner] = [];
    }
  }
}
