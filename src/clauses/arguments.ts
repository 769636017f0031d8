// Step 2: subjects, passive agents, control and reported speech, from word order.
import type { Token } from '../nlp/types.js';
import type { ControlVerb, Grammar } from '../lexicon/grammar.js';
import type { Mention } from '../actors/types.js';
import type { Clause } from './types.js';
import { isWeapon } from '../actors/resolve.js';

const CLAUSE_PUNCT = new Set([';', ':', '(', ')', '—', '–']);
// "Neither Galadriel nor Gollum boycotted": "nor" joins conjuncts as "and" does.
const CONJ = new Set(['and', ',', '&', 'nor']);
const MAX_LEFT = 40;

export interface MentionIndex {
  /** Mention ending at token i (exclusive end = i + 1). */
  endingAt: (Mention | undefined)[];
  startingAt: (Mention | undefined)[];
  /** The phrase a token is inside of, when it is not its first token. */
  within: (Mention | undefined)[];
}

/** `inner` phrases (inside others, after "of") can start a target but never end a subject. */
export function indexMentions(n: number, ms: Mention[], inner: Mention[] = []): MentionIndex {
  const endingAt = new Array<Mention | undefined>(n);
  const startingAt = new Array<Mention | undefined>(n);
  for (const m of inner) startingAt[m.start] = m;
  const within = new Array<Mention | undefined>(n);
  for (const m of ms) {
    endingAt[m.end - 1] = m;
    startingAt[m.start] = m;
    for (let k = m.start + 1; k < m.end; k++) within[k] = m;
  }
  return { endingAt, startingAt, within };
}

export function isActorLike(m: Mention | undefined): boolean {
  // A pronoun counts when it resolved: to a coded actor, or to a name earlier in the sentence ("Kiir pardoned him").
  return !!m && (m.kind === 'actor' || m.kind === 'named' || (m.kind === 'pronoun' && (m.code !== null || (!!m.ref && m.ref.kind !== 'thing'))));
}

export function attachArguments(tokens: Token[], clauses: Clause[], idx: MentionIndex, g: Grammar): void {
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c];
    const ownNegation = cl.negated;
    const gov = governorOf(tokens, clauses, c, g, idx);
    const gvCtl = gov !== null ? g.control.get(`${clauses[gov].lemma} ${tokens[clauses[gov].head + 1]?.norm}`) ?? g.control.get(clauses[gov].lemma) ?? statedParticiple(tokens, clauses[gov], g) : undefined;
    // "rejected a call to release the activists": after a subject-control verb's object, an infinitive completes
    // the noun ("a call to release"), not the verb; what it says is nobody's act.
    // "agreed with Jordan to hold talks": a party after the verb's own preposition is no such noun.
    const before = idx.endingAt[cl.groupStart - 2];
    const withParty = !!before && gov !== null && before.start === clauses[gov].head + 2 && tokens[before.start - 1].pos === 'ADP';
    // So does one after a noun in a prepositional phrase: "remained on alert, under orders to shoot anyone".
    if ((gov !== null && cl.nonFinite === 'infinitive' && gvCtl?.controller === 'subject' && before && before.start > clauses[gov].head && !withParty) ||
      (cl.nonFinite === 'infinitive' && (prepositionalNoun(tokens, cl.groupStart - 2) || complementNoun(tokens, cl.groupStart - 2, idx, g)))) {
      cl.nounComplement = true;
      continue;
    }
    if (gov !== null) {
      cl.governor = gov;
      const gv = clauses[gov];
      const ctl = gvCtl;
      const fromObject = ctl?.controller === 'object';
      cl.subject = fromObject ? objectOf(tokens, gv, idx) : gv.subject;
      if (fromObject && cl.subject.length === 0) cl.subject = gv.subject;
      if (ctl?.modality === 'future') cl.future = true;
      if (ctl?.modality === 'hypothetical') cl.hypothetical = true;
      if (ctl?.modality === 'negated') cl.negated = true;
      if (ctl?.frame) cl.frame = { frame: ctl.frame, id: ctl.id, at: gv.head };
      cl.negated = cl.negated || gv.negated;
      // "will travel to Ankara to meet Erdogan", "will not go to Moscow to meet him": an infinitive of purpose
      // after a verb of no frame of its own is as future, or as refused, as that verb.
      if (!ctl && cl.nonFinite === 'infinitive' && gv.frame && (gv.frame.frame === 'future' || gv.frame.frame === 'refusal')) {
        cl.frame = { ...gv.frame, purpose: true };
        cl.future = cl.future || gv.future;
      }
    } else if (cl.nonFinite === 'gerund') {
      // "X filed a lawsuit accusing Y", "X said, adding ...": an adjunct participle's subject is the main clause's;
      // filled in below, once every clause has its subject.
      continue;
    } else if (cl.nonFinite === 'participle') {
      // "Ramirez, arrested in 2017, ...": the noun before the comma.
      const np = idx.endingAt[cl.head - 1] ?? (tokens[cl.head - 1]?.text === ',' ? idx.endingAt[cl.head - 2] : undefined);
      cl.subject = np ? [np] : [];
    } else if (tokens[cl.groupStart - 1]?.pos === 'CCONJ' && c > 0 && coordinated(tokens, clauses, c)) {
      // "attacked X and killed Y": coordinated verbs share their subject.
      cl.subject = coordinated(tokens, clauses, c)!;
    } else if (ellipticalPassive(tokens, cl)) {
      cl.passive = true;
    } else {
      cl.subject = subjectOf(tokens, cl, idx, g, clauses);
      // "a car bombing by IS killed", "the missiles fired by the Israeli military struck": the doer of a thing.
      const last = cl.subject[cl.subject.length - 1];
      // A weapon is whoever fired it, over its maker or owner ("Iranian-made missiles fired by the Houthis").
      if (last && (!isActorLike(last) || !last.country || isWeapon(tokens, last.end - 1, g))) {
        const doer = doerOf(tokens, last, idx, clauses, g) ?? meetingParties(tokens, last, idx, g) ?? issuerOf(tokens, last, cl, clauses, idx, g);
        if (doer && (!isActorLike(last) || doer[0].country)) {
          if (isWeapon(tokens, last.end - 1, g)) cl.instrument = last;
          cl.subject = doer;
        }
      }
    }
    if (cl.passive) cl.byAgent = passiveDoer(tokens, cl, idx, clauses, g);
    if (cl.passive && !cl.byAgent.length) cl.byAgent = attackDoer(tokens, cl, idx, g);
    if (!cl.frame) cl.frame = adjectiveFrame(tokens, cl, g, clauses) ?? auxiliaryFrame(cl, ownNegation && !conditional(tokens, cl));
  }
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c];
    if (cl.nonFinite !== 'gerund' || cl.governor !== null) continue;
    // "arrested protesters demanding the release of ...": with no comma between, an -ing form right after a common
    // noun for people describes them, and they are its subject ("killed three, wounding ..." is the main subject's;
    // so is "issued a statement criticising ...", whose statement is the subject's).
    const np = idx.endingAt[cl.groupStart - 1];
    // (A capitalised first word is a common noun too: "Protesters demanding ...".)
    const nounBefore = tokens[cl.groupStart - 1]?.pos === 'NOUN' || (np?.start === 0 && np.end === 1 && np.kind === 'actor' && !!np.agent && !np.country);
    if (np && nounBefore && isActorLike(np)) {
      cl.subject = [np];
      cl.describes = true;
      continue;
    }
    // "claimed an attack targeting civilians": right after a noun that names an attack, it tells about that attack,
    // as a relative clause does; its doer is still the main subject. (A document's -ing is its author's act.)
    if (np && nounBefore && np.kind === 'thing' && g.attackNouns.has(tokens[cl.groupStart - 1].lemma)) cl.describes = true;
    const main = nearestFinite(clauses, c);
    if (main) cl.subject = main.subject;
    // "Germany has been the largest donor, contributing $46 million": a clause of "be" and a noun is no verb
    // group here, so the subject is the actor that opens the sentence.
    else if (tokens[cl.groupStart - 1]?.text === ',') cl.subject = openingSubject(tokens, cl.groupStart - 1, idx);
    if (cl.passive) cl.byAgent = passiveDoer(tokens, cl, idx, clauses, g);
  }
  // "Obama and Putin said they will attack": "they" after a subject of several actors is all of them.
  for (let c = 1; c < clauses.length; c++) {
    const cl = clauses[c];
    const only = cl.subject.length === 1 ? cl.subject[0] : null;
    if (!only || only.kind !== 'pronoun' || !only.plural || tokens[only.start].norm !== 'they') continue;
    const several = clauses.slice(0, c).reverse().find((p) => p.subject.length > 1 && p.subject.every(isActorLike) && p.subject[p.subject.length - 1].end <= only.start);
    if (several) cl.subject = several.subject;
  }
  linkReportedSpeech(tokens, clauses);
  negateDenied(tokens, clauses, g);
  bindReflexives(tokens, clauses, idx, g);
}

/**
 * "Japan defended itself", "the villagers armed themselves": a reflexive after a verb stands for that clause's own
 * subject, up to where the next clause begins.
 */
function bindReflexives(tokens: Token[], clauses: Clause[], idx: MentionIndex, g: Grammar): void {
  for (const cl of clauses) {
    const subject = cl.subject.find(isActorLike);
    if (!subject) continue;
    for (let k = cl.head + 1; k < tokens.length && !clauses.some((c) => c.groupStart === k); k++) {
      const m = idx.startingAt[k];
      if (!m || m.kind !== 'pronoun' || g.pronouns.get(tokens[k].norm)?.use !== 'reflexive') continue;
      m.code = subject.code;
      m.country = subject.country;
      m.agent = subject.agent;
      m.personName = subject.personName;
      m.via = `"${m.text}" is its clause's subject, "${subject.text}"`;
      m.ref = subject.ref ?? subject;
    }
  }
}

/**
 * "Russia denied that its troops attacked the villages", "Moscow denied its forces had shelled the town": what a
 * denial says is told as not done. The denied clause is the finite one right after the verb of denial (past "that"
 * and its subject); a clause behind another boundary, or the denial's own negation ("did not deny"), is left as is.
 */
function negateDenied(tokens: Token[], clauses: Clause[], g: Grammar): void {
  for (let d = 0; d + 1 < clauses.length; d++) {
    const den = clauses[d], c = clauses[d + 1];
    if (!g.denying.has(den.lemma) || den.negated || den.frame?.frame === 'refusal' || c.nonFinite) continue;
    // Right after the verb: "denied that ...", "denied his government had ..." (not "rejected five names that ...").
    const next = den.head + 1;
    if (tokens[next]?.norm !== 'that' && c.subject[0]?.start !== next) continue;
    let open = true;
    for (let k = den.head + 1; k < c.groupStart && open; k++) {
      const t = tokens[k];
      if (CLAUSE_PUNCT.has(t.text) || t.text === ',' || t.pos === 'CCONJ' || (g.boundaries.has(t.norm) && t.norm !== 'that' && t.pos !== 'ADP')) open = false;
    }
    if (open) c.negated = true;
  }
}

/** "was determined to mend ties", "is committed to": a participle after "be" that states a will, read as its word. */
function statedParticiple(tokens: Token[], gv: Clause, g: Grammar): ControlVerb | undefined {
  return gv.passive && gv.byAgent.length === 0 ? g.control.get(tokens[gv.head].norm) : undefined;
}

/**
 * "faces pressure from the parliament to admit refugees", "gave permission to the army to enter": the infinitive
 * completes a noun of allowing or urging (complement-nouns.txt), across a party in a prepositional phrase.
 */
function complementNoun(tokens: Token[], k: number, idx: MentionIndex, g: Grammar): boolean {
  const party = idx.endingAt[k];
  if (party && isActorLike(party) && PARTY_PREPOSITIONS.has(tokens[party.start - 1]?.norm ?? '')) k = party.start - 2;
  return tokens[k]?.pos === 'NOUN' && (g.complementNouns.has(tokens[k].lemma) || g.complementNouns.has(tokens[k].norm));
}
const PARTY_PREPOSITIONS = new Set(['from', 'by', 'to', 'of', 'for']);

/** Token k is a noun opened by a preposition (past its determiners and adjectives), after a comma: "..., under orders". */
function prepositionalNoun(tokens: Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'NOUN') return false;
  let j = k - 1;
  while (j >= 0 && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'DET')) j--;
  return tokens[j]?.pos === 'ADP' && tokens[j].norm !== 'to' && tokens[j - 1]?.text === ',';
}

/** "is willing to provide", "is set to meet": an adjective before "to" frames the infinitive. */
function adjectiveFrame(tokens: Token[], cl: Clause, g: Grammar, clauses: Clause[]): Clause['frame'] {
  // Governed by nothing, or by the copula itself ("is ready to contribute").
  if (cl.nonFinite !== 'infinitive' || (cl.governor !== null && clauses[cl.governor].lemma !== 'be')) return null;
  const adj = tokens[cl.groupStart - 2];
  const ctl = adj && (g.control.get(adj.norm) ?? g.control.get(adj.lemma));
  if (!ctl) return null;
  if (ctl.modality === 'future') cl.future = true;
  if (ctl.modality === 'hypothetical') cl.hypothetical = true;
  return ctl.frame ? { frame: ctl.frame, id: ctl.id, at: cl.groupStart - 2 } : null;
}

/** "if Cuba does not release its prisoners": a clause under "if", "unless" or "until" states a condition. */
function conditional(tokens: Token[], cl: Clause): boolean {
  const start = cl.subject[0] && cl.subject[0].start < cl.groupStart ? cl.subject[0].start : cl.groupStart;
  return CONDITION.has(tokens[start - 1]?.norm ?? '');
}
const CONDITION = new Set(['if', 'unless', 'until', 'whether']);

/** "will meet" states an intent; "will not lift" or "would not allow" a refusal. */
function auxiliaryFrame(cl: Clause, ownNegation: boolean): Clause['frame'] {
  // "did not give permission": withholding cooperation is a refusal (frames.tsv has refusal lines for cooperation
  // only; "did not attack" stays a negated attack). A negation the clause only inherits ("would not give permission
  // to Russia to help") is the governing verb's refusal, not a second one.
  if (ownNegation) return { frame: 'refusal', id: 'data/grammar/negators.txt', at: cl.head };
  if (!cl.future && !cl.hypothetical) return null;
  if (cl.negated) return { frame: 'refusal', id: 'data/grammar/modals.txt', at: cl.head };
  return cl.future ? { frame: 'future', id: 'data/grammar/modals.txt', at: cl.head } : null;
}

/** The actor phrase that starts the sentence (after an opening adverbial and its comma), followed by a verb form. */
function openingSubject(tokens: Token[], before: number, idx: MentionIndex): Mention[] {
  let k = 0;
  const comma = tokens.findIndex((t, i) => i < before && t.text === ',');
  if (comma > 0 && comma < 6 && !idx.startingAt[0]) k = comma + 1;
  const m = idx.startingAt[k];
  if (!m || !isActorLike(m)) return [];
  const next = tokens[m.end];
  return next && (next.pos === 'AUX' || next.pos === 'VERB') ? [m] : [];
}

function nearestFinite(clauses: Clause[], c: number): Clause | null {
  // "Taliban fighters overran a base, officials said, killing 17 soldiers": past a verb of saying in between.
  for (let p = c - 1; p >= 0; p--) if (!clauses[p].nonFinite && clauses[p].subject.length && !clauses[p].reporting) return clauses[p];
  for (let p = c - 1; p >= 0; p--) if (!clauses[p].nonFinite && clauses[p].subject.length) return clauses[p];
  for (let p = c + 1; p < clauses.length; p++) if (!clauses[p].nonFinite && clauses[p].subject.length) return clauses[p];
  return null;
}

/**
 * The subject a verb after "and" shares: the previous clause's, but when that clause is the content of a verb of
 * saying ("said that Seoul would no longer endure ... and urged"), the speaker's.
 */
function coordinated(tokens: Token[], clauses: Clause[], c: number): Mention[] | null {
  for (let p = c - 1; p >= 0; p--) {
    const prev = clauses[p];
    if (prev.governor !== null || prev.nonFinite || !prev.subject.length) continue;
    // "ISIL had attacked Iraq and taken Mosul": a participle after "and" shares the auxiliary, so the subject.
    if (sharesAuxiliary(tokens, prev, clauses[c])) return prev.subject;
    for (let r = p - 1; r >= 0; r--) {
      const rep = clauses[r];
      if (rep.reporting && rep.subject.length && rep.head < prev.subject[0].start) return rep.subject;
    }
    return prev.subject;
  }
  return null;
}

function sharesAuxiliary(tokens: Token[], prev: Clause, cl: Clause): boolean {
  const participle = (t: Token) => t.norm !== t.lemma && !t.norm.endsWith('ing');
  return prev.groupStart < prev.head && cl.groupStart === cl.head && participle(tokens[prev.head]) && participle(tokens[cl.head]);
}

/**
 * "A car bombing by the Islamic State killed", "the missiles fired by the Israeli military struck": a thing that
 * acts stands for whoever it is by. "A report released on Tuesday in Kigali alleged": a text made public in a
 * country, with no author named, stands for that country.
 */
export function doerOf(tokens: Token[], thing: Mention, idx: MentionIndex, clauses: Clause[], g: Grammar): Mention[] | null {
  let k = thing.end;
  // Past a participle that modifies the thing ("fired by"), whose "by" phrase names the doer.
  const participle = tokens[k]?.pos === 'VERB' ? clauses.find((c) => c.head === k) : undefined;
  if (participle) {
    k = pastAdverbials(tokens, k + 1, g);
    // "a missile believed to have been fired by rebels": past a hedge, to the participle it hedges.
    const hedged = g.reporting.has(participle.lemma) ? hedgedParticiple(tokens, k) : -1;
    if (hedged >= 0) k = pastAdverbials(tokens, hedged + 1, g);
  }
  const m = idx.startingAt[k + 1];
  if (!m || !isActorLike(m)) return null;
  if (tokens[k]?.norm === 'by') return [m];
  // "a rocket fired from Gaza", "a missile from Syria": a weapon is its launcher's.
  if (tokens[k]?.norm === 'from' && isWeapon(tokens, thing.end - 1, g) && m.code) return [asPlace(m)];
  const published = participle && g.publishingVerbs.has(participle.lemma) && (tokens[k]?.norm === 'in' || tokens[k]?.norm === 'from');
  return published && m.kind === 'actor' && m.country && (!m.agent || m.capital) ? [asPlace(m)] : null;
}

function pastAdverbials(tokens: Token[], k: number, g: Grammar): number {
  while (tokens[k] && (tokens[k].pos === 'ADV' || g.temporal.has(tokens[k].norm) || (tokens[k].norm === 'on' && g.temporal.has(tokens[k + 1]?.norm ?? '')))) k++;
  return k;
}

/** "to be fired", "to have been launched" at k: the position of the participle, or -1. */
function hedgedParticiple(tokens: Token[], k: number): number {
  if (tokens[k]?.norm !== 'to') return -1;
  const at = tokens[k + 1]?.norm === 'be' ? k + 2 : tokens[k + 1]?.norm === 'have' && tokens[k + 2]?.norm === 'been' ? k + 3 : -1;
  return at > 0 && tokens[at]?.pos === 'VERB' ? at : -1;
}

/**
 * The doer of a passive: its "by" phrase, or whoever that phrase's weapon or other thing is by ("was blown up by a
 * missile fired by rebels": the rebels, with the missile as the instrument).
 */
function passiveDoer(tokens: Token[], cl: Clause, idx: MentionIndex, clauses: Clause[], g: Grammar): Mention[] {
  const by = byPhrase(tokens, cl, idx);
  if (by.length !== 1) return by;
  const weapon = isWeapon(tokens, by[0].end - 1, g);
  if (weapon) cl.instrument = by[0];
  else if (isActorLike(by[0])) return by;
  return doerOf(tokens, by[0], idx, clauses, g) ?? by;
}

/** A place as a party: "in Baghdad" is Iraq, the country, not its government. */
export function asPlace(m: Mention): Mention {
  return m.capital && m.country ? { ...m, code: m.country, agent: null } : m;
}

/**
 * "The committee issued a report that calls on the government to act": a thing that an actor's verb has just
 * made or done, and that a relative clause makes act, stands for that actor.
 */
function issuerOf(tokens: Token[], thing: Mention, cl: Clause, clauses: Clause[], idx: MentionIndex, g: Grammar): Mention[] | null {
  if (thing.kind !== 'thing' || !g.relativePronouns.has(tokens[thing.end]?.norm ?? '') || cl.groupStart !== thing.end + 1) return null;
  const maker = clauses.find((p) => p !== cl && p.head < thing.start && !p.passive && p.lemma !== 'be' && directObject(tokens, p.head, thing.start, idx));
  const actors = maker?.subject.filter(isActorLike) ?? [];
  return actors.length ? actors : null;
}

/** The phrase at `start` follows verb `head` with nothing but adverbs between ("issued", "has just issued"). */
function directObject(tokens: Token[], head: number, start: number, idx: MentionIndex): boolean {
  for (let k = head + 1; k < start; k++) if (idx.startingAt[k] || !(tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) return false;
  return true;
}

/** "the summit between the EU and Turkey failed": the parties of a meeting that acts are the ones who act. */
function meetingParties(tokens: Token[], thing: Mention, idx: MentionIndex, g: Grammar): Mention[] | null {
  // A capitalised "Talks" opening the sentence may have been read as a name.
  if (thing.kind === 'actor' || thing.kind === 'pronoun' || !g.meetingNouns.has(tokens[thing.end - 1].norm) || tokens[thing.end]?.norm !== 'between') return null;
  const first = idx.startingAt[thing.end + 1];
  if (!first || !isActorLike(first)) return null;
  const parties = [first, ...rightConjuncts(tokens, first, idx)];
  return parties.length > 1 ? parties : null;
}

/** "urged X to return", "accused X of violating", "offered to step down": the clause this one completes. */
function governorOf(tokens: Token[], clauses: Clause[], c: number, g: Grammar, idx: MentionIndex): number | null {
  const cl = clauses[c];
  if (cl.nonFinite !== 'infinitive' && cl.nonFinite !== 'gerund') return null;
  const linker = tokens[cl.groupStart - 1];
  if (cl.nonFinite === 'gerund' && (!linker || !['of', 'for', 'by', 'after', 'before', 'without', 'from'].includes(linker.norm))) return null;
  for (let p = c - 1; p >= 0; p--) {
    const prev = clauses[p];
    if (cl.groupStart - prev.head > 14) return null;
    if (prev.nonFinite === 'participle') continue;
    // Nothing between them may open a new clause.
    for (let k = prev.head + 1; k < cl.groupStart; k++) {
      // "agreed with his counterpart, Mostafa Najjar, to exchange": a name between commas is an apposition.
      const appos = tokens[k].text === ',' ? idx.startingAt[k + 1] : undefined;
      if (appos && tokens[appos.end]?.text === ',' && appos.end < cl.groupStart) { k = appos.end; continue; }
      if (CLAUSE_PUNCT.has(tokens[k].text) || (g.boundaries.has(tokens[k].norm) && tokens[k].pos !== 'ADP')) return null;
    }
    return p;
  }
  return null;
}

/** The preposition before an -ing clause headed at `head` ("for criticising", "for acting"), or -1. */
function gerundLinker(tokens: Token[], clauses: Clause[], head: number, cl: Clause): number {
  const gerund = clauses.find((c) => c.head === head && c !== cl && c.nonFinite === 'gerund');
  const at = gerund ? gerund.groupStart - 1 : -1;
  // The tagger may read "for" as a conjunction.
  return at >= 0 && (tokens[at].pos === 'ADP' || tokens[at].norm === 'for') ? at : -1;
}

/** "left the town, as agreed in the deal", "as planned": a bare participle after "as" is a passive with no subject. */
function ellipticalPassive(tokens: Token[], cl: Clause): boolean {
  const head = tokens[cl.head];
  return tokens[cl.groupStart - 1]?.norm === 'as' && cl.groupStart === cl.head && head.norm !== head.lemma && !head.norm.endsWith('ing');
}

function subjectOf(tokens: Token[], cl: Clause, idx: MentionIndex, g: Grammar, clauses: Clause[]): Mention[] {
  let k = cl.groupStart - 1;
  // "X, a spokesman for Y, said", "the brigade, based in Akure, had mobilised": skip an apposition (or a
  // participle phrase) between commas.
  if (tokens[k]?.text === ',') {
    let j = k - 1;
    const participle = (i: number) => tokens[i - 1]?.text === ',' && /(?:ed|ing)$/.test(tokens[i].norm);
    // "Jane Roe, an academic who has given evidence in cases, told": a verb inside the aside is fine when a relative
    // pronoun opens its clause within the aside.
    let verb = -1;
    while (j >= 0 && tokens[j].text !== ',' && k - j < 30) {
      if (tokens[j].pos === 'VERB' && !participle(j)) verb = j;
      j--;
    }
    const relative = (from: number, to: number) => tokens.slice(from, to).some((t) => g.relativePronouns.has(t.norm) && t.pos !== 'SCONJ');
    if (verb >= 0 && !relative(j + 2, verb)) j = -1;
    if (j >= 0 && tokens[j].text === ',' && idx.endingAt[j - 1] && isActorLike(idx.endingAt[j - 1])) {
      // "The US commander in Iraq, General Petraeus, held talks": the phrase the "in Iraq" belongs to.
      let m = idx.endingAt[j - 1]!;
      while (tokens[m.start - 1]?.pos === 'ADP' && !g.boundaries.has(tokens[m.start - 1].norm) && idx.endingAt[m.start - 2]) m = idx.endingAt[m.start - 2]!;
      return withConjuncts(tokens, m, idx);
    }
  }
  for (let steps = 0; k >= 0 && steps < MAX_LEFT; k--, steps++) {
    const t = tokens[k];
    // "Amnesty International (AI) has accused": a parenthesis is passed over.
    if (t.text === ')') {
      let open = k - 1;
      while (open >= 0 && tokens[open].text !== '(' && k - open < 12) open--;
      if (open >= 0 && tokens[open].text === '(') { k = open; continue; }
    }
    const m = idx.endingAt[k];
    if (m) {
      // "diplomacy with South Korea and the United States": a phrase (or list) after a preposition is no subject.
      const list = withConjuncts(tokens, m, idx);
      const before = tokens[list[0].start - 1];
      // "after North Korea razed": a clause opener, not a preposition, stands before this subject.
      const inPP = before && before.pos === 'ADP' && !g.boundaries.has(before.norm);
      // "the coalition fighting Houthi rebels ... has declared": the object of a modifying -ing or -ed clause
      // is passed over, with its verb.
      const modifier = before?.pos === 'VERB' && idx.endingAt[list[0].start - 2]
        ? clauses.find((c) => c.head === list[0].start - 1 && c !== cl && (c.nonFinite === 'gerund' || c.nonFinite === 'participle'))
        : undefined;
      if (modifier) { k = modifier.head; continue; }
      // "A Saudi national who fled Syria in August told": the object of a relative clause, with its verb.
      const relativeVerb = before?.pos === 'VERB' ? clauses.find((c) => c.head === list[0].start - 1 && c !== cl && g.relativePronouns.has(tokens[c.groupStart - 1]?.norm ?? '')) : undefined;
      if (relativeVerb) { k = relativeVerb.groupStart - 1; continue; }
      // "jailed for criticising the army were freed": the object of an -ing clause after a preposition.
      const linker = before?.pos === 'VERB' ? gerundLinker(tokens, clauses, list[0].start - 1, cl) : -1;
      if (linker >= 0) { k = linker; continue; }
      // "peacekeepers who are part of the first group arrived": the predicate of a relative clause with "be".
      const rel = tokens[list[0].start - 2];
      if (before?.pos === 'AUX' && before.lemma === 'be' && rel && g.relativePronouns.has(rel.norm) && idx.endingAt[list[0].start - 3]) { k = list[0].start - 2; continue; }
      if (!inPP) return list;
      k = list[0].start;
      continue;
    }
    // "The missiles fired by the Israeli military struck": a participle clause in between is passed over.
    const participle = t.pos === 'VERB' ? clauses.find((c) => c.head === k && c.nonFinite === 'participle') : undefined;
    if (participle && participle.subject[0]) { k = participle.subject[0].end; continue; }
    // "The delegation visiting earlier in the week offered": an -ing clause right after its noun describes it.
    if (t.pos === 'VERB' && t.norm.endsWith('ing') && idx.endingAt[k - 1] && !clauses.some((c) => c.head === k && c.groupStart < k)) continue;
    // "Family members of the victims who were killed in Mexico have filed": a relative clause is passed over.
    const relative = t.pos === 'VERB' ? clauses.find((c) => c.head === k && c !== cl && g.relativePronouns.has(tokens[c.groupStart - 1]?.norm ?? '')) : undefined;
    if (relative) { k = relative.groupStart - 1; continue; }
    // "The civilians imprisoned for acting against Moscow were released": an -ing clause after a preposition is
    // passed over.
    const linker = t.pos === 'VERB' ? gerundLinker(tokens, clauses, k, cl) : -1;
    if (linker >= 0) { k = linker; continue; }
    if (t.pos === 'VERB' || CLAUSE_PUNCT.has(t.text)) return [];
    if (g.boundaries.has(t.norm) && t.pos !== 'ADP') {
      // "Moscow and Beijing, which have resisted": the relative pronoun stands for the phrase before it.
      const before = g.relativePronouns.has(t.norm) ? antecedent(tokens, k, idx) : null;
      if (before) return withConjuncts(tokens, before, idx);
      return [];
    }
  }
  return [];
}

/**
 * The phrase a relative pronoun at k stands for: the one right before it, or before its comma or dash ("Moscow and
 * Beijing, which"), past a bracketed acronym ("the Kurdistan Workers' party (PKK), which").
 */
function antecedent(tokens: Token[], k: number, idx: MentionIndex): Mention | null {
  if (idx.endingAt[k - 1]) return idx.endingAt[k - 1]!;
  if (tokens[k].norm === 'that' || !/^(?:,|-+|—|–)$/.test(tokens[k - 1]?.text ?? '')) return null;
  let p = k - 2;
  if (tokens[p]?.text !== ')') return idx.endingAt[p] ?? null;
  let open = p - 1;
  while (open > 0 && p - open < 6 && tokens[open].text !== '(') open--;
  if (tokens[open]?.text !== '(') return null;
  const m = idx.endingAt[open - 1];
  // The acronym names the phrase right before it: "an ally of the Kurdistan Workers Party (PKK), which" is the PKK.
  for (let j = (m?.start ?? open) + 1; m && j < open - 1; j++) if (idx.startingAt[j]?.end === open) return idx.startingAt[j]!;
  return m ?? null;
}

/**
 * "Moon and Kim Jong Un agreed", "France, Germany and Italy said": every conjunct of a subject. Commas join only a
 * list that an "and" closes, so "In Kabul, police said" is one subject.
 */
function withConjuncts(tokens: Token[], m: Mention, idx: MentionIndex): Mention[] {
  const out = [m];
  let cur = m;
  while (cur.start >= 2 && CONJ.has(tokens[cur.start - 1].norm)) {
    if (out.length === 1 && tokens[cur.start - 1].norm === ',') break;
    // "Mordor, the awful Fornost, and good Gondor": a comma before the closing "and" (the serial comma), in a
    // list of three or more ("the two Koreas, and we warn" joins two clauses, not two subjects).
    const serial = tokens[cur.start - 1].norm !== ',' && tokens[cur.start - 2].text === ',' && cur.start >= 3;
    const prev = idx.endingAt[cur.start - (serial ? 3 : 2)];
    // "the EU, the United States and other countries": the last item may be a phrase no dictionary codes.
    const head = cur === m && tokens[m.start - 1].norm === 'and';
    if (!prev || !isActorLike(prev) || !(isActorLike(cur) || head)) break;
    // "his Russian counterpart, Sergei Lavrov, and ...": a name in apposition is the phrase before it, not an item.
    if (apposedTo(prev, cur)) { out[0] = prev; cur = prev; continue; }
    if (serial && !(tokens[prev.start - 1]?.text === ',' && isActorLike(idx.endingAt[prev.start - 2]))) break;
    out.unshift(prev);
    cur = prev;
  }
  const actors = out.filter(isActorLike);
  return shareAgent(actors.length ? actors : out, tokens);
}

/**
 * "The ambassadors of Arnor, Osgiliath and Gondor": the bare countries of a list whose first item is an agent
 * "of" a country are agents of the same kind.
 */
export function shareAgent(list: Mention[], tokens: Token[]): Mention[] {
  shareCountry(list, tokens);
  const [first, ...rest] = list;
  if (!first?.agent || !first.country || !/\s(?:of|in|from)\s/.test(first.text)) return list;
  for (const m of rest) {
    if (m.kind !== 'actor' || m.agent || !m.country || m.personName || m.code !== m.country) continue;
    m.agent = first.agent;
    m.code = m.country + first.agent;
    m.via = `${m.via ?? ''} + the agent of "${first.text}"`;
  }
  return list;
}

/**
 * "Danish media and government", "US officials and lawmakers": a bare agent noun (no determiner, no country of
 * its own) conjoined right after a bare phrase whose country is a modifier shares that country, as one flat
 * noun phrase whose modifier covers both nouns. With a determiner ("The Danish media and government") the
 * phrases stand apart, as PETRARCH's parse reads them.
 */
function shareCountry(list: Mention[], tokens: Token[]): void {
  for (let i = 1; i < list.length; i++) {
    const [prev, m] = [list[i - 1], list[i]];
    if (!prev.country || !prev.agent || prev.guessed || prev.personName || !m.agent || m.country || m.personName) continue;
    if (tokens[prev.start].pos === 'DET' || tokens[prev.end]?.norm !== 'and') continue;
    if (m.kind !== 'actor' || m.code !== m.agent || m.end - m.start !== 1) continue;
    m.country = prev.country;
    m.code = m.country + m.agent;
    m.via = `${m.via ?? ''} + the country of "${prev.text}"`;
  }
}

/** The noun phrase right after a verb (and its particles), with its conjuncts. */
export function objectOf(tokens: Token[], cl: Clause, idx: MentionIndex): Mention[] {
  for (let k = cl.head + 1; k < Math.min(tokens.length, cl.head + 4); k++) {
    const m = idx.startingAt[k];
    if (m) return [m, ...rightConjuncts(tokens, m, idx)];
    if (tokens[k].pos !== 'ADP' && tokens[k].pos !== 'PART' && tokens[k].pos !== 'ADV') return [];
    if (tokens[k].norm === 'on' || tokens[k].norm === 'upon') continue;
    return [];
  }
  return [];
}

/** `b` is the name `a` stands in apposition with ("his Russian counterpart, Sergei Lavrov"): one person. */
function apposedTo(a: Mention, b: Mention): boolean {
  return !!a.extent && a.extent.charEnd === b.charEnd;
}

export function rightConjuncts(tokens: Token[], m: Mention, idx: MentionIndex): Mention[] {
  const out: Mention[] = [];
  let cur = m;
  let closed = false;
  while (tokens[cur.end] && CONJ.has(tokens[cur.end].norm)) {
    // "A, B, and C": the serial comma before the closing "and", after a comma-joined item.
    const serial = out.length > 0 && tokens[cur.end].norm === ',' && CONJ.has(tokens[cur.end + 1]?.norm ?? '') && tokens[cur.end + 1].norm !== ',';
    const next = idx.startingAt[cur.end + (serial ? 2 : 1)];
    if (!next || !isActorLike(next) || !isActorLike(cur)) break;
    if (apposedTo(cur, next)) { cur = next; continue; }
    if (tokens[cur.end].norm !== ',' || serial) closed = true;
    out.push(next);
    cur = next;
    if (closed) break;
  }
  // A comma list that no "and" closes was no list: "... southwest of Baghdad, the Central Command said".
  return closed ? out : [];
}

/**
 * "were killed in an Israeli air strike", "wounded in Russian shelling": with no "by" phrase, the actor that
 * modifies the attack a passive happened in is its doer. The attack noun is the phrase's last word or the noun
 * right after it ("Israeli tank | shelling").
 */
function attackDoer(tokens: Token[], cl: Clause, idx: MentionIndex, g: Grammar): Mention[] {
  for (let k = cl.head + 1; k < Math.min(tokens.length, cl.head + 6); k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || CLAUSE_PUNCT.has(t.text)) return [];
    if (t.norm !== 'in' && t.norm !== 'during' && t.norm !== 'amid') continue;
    const m = idx.startingAt[k + 1];
    if (!m || !isActorLike(m) || !m.country || m.personName) return [];
    const last = tokens[m.end - 1], next = tokens[m.end];
    const noun = g.attackNouns.has(last.lemma) || g.attackNouns.has(last.norm) ? last : next && (g.attackNouns.has(next.lemma) || g.attackNouns.has(next.norm)) ? next : null;
    return noun ? [m] : [];
  }
  return [];
}

function byPhrase(tokens: Token[], cl: Clause, idx: MentionIndex): Mention[] {
  for (let k = cl.head + 1; k < Math.min(tokens.length, cl.head + 8); k++) {
    if (tokens[k].pos === 'VERB' || CLAUSE_PUNCT.has(tokens[k].text)) return [];
    if (tokens[k].norm === 'by' && idx.startingAt[k + 1]) {
      const m = idx.startingAt[k + 1]!;
      return [m, ...rightConjuncts(tokens, m, idx)];
    }
  }
  return [];
}

/** "X said (that) Y attacked Z" and "Y attacked Z, X said": Y's clause is reported by X. */
function linkReportedSpeech(tokens: Token[], clauses: Clause[]): void {
  for (let r = 0; r < clauses.length; r++) {
    const rep = clauses[r];
    if (!rep.reporting || rep.governor !== null) continue;
    const trailing = clauses.slice(r + 1).every((c) => c.governor !== null);
    const trailingComma = tokens[(rep.subject[0]?.start ?? rep.groupStart) - 1]?.text === ',' || tokens[rep.groupStart - 1]?.text === ',';
    for (let c = 0; c < clauses.length; c++) {
      if (c === r || clauses[c].reportedBy !== null || clauses[c].subject === rep.subject) continue;
      if (c > r || (trailing && trailingComma && c < r)) clauses[c].reportedBy = r;
    }
  }
}
