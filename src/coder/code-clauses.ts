// Stage: clauses -> event drafts. A clause whose verb matches a pattern gives one event per source/target pair.
import type { Token } from '../nlp/types.js';
import type { Mention } from '../actors/types.js';
import type { Clause } from '../clauses/types.js';
import { isActorLike, rightConjuncts, type MentionIndex } from '../clauses/arguments.js';
import type { VerbLexicon } from './verb-lexicon.js';
import type { Grammar } from '../lexicon/grammar.js';
import { matchPattern, type PatternMatch } from './match-pattern.js';

export interface EventDraft {
  clause: Clause;
  match: PatternMatch;
  source: Mention;
  target: Mention | null;
  /** The speaker of reported speech, when the event is someone's claim. */
  reportedBy: Mention | null;
}

export function codeClauses(tokens: Token[], clauses: Clause[], idx: MentionIndex, verbs: VerbLexicon, g: Grammar): EventDraft[] {
  const main: EventDraft[] = [];
  const reporting: EventDraft[] = [];
  for (const cl of clauses) {
    const patterns = verbs.byLemma.get(cl.lemma);
    if (!patterns) continue;
    let match: PatternMatch | null = null;
    for (const p of patterns) if ((match = matchPattern(p, tokens, cl.head + 1, idx, cl.passive))) break;
    if (!match) continue;
    const speaker = cl.reportedBy !== null ? clauses[cl.reportedBy].subject.find(isActorLike) ?? null : null;
    let sources = (cl.passive ? cl.byAgent : cl.subject).filter(isActorLike);
    if (!sources.length && speaker && !cl.passive) sources = [speaker];
    let targets: Mention[];
    if (match.target === 'subject') targets = cl.subject;
    else if (match.target) targets = [match.target, ...rightConjuncts(tokens, match.target, idx)];
    else if (cl.passive) targets = cl.subject;
    else {
      const next = idx.startingAt[match.end];
      targets = next && !match.slot ? [next, ...rightConjuncts(tokens, next, idx)] : [];
      if (!targets.some(isActorLike)) {
        const pp = prepositionalTarget(tokens, match.end, idx, g);
        if (pp) targets = [pp, ...rightConjuncts(tokens, pp, idx)];
      }
    }
    // A verb of saying on its own is an interaction only with an addressee ("told reporters"), not "experts say".
    if (cl.reporting && !(match.slot && targets.some(isActorLike))) continue;
    const out = cl.reporting ? reporting : main;
    for (const [s, t] of pairs(sources, targets)) out.push({ clause: cl, match, source: s, target: t, reportedBy: speaker });
  }
  // A verb of saying is an event of its own only when nothing it reports was coded.
  return main.length ? main : reporting;
}

/** Every source with every target; several sources and no target: each with each other ("Moon and Kim agreed"). */
function pairs(sources: Mention[], targets: Mention[]): [Mention, Mention | null][] {
  const out: [Mention, Mention | null][] = [];
  if (!targets.length && sources.length > 1) {
    for (const s of sources) for (const t of sources) if (s !== t) out.push([s, t]);
    return out;
  }
  for (const s of sources) {
    if (!targets.length) out.push([s, null]);
    for (const t of targets) if (t !== s && !(t.code && t.code === s.code && t.text === s.text)) out.push([s, t]);
  }
  return out;
}

const STOP = new Set([',', ';', ':', '.', '(', ')', '—', '–']);

/**
 * When a pattern names no target and no actor follows it directly, the first actor introduced by a target
 * preposition later in the same clause: "filed a lawsuit in a district court against Thom".
 */
function prepositionalTarget(tokens: Token[], from: number, idx: MentionIndex, g: Grammar): Mention | null {
  for (let k = from; k < Math.min(tokens.length - 1, from + 12); k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || STOP.has(t.text) || (g.boundaries.has(t.norm) && t.pos !== 'ADP')) return null;
    if (g.targetPrepositions.has(t.norm)) {
      const m = idx.startingAt[k + 1];
      if (m && isActorLike(m)) return m;
    }
  }
  return null;
}
