// Roles a pattern gives where the clause analysis alone would not (PETRARCH dictionaries mark them): "$" names the
// source ("received money from $"), "+" before the verb makes the subject the target, "%" asks for a compound
// subject whose members act on each other, "---" codes nothing, and "[032:033]" adds the reverse event.
// Patterns in dyad's own format use none of these, so for them both functions change nothing.
import type { Mention } from '../actors/types.js';
import type { Clause } from '../clauses/types.js';
import type { PatternMatch } from './match-pattern.js';
import { NULL_CODE } from './verb-lexicon.js';

export function applySlots(match: PatternMatch, cl: Clause, sources: Mention[], targets: Mention[], speaker: Mention | null): { sources: Mention[]; targets: Mention[] } {
  const p = match.pattern;
  if (match.source) {
    sources = [match.source];
    targets = targets.filter((t) => t !== match.source);
  }
  // "Cirith Ungol regretted ..." under "- NOTED + *": the subject suffers the event; the speaker does it.
  if (p.subject === 'target' && !cl.passive) {
    targets = cl.subject;
    if (!match.source) sources = speaker ? [speaker] : [];
  }
  // "Gondor and Osgiliath have delayed their meeting": each member with the other, or nothing.
  if (p.subject === 'compound') {
    if (sources.length < 2) sources = [];
    targets = [];
  }
  return { sources, targets };
}

/** Drops events of patterns that code nothing and adds each paired pattern's reverse event. */
export function withPairs<D extends { match: PatternMatch; source: Mention; target: Mention | null }>(drafts: D[]): D[] {
  const out: D[] = [];
  for (const d of drafts) {
    const p = d.match.pattern;
    if (p.code && p.code !== NULL_CODE) out.push(d);
    if (p.paired && d.target) out.push({ ...d, source: d.target, target: d.source, match: { ...d.match, pattern: { ...p, code: p.paired, paired: undefined } } });
  }
  return out;
}
