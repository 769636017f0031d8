// Force told by a party to it: the telling is an event of its own (data/cameo/frames.tsv, "avowal" and "charge").
import type { Mention } from '../actors/types.js';
import type { Clause } from '../clauses/types.js';
import type { Token } from '../nlp/types.js';
import { isActorLike } from '../clauses/arguments.js';
import type { Grammar } from '../lexicon/grammar.js';
import { framedCode, type Codebook } from './codebook.js';
import { relativeStart } from '../clauses/asides.js';

interface Draft {
  clause: Clause;
  source: Mention;
  target: Mention | null;
  reportedBy: Mention | null;
  framed: { code: string; id: string; verb: number } | null;
  match: { pattern: { code: string } };
  at: number;
  targetIsPlace: boolean;
}

/**
 * "The Taliban claimed they bombed the base" also claims responsibility for it (015, the Taliban toward the base's
 * owner); "Iran said Iraqi troops shelled its posts" also accuses Iraq (112). The speaker must be a party a country
 * names: "officials said" or "medics said" tells, but accuses no one. A speaker reporting what another of its own
 * country did ("the US military said the United States struck") neither claims nor accuses. Only force that is
 * told as done counts: "said it would attack" is already a threat, "said Iraq did not attack" no charge. The
 * speaker's own statement (a "claimed" coded 010) says less than the new event and gives way to it.
 */
export function addReportedForce<D extends Draft>(tokens: Token[], clauses: Clause[], byClause: D[][], book: Codebook, g: Grammar): void {
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c];
    const r = cl.reportedBy;
    // Only what the speaker goes on to say: a trailing "..., state media reported" is the news's source, and what
    // follows it ("..., a correspondent said, two weeks after rebels kidnapped ...") is not what was said.
    if (r === null || clauses[r].head > cl.head || cl.negated || cl.future || cl.hypothetical || clauses[r].negated || trailing(tokens, clauses[r])) continue;
    // What is said is a clause of its own: not a participle or -ing form ("held captive by them", "saying it had
    // made progress fighting terrorism") nor a relative clause describing a noun ("an attack that killed a soldier").
    if (cl.nonFinite !== null || cl.describes || relativeStart(tokens, cl, g) >= 0) continue;
    // The speaker must be stated: a participle ("..., adding that ...") takes its subject from elsewhere, and a
    // passive ("they are thought to have ...") names no one who says it.
    if (clauses[r].nonFinite !== null || clauses[r].passive || deniedBetween(clauses, r, c, g)) continue;
    const added: D[] = [];
    for (const d of byClause[c]) {
      const speaker = d.reportedBy;
      if (d.framed || !speaker || !isActorLike(speaker) || !speaker.country) continue;
      const own = sameParty(d.source, speaker);
      // "said it had launched airstrikes" tells of the airstrikes; only "claimed" makes them a claim.
      if (own && !g.avowing.has(clauses[r].lemma)) continue;
      if (!own && d.source.country === speaker.country) continue;
      if (!own && !chargeable(d.source)) continue;
      const other = own ? d.target : d.source;
      if (!other || !isActorLike(other) || (own && d.targetIsPlace && !other.country)) continue;
      const framed = framedCode(book, own ? 'avowal' : 'charge', d.match.pattern.code);
      if (!framed) continue;
      // A claim of responsibility is what the sentence reports first ("the Houthis claimed they had attacked");
      // a charge comes after the force it tells of.
      const at = own ? clauses[r].head : d.at + 0.5;
      added.push({ ...d, clause: clauses[r], source: speaker, target: other, reportedBy: null, framed: { ...framed, verb: clauses[r].head }, at, targetIsPlace: false });
    }
    if (!added.length) continue;
    byClause[r] = byClause[r].filter((d) => !(d.framed?.code ?? d.match.pattern.code).startsWith('01'));
    byClause[c] = [...byClause[c], ...added];
  }
}

/** "AFP said the ambassador denied that troops had fired": a denial between the telling and the force. */
function deniedBetween(clauses: Clause[], r: number, c: number, g: Grammar): boolean {
  return clauses.some((k) => k.head > clauses[r].head && k.head < clauses[c].head && g.denying.has(k.lemma));
}

/**
 * An accusation names whom it accuses. A pronoun doer ("the army said it had retaken the town") most often stands
 * for the speaker, however it resolved: it accuses no one.
 */
function chargeable(doer: Mention): boolean {
  return doer.kind !== 'pronoun';
}

/** ", an AFP correspondent said": a verb of saying whose subject follows a comma attributes what came before it. */
function trailing(tokens: Token[], rep: Clause): boolean {
  const first = rep.subject[0]?.start ?? rep.groupStart;
  return tokens[first - 1]?.text === ',' && first < rep.groupStart + 1;
}

/** The speaker itself: the same phrase, a pronoun that stands for it, or the same actor named again. */
function sameParty(m: Mention, speaker: Mention): boolean {
  if (m === speaker || m.ref === speaker || (!!m.ref && m.ref === speaker.ref)) return true;
  return !!m.code && m.code === speaker.code;
}
