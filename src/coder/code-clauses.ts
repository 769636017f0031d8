// Stage: clauses -> event drafts. A clause whose verb matches a pattern gives one event per source/target pair.
import type { Token } from '../nlp/types.js';
import type { Mention } from '../actors/types.js';
import type { Clause } from '../clauses/types.js';
import { asPlace, doerOf, isActorLike, rightConjuncts, type MentionIndex } from '../clauses/arguments.js';
import { NULL_CODE, type VerbLexicon } from './verb-lexicon.js';
import type { Grammar } from '../lexicon/grammar.js';
import { matchPassiveSubject, matchPattern, type PatternMatch } from './match-pattern.js';
import { framedCode, isReciprocal, needsParty, type Codebook } from './codebook.js';
import { candidatePatterns } from './pattern-index.js';
import { absorbNested, applySlots, withPairs } from './pattern-slots.js';
import { addReportedForce } from './reported-force.js';
import { relativeStart } from '../clauses/asides.js';
import { startsUpper } from '../nlp/letter-case.js';
import { weaponCode } from '../actors/resolve.js';

export interface EventDraft {
  clause: Clause;
  match: PatternMatch;
  source: Mention;
  target: Mention | null;
  /** The speaker of reported speech, when the event is someone's claim. */
  reportedBy: Mention | null;
  /** The code after a frame changed it ("agreed to meet": 036), with the frame rule's id. */
  framed: { code: string; id: string; verb: number } | null;
  /** Token position that orders events within the sentence. */
  at: number;
  /** Where it happened: a place after "in", "at", "near" ... in the clause. */
  place: Mention | null;
  /** The target is that place, for an event whose pattern and clause name no other party. */
  targetIsPlace: boolean;
  /** A bare verb of saying ("said", "told reporters"): an event only when nothing else in the sentence is. */
  saying: boolean;
}

export function codeClauses(tokens: Token[], clauses: Clause[], idx: MentionIndex, verbs: VerbLexicon, g: Grammar, book: Codebook): EventDraft[] {
  if (!clauses.some((cl) => verbs.byLemma.has(cl.lemma))) return [];
  // The sentence's words and lemmas: patterns needing a word the sentence lacks are skipped unread.
  const words = new Set<string>();
  for (const t of tokens) { words.add(t.norm); words.add(t.lemma); }
  const sentence: SentenceFacts = { words, idle: idleVerbs(tokens, clauses) };
  const byClause = clauses.map((cl) => draftsOf(tokens, cl, clauses, idx, verbs, g, sentence, book));
  applyFrames(clauses, byClause, book);
  dropRestatements(clauses, byClause);
  absorbNested(tokens, clauses, byClause);
  tellMainFirst(clauses, byClause);
  addReportedForce(tokens, clauses, byClause, book, g);
  lendAttackTargets(tokens, clauses, byClause, g);
  for (const ds of byClause) for (const d of ds) { violentProtest(tokens, d, g); weaponForce(tokens, d, g); }
  // "the militant group that has seized parts of Iraq": a relative clause tells about a noun of the sentence's
  // event, which is the news; it is an event of its own only when nothing else in the sentence is.
  const relative = new Set(clauses.filter((cl) => cl.describes || relativeStart(tokens, cl, g) >= 0));
  const all = byClause.flat().sort((a, b) => a.at - b.at);
  const told = all.filter((d) => !d.saying);
  const main = told.filter((d) => !relative.has(d.clause));
  // A verb of saying is an event of its own only when nothing it reports was coded.
  return main.length ? main : told.length ? told : all;
}

/**
 * "carried out an air strike targeting Hamas commanders", "claimed a bombing targeting Afghan soldiers": an -ing form
 * that describes an attack (attack-nouns.txt) names whom the attack was against. An event whose target is that
 * attack takes its target; the -ing itself yields to that event as a relative clause does.
 */
function lendAttackTargets(tokens: Token[], clauses: Clause[], byClause: EventDraft[][], g: Grammar): void {
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c];
    const noun = cl.groupStart - 1;
    if (!cl.describes || cl.nonFinite !== 'gerund' || !g.attackNouns.has(tokens[noun]?.lemma ?? '')) continue;
    const aimed = byClause[c].find((d) => d.target && isActorLike(d.target) && !d.targetIsPlace)?.target;
    if (!aimed) continue;
    for (const ds of byClause) {
      for (const d of ds) {
        if (d.clause === cl || !d.target || d.target.kind !== 'thing' || d.target.start > noun || d.target.end <= noun) continue;
        d.target = aimed;
        d.targetIsPlace = false;
      }
    }
  }
}

/**
 * "Protesters torched the police station", "was demolished by a Ukrainian protester": force used by people who
 * protest is a protest turned violent (CAMEO 145), not a seizure or an assault by them.
 */
function violentProtest(tokens: Token[], d: EventDraft, g: Grammar): void {
  const code = d.framed?.code ?? d.match.pattern.code;
  // Armed force ("launched missiles", 19) or a bombing (183) is more than a riot.
  if (!/^(17|18[0-2])/.test(code) || d.framed) return;
  const head = tokens[d.source.end - 1];
  if (!head || !(g.protesterNouns.has(head.lemma) || g.protesterNouns.has(head.norm.replace(/s$/, '')))) return;
  d.framed = { code: '145', id: 'data/grammar/protester-nouns.txt', verb: d.clause.head };
}

/**
 * "was blown up by a missile fired by rebels", "Russian rockets blew up the bridge": force done with a weapon is
 * military force of that weapon's code (weapon-nouns.txt), not the non-military bombing a verb of blowing up says,
 * and more than the plain force (190) of a verb of striking, or the small arms (193) "fire at" guesses.
 */
function weaponForce(tokens: Token[], d: EventDraft, g: Grammar): void {
  const code = d.framed?.code ?? d.match.pattern.code;
  if (!RECODED.test(code)) return;
  // The weapon: what the doer acted through, the source itself ("Russian rockets"), or what a passive says was
  // fired ("two rockets were fired at Israel").
  const cl = d.clause;
  const candidates = [cl.instrument, d.source, cl.passive && cl.subject.length === 1 ? cl.subject[0] : undefined];
  for (const m of candidates) {
    const force = m ? forceOf(tokens, m, g) : null;
    if (force) { d.framed = { code: force, id: 'data/grammar/weapon-nouns.txt', verb: cl.head }; return; }
  }
}
/** The code of force a phrase names: its weapon ("Russian rockets"), or the weapon of its attack ("a drone strike"). */
function forceOf(tokens: Token[], m: Mention, g: Grammar): string | null {
  const head = m.end - 1;
  const own = weaponCode(tokens, head, g);
  return own ?? (g.attackNouns.has(tokens[head].lemma) && head > m.start ? weaponCode(tokens, head - 1, g) : null);
}

/** Unconventional violence and non-military bombing (CAMEO 180, 183), plain force (190) and small arms (193). */
const RECODED = /^(18[03]|19[03])$/;

/** What every clause of a sentence looks up: its words and lemmas, and the verbs that head no clause. */
interface SentenceFacts {
  words: Set<string>;
  idle: Set<number>;
}

function draftsOf(tokens: Token[], cl: Clause, clauses: Clause[], idx: MentionIndex, verbs: VerbLexicon, g: Grammar, sentence: SentenceFacts, book: Codebook): EventDraft[] {
  if (!verbs.byLemma.has(cl.lemma) || cl.nounComplement || isBackground(cl, clauses, tokens)) return [];
  let match: PatternMatch | null = null;
  const subj = cl.passive && cl.subject.length ? { start: cl.subject[0].start, end: cl.subject[cl.subject.length - 1].end } : null;
  // "a mortar bomb was fired at Israel": a passive whose subject is a thing leaves the target slot to the phrase
  // after the verb, as an active would.
  const passiveSlot = cl.passive && (!cl.subject.length || cl.subject.some(isActorLike));
  for (const p of candidatePatterns(verbs, cl.lemma, sentence.words)) {
    // "the rebels were to blame" is an accusation only as someone's claim.
    if (p.reported && cl.reportedBy === null) continue;
    // "A rocket fired from Gaza hit ...": the weapon the doer acted through is named too.
    if (p.subjectWords && !namedBy(tokens, cl.instrument ? [...cl.subject, cl.instrument] : cl.subject, p.subjectWords)) continue;
    match = (subj && matchPassiveSubject(p, tokens, subj, cl.head + 1, idx)) || matchPattern(p, tokens, cl.head + 1, idx, passiveSlot, g.durationNouns) ||
      (cl.passive && !passiveSlot ? matchPattern(p, tokens, cl.head + 1, idx, true, g.durationNouns) : null);
    // "women are liberating themselves": a reflexive in the target slot names no other party; a pattern that
    // needs one does not fit ("Iraq attacked themselves" is still an attack).
    if (match && typeof match.target === 'object' && match.target && isReflexive(match.target, tokens, g)) { match = null; continue; }
    if (match) break;
  }
  // A pattern that codes nothing ("---") stops weaker ones of its verb.
  if (!match || (match.pattern.code === NULL_CODE && !match.pattern.paired)) return [];
  // Not making a statement is no event ("it has not responded").
  if (cl.negated && match.pattern.code.startsWith('01')) return [];
  const speaker = cl.reportedBy !== null ? clauses[cl.reportedBy].subject.find(isActorLike) ?? null : null;
  let sources = (cl.passive ? cl.byAgent : cl.subject).flatMap((m) => includedMembers(tokens, m, idx, g) ?? [m]).filter(isActorLike);
  // Several subjects act on each other only when the sentence names several ("Moon and Kim agreed"), not when one
  // phrase stands for several countries ("lawmakers in France and Germany").
  const several = sources.length > 1;
  sources = sources.flatMap((m) => [m, ...(m.also ?? [])]);
  // The speaker stands in for a clause with no subject or an unresolved pronoun ("Farc said it will release"), and
  // for a thing only in verbal conflict, which the speaker then voices ("said the leaflets insulted her brother");
  // "a suicide attack killed eight, officials say" is not the officials' act.
  if (!sources.length && speaker && !cl.passive && (cl.subject.every((m) => m.kind === 'pronoun') || /^1[0-4]/.test(match.pattern.code))) sources = [speaker];
  // "was arrested in Niger", "were expelled from North Korea": coercion or a cut in relations with no one named is
  // the state's where it happened; so is a release ("were freed from captivity in Libya", "released in Tripoli").
  if (!sources.length && cl.passive && /^(1[67]|084)/.test(match.pattern.code)) {
    const place = placeOf(tokens, match.end, idx, g, sentence.idle);
    // A release is the state's only where a place is named ("into the care of their mother" is no place).
    if (place?.country && (!match.pattern.code.startsWith('084') || namesPlace(tokens, place))) sources = [place];
  }
  // "a mortar bomb was fired at Israel from the Gaza Strip": force with no one named came from where it was fired.
  if (!sources.length && cl.passive && /^(18|19|20)/.test(match.pattern.code)) {
    const origin = originOf(tokens, cl.head + 1, idx, g);
    if (origin) sources = [asPlace(origin)];
  }
  let targets: Mention[];
  if (match.target === 'subject') targets = cl.subject;
  else if (match.target) targets = [match.target, ...rightConjuncts(tokens, match.target, idx)];
  else if (cl.passive) targets = cl.subject;
  else targets = impliedTargets(tokens, cl, match, idx, g);
  ({ sources, targets } = applySlots(match, cl, sources, targets, speaker, tokens, idx));
  // "Japan defended itself", "the villagers armed themselves": help or support the source gives itself is no event
  // (force it turns on itself stays an act, with no other party: "Iraq had attacked themselves").
  if (/^0/.test(match.pattern.code) && targets.length && targets.every((t) => isReflexive(t, tokens, g) && sources.some((s) => sameEntity(t, s)))) return [];
  // "the minister said he was responsible": a speaker blaming himself accuses no one.
  if (match.pattern.reported && targets.every((t) => sources.some((s) => sameEntity(t, s)))) return [];
  if (targets.length && targets.every((t) => isOwn(t, sources[0], tokens, match!.pattern.code))) targets = targets.map((t) => ({ ...t, kind: 'thing' as const, code: null, country: null, agent: null }));
  // "condemned an attack by white farmers", "the threats made by the US": a thing done by an actor stands for it.
  // "condemned the aggression and the threats made by the US": so does a thing joined to it by "and".
  if (!cl.passive && targets.length && !targets.some(isActorLike)) {
    const last = targets[targets.length - 1];
    const joined = tokens[last.end]?.norm === 'and' ? idx.startingAt[last.end + 1] : undefined;
    targets = doerOf(tokens, last, idx, clauses, g) ?? (joined && !isActorLike(joined) ? doerOf(tokens, joined, idx, clauses, g) : null) ?? targets;
  }
  // "rejected the rebels' demands", "seized the cartel's assets": a thing that belongs to an actor stands for it.
  // The source's own ("reaffirmed his administration's commitment to X") is no other party.
  const owner = targets.length === 1 && !isActorLike(targets[0]) ? targets[0].possessor : undefined;
  if (!cl.passive && owner && isActorLike(owner) && !sources.some((s) => sameEntity(owner, s) || (!!owner.code && owner.code === s.code) || owner.text.toLowerCase() === s.text.toLowerCase())) targets = [owner];
  // "called for sanctions against Moscow", "lent $1 billion to Indonesia": when the object is a thing and an
  // actor follows through a preposition, the actor is the other party.
  // So too for a passive whose subject is a thing: "a mortar bomb was fired at Israel".
  if ((!cl.passive || !cl.subject.some(isActorLike)) && targets.length && !targets.some(isActorLike)) {
    const after = cl.passive ? match.end : Math.max(match.end, targets[targets.length - 1].end);
    const pp = prepositionalTarget(tokens, after, idx, g, true, participleHeads(clauses));
    if (pp) targets = [pp, ...rightConjuncts(tokens, pp, idx)];
  }
  // "returned a painting that was stolen in 1989 from a gallery in Manhattan to its owner": a verb of handing
  // over names its receiver with "to", after an object of any length; the receiver is the other party. So too
  // when the object is people of no country ("extradited a drug lord to Gondor": Gondor, not the drug lord).
  if (!cl.passive && g.recipientVerbs.has(cl.lemma) && targets.every((t) => !t.country)) {
    // "extradite {T} to": the pattern may end on the "to" itself.
    const from = typeof match.target === 'object' && match.target ? Math.min(match.end, match.target.end) : match.end;
    const to = receiverOf(tokens, from, idx, g);
    // A thing received ("return Afrin to its rightful owners") does not displace a party already named.
    if (to && (isActorLike(to) || !targets.some(isActorLike))) targets = [to, ...rightConjuncts(tokens, to, idx)];
  }
  // A verb of saying on its own is an interaction only with an addressee ("told reporters"), not "experts say";
  // "declared a ceasefire" is more than saying.
  const saying = cl.reporting && match.pattern.weight === 1;
  if (saying && !(match.slot && targets.some(isActorLike))) return [];
  // "attack {T} in|near": a preposition that ends the pattern still opens the place.
  const placeFrom = g.locatives.has(tokens[match.end - 1]?.norm ?? '') ? match.end - 1 : match.end;
  const place = placeOf(tokens, placeFrom, idx, g, sentence.idle) ?? frontedPlace(tokens, idx, g);
  // "deployed troops in Afghanistan", "set up a field hospital in Louisiana": the place is the other party, and
  // failing one in the clause, the place the sentence goes on to name ("resigned, after protests in Peru").
  // "Kenya and Uganda praised the deal", "... are promoting biofuels": support whose slot holds a thing is for that
  // thing, not for each other (a deal signed, 057, is still between them).
  const supportsThing = /^05[1-3]/.test(match.pattern.code) && match.slot && typeof match.target === 'object' && !!match.target && !isActorLike(match.target);
  const reciprocal = match.pattern.subject === 'compound' || (isReciprocal(book, match.pattern.code) && several && !supportsThing);
  const noParty = !saying && !targets.some((t) => isActorLike(t) || isPatient(tokens, t, g)) && !(reciprocal && sources.length > 1);
  const targetPlace = noParty ? place ?? storyPlace(tokens, placeFrom, idx, g) : null;
  const targetIsPlace = !!targetPlace;
  // Protection is given to a party, or in a place ("a peacekeeping mission in the Balkan republic"): "protect its
  // reserves" protects no one.
  if (noParty && !targetPlace && needsParty(book, match.pattern.code) && !targets.some((t) => g.locatives.has(tokens[t.start - 1]?.norm ?? ''))) return [];
  if (targetPlace) {
    // "attacks on the rebel-held Ghouta region near Damascus", "seized oil fields near Kirkuk": a thing right before
    // the place is what was acted on there; it stands for the place's country.
    const there = targets.find((t) => t.kind === 'thing' && t.end + 1 === targetPlace.start && g.situating.has(tokens[t.end].norm));
    targets = [there ? locatedAt(tokens, there, asPlace(targetPlace)) : asPlace(targetPlace)];
  }
  // "contribute air support to an African Union peacekeeping force in Somalia": help for an international body's
  // work in a country is help for that country.
  if (/^0[3-7]/.test(match.pattern.code)) targets = targets.map((t) => servedCountry(tokens, t, idx) ?? t);
  // "killed 48 people in two attacks in Afghanistan": people named by no country are the place's.
  if (place?.country && !targetIsPlace) targets = targets.map((t) => (t.agent === 'CVL' && !t.country && t.code === 'CVL' ? { ...t, country: place.country, code: place.country + 'CVL', via: `${t.via ?? ''} + the place "${place.text}"` } : t));
  // "aid to people in Haiti and Cuba": one such target for each country, as for sources.
  targets = targets.flatMap((m) => [m, ...(m.also ?? [])]);
  const otherNamed = targets.some((t) => isActorLike(t) || t === match!.target || t.start === match!.end);
  // "might attack any day", "surrendered a few days after", "pounded day and night": a length of time is no party
  // (though, as an object, it still says the subjects did not act on each other).
  targets = targets.filter((t) => !isDuration(t, tokens, g));
  return withPairs(pairs(sources, targets, reciprocal, MUTUAL_WITH_OTHERS.test(match.pattern.code), otherNamed).map(([source, target]) => ({ clause: cl, match: match!, source, target, reportedBy: speaker, framed: null, at: cl.head, place, targetIsPlace, saying })), !!cl.frame && cl.frame.frame !== 'future');
}

/** The country an international body's phrase works in ("a UN mission in Mali"), or null. */
function servedCountry(tokens: Token[], t: Mention, idx: MentionIndex): Mention | null {
  if (t.kind !== 'actor' || !t.code?.startsWith('IGO') || t.personName || tokens[t.end]?.norm !== 'in') return null;
  const m = idx.startingAt[t.end + 1];
  return m && m.kind === 'actor' && m.country && m.code === m.country && !m.capital && !m.geo ? m : null;
}

/** A thing in a place, as a party: the place's code, spanning both ("the Ghouta region near Damascus"). */
function locatedAt(tokens: Token[], thing: Mention, place: Mention): Mention {
  let text = '';
  for (let k = thing.start; k < place.end; k++) text += (k > thing.start && tokens[k].spaceBefore ? ' ' : '') + tokens[k].text;
  return { ...thing, kind: place.kind, code: place.code, country: place.country, agent: place.agent, via: `${place.via ?? place.text} (the place of "${thing.text}")`, extent: { charEnd: place.charEnd, text } };
}

function isReflexive(m: Mention, tokens: Token[], g: Grammar): boolean {
  return m.kind === 'pronoun' && g.pronouns.get(tokens[m.start].norm)?.use === 'reflexive';
}

/** A phrase among `subject` holds one of `words` ("First contingents of West African peacekeeping troops"). */
function namedBy(tokens: Token[], subject: Mention[], words: Set<string>): boolean {
  // Common nouns only: "Royal Dutch Shell" names no shell (a capitalised first word may be one: "Peacekeepers").
  const named = (t: Token, k: number) => t.pos !== 'PROPN' ? words.has(t.norm) || words.has(t.lemma) :
    k === 0 && (words.has(t.norm) || words.has(t.norm.replace(/s$/, '')));
  return subject.some((m) => tokens.slice(m.start, m.end).some((t, i) => named(t, m.start + i)));
}

/**
 * "Syrian forces backed by Russian warplanes pounded Ghouta", "the coalition fighting Houthi rebels has declared a
 * ceasefire": a participle describing the subject tells who stands behind the doer or what it is doing anyway; the
 * sentence's own event is the verb it leads to, which comes first.
 */
function tellMainFirst(clauses: Clause[], byClause: EventDraft[][]): void {
  clauses.forEach((cl, c) => {
    if (!byClause[c].length) return;
    const describing = cl.nonFinite === 'participle' || (cl.nonFinite === 'gerund' && cl.governor === null && cl.subject.some((s) => s.end === cl.groupStart));
    if (!describing) return;
    // A verb of saying is the main event only when it says more than that ("declared a ceasefire").
    const main = clauses.find((m, i) => m.head > cl.head && !m.nonFinite && (!m.reporting || byClause[i].some((d) => !d.saying)) && m.subject.some((s) => s.end <= cl.head));
    if (main) for (const d of byClause[c]) d.at = main.head + 0.5;
  });
}

/**
 * The phrase after the last "to" of the clause: relative clauses and asides on the object may come first
 * ("returned 12 skulls that date back to 640 AD to Peru"). The clause ends at a full stop, a semicolon, a
 * subordinate clause after a comma (", where ..."), a conjunction that opens a clause ("while", "because"), or
 * "and" before a verb.
 */
function receiverOf(tokens: Token[], from: number, idx: MentionIndex, g: Grammar): Mention | null {
  let found: Mention | null = null;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k], next = tokens[k + 1];
    if (t.text === '.' || t.text === ';' || t.text === ':') break;
    if (t.text === ',' && next && g.boundaries.has(next.norm)) break;
    // "missing since 1950" is a date, not a clause.
    if (g.boundaries.has(t.norm) && t.pos !== 'ADP' && next?.pos !== 'NUM' && !g.relativePronouns.has(t.norm)) break;
    if ((t.norm === 'and' || t.norm === 'but') && next?.pos === 'VERB') break;
    if (t.norm !== 'to' || t.pos !== 'ADP' || g.toConnectives.has(tokens[k - 1]?.norm ?? '')) continue;
    const m = idx.startingAt[k + 1];
    if (m) found = m;
  }
  return found;
}

/** A thing phrase whose last word is a lower-case noun of time ("a few days", "any day"; not "the Times"). */
function isDuration(m: Mention, tokens: Token[], g: Grammar): boolean {
  const head = tokens[m.end - 1];
  return m.kind === 'thing' && !!head && g.durationNouns.has(head.norm) && head.text === head.text.toLowerCase();
}

/** Words after a generic group that name its members ("student groups including X and Y"). */
const INCLUDING = new Set(['including']);

/**
 * "Several student groups including the Ithilien Students' Union and Gondor Youth held a protest": a group of no
 * country followed by the members it includes acts through those members, which the sentence names.
 */
function includedMembers(tokens: Token[], m: Mention, idx: MentionIndex, g: Grammar): Mention[] | null {
  if (m.country || !INCLUDING.has(tokens[m.end]?.norm ?? '')) return null;
  // A thing only when it names bodies of people ("several groups"), not "civilian targets including hospitals".
  if (m.kind !== 'actor' && !(m.kind === 'thing' && g.organizationNouns.has(tokens[m.end - 1].lemma))) return null;
  const out: Mention[] = [];
  for (let k = m.end + 1, next = idx.startingAt[k]; next && isActorLike(next); next = idx.startingAt[k]) {
    out.push(next);
    k = next.end;
    if (tokens[k]?.text === ',' && tokens[k + 1]?.norm === 'and') k += 2;
    else if (tokens[k]?.text === ',' || tokens[k]?.norm === 'and') k++;
    else break;
  }
  return out.length ? out : null;
}

/** A place, not a person: a name we do not know, or an actor of a country that is no agent (a capital may be). */
const isPlace = (m: Mention) => m.kind === 'named' || (m.kind === 'actor' && !!m.country && (!m.agent || !!m.capital) && !m.personName);

/**
 * The first named place after a locative preposition in the rest of the clause; words the tagger read as verbs
 * but that head no clause ("killed in Israeli tank shelling in Gaza") do not end it.
 */
function placeOf(tokens: Token[], from: number, idx: MentionIndex, g: Grammar, idle: Set<number>): Mention | null {
  return phraseAfter(tokens, from, idx, g, (w, k) => g.locatives.has(w) || directionOf(tokens, k, g), isPlace, 20, (t, k) => endsSearch(t, k, g) && !idle.has(k));
}

/** "in the east of the Gaza Strip", "in northern parts of Syria": the "of" after a direction names the place. */
function directionOf(tokens: Token[], k: number, g: Grammar): boolean {
  if (tokens[k].norm !== 'of') return false;
  let j = k - 1;
  if (tokens[j]?.norm === 'part' || tokens[j]?.norm === 'parts') j--;
  if (!g.directionWords.has(tokens[j]?.norm ?? '')) return false;
  j--;
  if (tokens[j]?.pos === 'DET') j--;
  return g.locatives.has(tokens[j]?.norm ?? '');
}

/** Tokens tagged as verbs that head no clause: nouns in "tank shelling", "the fighting". */
function idleVerbs(tokens: Token[], clauses: Clause[]): Set<number> {
  const heads = new Set(clauses.map((c) => c.head));
  const out = new Set<number>();
  for (let k = 0; k < tokens.length; k++) if (tokens[k].pos === 'VERB' && !heads.has(k)) out.add(k);
  return out;
}

/** "In Colombia, the ELN declared a ceasefire": a place the sentence opens with, set off by a comma. */
function frontedPlace(tokens: Token[], idx: MentionIndex, g: Grammar): Mention | null {
  const m = g.locatives.has(tokens[0]?.norm ?? '') ? idx.startingAt[1] : undefined;
  return m && isPlace(m) && tokens[m.end]?.text === ',' ? m : null;
}

/**
 * The first place named later in the sentence, past commas and other verbs, for an event with no other party:
 * "resigned on Sunday, after protests calling for his removal in Peru", "remained on alert in case fighting
 * erupts in the border area". Not into a clause about something else ("which ...", "despite ...").
 */
function storyPlace(tokens: Token[], from: number, idx: MentionIndex, g: Grammar): Mention | null {
  return phraseAfter(tokens, from, idx, g, (w) => g.locatives.has(w), isPlace, tokens.length, endsStory);
}

/** Where the story of a clause ends: the sentence does, or a clause that is not about when ("which", "despite"). */
function endsStory(tokens: Token[], k: number, g: Grammar): boolean {
  const w = tokens[k].norm;
  return w === ';' || w === '.' || (g.boundaries.has(w) && !g.timeBoundaries.has(w));
}

/** The first phrase that `fits` after a preposition `prep` accepts, within `reach` tokens and before `ends`. */
function phraseAfter(tokens: Token[], from: number, idx: MentionIndex, g: Grammar, prep: (word: string, k: number) => boolean, fits: (m: Mention) => boolean, reach: number, ends: (tokens: Token[], k: number, g: Grammar) => boolean): Mention | null {
  for (let k = from; k < Math.min(tokens.length - 1, from + reach); k++) {
    if (ends(tokens, k, g)) return null;
    if (!prep(tokens[k].norm, k)) continue;
    const m = idx.startingAt[k + 1];
    if (m && fits(m)) return m;
  }
  return null;
}

/**
 * A thing target that is more than the event's own noun keeps its place before a place: people ("a handful of
 * journalists", "hundreds of political prisoners") and what "against" singles out, where "its troops" or "several
 * meetings" give way to "in Baghdad".
 */
function isPatient(tokens: Token[], m: Mention, g: Grammar): boolean {
  if (g.opposing.has(tokens[m.start - 1]?.norm ?? '')) return true;
  for (let k = m.start; k < m.end; k++) {
    if (g.personNouns.has(tokens[k].lemma)) return true;
    if (g.groupNouns.has(tokens[k].norm) && tokens[k + 1]?.norm === 'of') return true;
  }
  return false;
}

/** The actor or place after "from" in the rest of the clause: where an attack came from. */
function originOf(tokens: Token[], from: number, idx: MentionIndex, g: Grammar): Mention | null {
  return phraseAfter(tokens, from, idx, g, (w) => w === 'from', (m) => isActorLike(m) && !!m.country, 12, endsSearch);
}

/** The phrase is a name ("Libya", "the Gaza Strip"): its first word after an article is capitalised. */
function namesPlace(tokens: Token[], m: Mention): boolean {
  const first = tokens[m.start].pos === 'DET' ? tokens[m.start + 1] : tokens[m.start];
  return !!first && startsUpper(first.text);
}

/**
 * "violating the deal struck by Kim and Moon": a participle that describes something another verb acts on is
 * background, told without a date of its own; "the missiles fired by Israel struck a depot" opens the sentence.
 */
function isBackground(cl: Clause, clauses: Clause[], tokens: Token[]): boolean {
  if (cl.nonFinite !== 'participle') return false;
  // "Yemeni soldiers, supported by allied fighters, carried out": set off by commas, it only describes a noun.
  return tokens[cl.groupStart - 1]?.text === ',' || clauses.some((c) => c.head < cl.head && c !== cl && !c.reporting);
}

/**
 * Frames change codes as CAMEO asks: "agreed to meet" is an intent to meet (036), "threatened to attack" a
 * threat (138), "refused to release" a rejection (1243), "urged X to release" an appeal to X (0253). The framed
 * event replaces the governing verb's own, which said less.
 */
function applyFrames(clauses: Clause[], byClause: EventDraft[][], book: Codebook): void {
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c];
    const drafts = byClause[c];
    if (!cl.frame || !drafts.length) continue;
    const f = cl.frame;
    const gov = cl.governor;
    // "would not give permission to Russia to help": a governing verb that codes an event of its own keeps its
    // modality to itself; only a bare verb of going ("will travel to Ankara to meet") passes it on.
    if (f.purpose && gov !== null && byClause[gov].some((d) => d.match.pattern.weight > 2)) continue;
    // "accused Seoul of violating the deal": what is alleged is the accusation's content, not an event.
    if (f.frame === 'allegation') { byClause[c] = []; continue; }
    // "forced the plane to land": the forcer coerced the object, which then did what it was made to do (an appeal's
    // or a demand's content has not happened).
    if (f.frame === 'appeal' || f.frame === 'demand' || f.frame === 'coercion') {
      if (gov === null) continue;
      const own = byClause[gov];
      const done = f.frame === 'coercion' ? byClause[c] : [];
      // The governing verb's own pattern already names what is asked for ("urge {T} to release"): keep it.
      if (own.some((d) => d.match.pattern.weight > 3)) { byClause[c] = done; continue; }
      // "X was ordered to suspend": the asker of a passive is its "by" phrase, if any.
      const asker = (clauses[gov].passive ? clauses[gov].byAgent : clauses[gov].subject).filter(isActorLike);
      const d0 = drafts[0];
      const framed = framedCode(book, f.frame, d0.match.pattern.code);
      if (!asker.length || !framed) continue;
      byClause[gov] = asker.map((source) => ({ ...d0, clause: clauses[gov], source, target: d0.source === source ? null : d0.source, framed: { ...framed, verb: clauses[gov].head }, at: clauses[gov].head }));
      byClause[c] = done;
      continue;
    }
    for (const d of drafts) {
      const framed = framedCode(book, f.frame, d.match.pattern.code);
      if (!framed) continue;
      d.framed = { ...framed, verb: f.at };
      d.at = Math.min(d.at, f.at);
    }
    // The governing verb said only "agreed to" or "pledged to": the framed event says more, unless it is a mere
    // statement ("rejected the request to speak" stays a rejection).
    const saysMore = drafts.some((d) => d.framed || !d.match.pattern.code.startsWith('01'));
    const framed = drafts.some((d) => d.framed);
    // A governor coded only at root level ("is ready to" 030) says less than a framed event ("contribute" 0334).
    if (gov !== null && saysMore && byClause[gov].every((d) => d.match.pattern.weight <= 2 || (framed && d.match.pattern.code.length === 3 && d.match.pattern.code.endsWith('0')))) {
      inheritPartner(drafts, byClause[gov]);
      byClause[gov] = [];
    }
  }
}

/**
 * "met with Assad to discuss efforts to ...": an infinitive of purpose that names the same kind of act (CAMEO root)
 * by the same source as the verb it serves, with no other party of its own, restates that event and is not
 * another; "reiterated its commitment to support Lebanon" names a party the commitment did not.
 */
function dropRestatements(clauses: Clause[], byClause: EventDraft[][]): void {
  const roots = (d: EventDraft) => [(d.framed?.code ?? d.match.pattern.code).slice(0, 2), d.match.pattern.code.slice(0, 2)];
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c];
    if (cl.nonFinite !== 'infinitive' || cl.governor === null || cl.frame) continue;
    const gov = byClause[cl.governor];
    const restates = (d: EventDraft) => gov.some((g) => g.source.start === d.source.start && roots(g).includes(roots(d)[0]) &&
      (!d.target || !isActorLike(d.target) || g.target?.start === d.target.start));
    byClause[c] = byClause[c].filter((d) => !restates(d));
  }
}

/**
 * "agreed with Jordan to hold consultations": the party the governing verb named is the framed event's other party
 * when that event names none of its own.
 */
function inheritPartner(framed: EventDraft[], governing: EventDraft[]): void {
  const partners = [...new Set(governing.map((d) => d.target).filter((t): t is Mention => !!t && isActorLike(t)))];
  if (partners.length !== 1) return;
  for (const d of framed) if (d.framed && (!d.target || !isActorLike(d.target)) && d.source !== partners[0]) d.target = partners[0];
}

/** Cooperation whose several doers also act on each other when they act on another party. */
const MUTUAL_WITH_OTHERS = /^(?:0[346]|05[07])/;

/**
 * Every source with every target. Several sources of a reciprocal event ("Moon and Kim agreed", "X and Y will
 * attend the summit") act on each other first; an actor target comes after them, a mere thing not at all.
 */
function pairs(sources: Mention[], targets: Mention[], reciprocal: boolean, cooperation: boolean, otherNamed: boolean): [Mention, Mention | null][] {
  const out: [Mention, Mention | null][] = [];
  // "Moon and Kim agreed to share information on North Korea": each with the other, and with a party named too;
  // "X and Y fought" or "exchanged fire on the border" is mutual, but "Obama and Putin will attack Iraq" or "Syrian
  // and Turkish forces attacked the town" is not: in conflict, an actor or an object names the other party. So too
  // for praise, recognition or support (05 but 050 and 057): "Britain and Japan backed the US" is not each other.
  if (sources.length > 1 && reciprocal && (cooperation || !otherNamed)) {
    for (const s of sources) for (const t of sources) if (s !== t) out.push([s, t]);
    targets = targets.filter(isActorLike);
    if (!targets.length) return out;
  }
  // "Saudi Arabia, Bahrain and Egypt imposed a boycott, accusing it of ...": an object pronoun stands for none of
  // its clause's subjects, so one resolved to any of them is no target.
  targets = targets.filter((t) => t.kind !== 'pronoun' || sources.length < 2 || !sources.some((s) => sameEntity(t, s)));
  for (const s of sources) {
    const others = targets.filter((t) => !sameEntity(t, s));
    if (!others.length) out.push([s, null]);
    for (const t of others) out.push([s, t]);
  }
  return out;
}

/**
 * A target that is the source itself: the same phrase, or a pronoun resolved to it. An object pronoun never means
 * its own clause's subject ("the military led by Sisi overthrew him" is not about Sisi), so the event keeps no target.
 */
function sameEntity(t: Mention, s: Mention): boolean {
  if (t === s || (t.code && t.code === s.code && t.text === s.text)) return true;
  // "it said ... required South Africa to import": a speaker pronoun and a later mention of what it stands for.
  if (s.kind === 'pronoun' && s.ref && t.kind !== 'pronoun') return t === s.ref || (!!t.code && t.code === s.ref.code && t.text === s.ref.text);
  if (t.kind !== 'pronoun') return false;
  const ref = t.ref ?? null;
  return !!ref && (ref === s || ref === s.ref || (!!ref.personName && ref.personName === s.personName));
}

/**
 * "withdrew its troops from Lebanon", "mobilized the army against Iraq": a target that is the source's own, or
 * the armed forces it moves, is the means, not the other party.
 */
function isOwn(target: Mention, source: Mention | undefined, tokens: Token[], code: string): boolean {
  if (!source) return false;
  if (target.country && target.country === source.country && /^(its|their|his|her|our)$/.test(tokens[target.start].norm)) return true;
  // Forces are the means only of moving, sending, withdrawing or lending them ("mobilized the army against Iraq");
  // attacked or criticised, soldiers are the other party, whoever's they are ("the Taliban attacked an Afghan base").
  if (!/^(03|06|07|08|15)/.test(code)) return false;
  return target.agent === 'MIL' && (!target.country || target.country === source.country) && target.kind === 'actor' && !target.personName;
}

/**
 * The target of a pattern without a {T} slot: a phrase its own words run into ("summoned the Chinese
 * ambassador": the pattern's "ambassador" is inside the phrase), else the phrase right after it, else one
 * introduced by a preposition ("launched an investigation into X", "filed a lawsuit in a court against Y").
 */
function impliedTargets(tokens: Token[], cl: Clause, match: PatternMatch, idx: MentionIndex, g: Grammar): Mention[] {
  let overlapped: Mention | null = null;
  // The phrases the pattern's own words run through or into: an actor among them is the target.
  for (let k = cl.head + 1; k < match.end; k++) {
    const m = idx.startingAt[k];
    if (!m) continue;
    if (isActorLike(m)) return [m, ...rightConjuncts(tokens, m, idx)];
    if (m.end >= match.end) { overlapped = m; break; }
    k = m.end - 1;
  }
  const next = idx.startingAt[match.end];
  if (next && !match.slot) return [next, ...rightConjuncts(tokens, next, idx)];
  const pp = prepositionalTarget(tokens, overlapped ? Math.max(match.end, overlapped.end) : match.end, idx, g);
  if (pp) return [pp, ...rightConjuncts(tokens, pp, idx)];
  // "freed 37 prisoners" with the pattern "free * prisoners": the people the pattern ran into; "rejected the
  // referendum": the object the pattern names. Not the noun of an idiom after a preposition ("went on strike",
  // "took to the streets").
  const idiom = tokens[(overlapped?.start ?? 0) - 1]?.pos === 'ADP';
  return overlapped && (saysMoreThanPattern(tokens, overlapped) || !idiom) ? [overlapped] : [];
}

/**
 * Where a search for the other party or the place stops: a clause boundary, or a verb, except an infinitive that
 * completes the clause ("agreed to set up a field hospital in Louisiana").
 */
function endsSearch(tokens: Token[], k: number, g: Grammar): boolean {
  const t = tokens[k];
  if (STOP.has(t.text) || (g.boundaries.has(t.norm) && t.pos !== 'ADP')) return true;
  return t.pos === 'VERB' && tokens[k - 1]?.norm !== 'to' && tokens[k - 1]?.pos !== 'VERB';
}

/** "went on strike", "took to the streets": a phrase of nothing but the pattern's own noun names no other party. */
function saysMoreThanPattern(tokens: Token[], m: Mention): boolean {
  let content = 0;
  for (let k = m.start; k < m.end; k++) if (tokens[k].pos !== 'DET' && tokens[k].pos !== 'PUNCT') content++;
  return content > 1;
}

const STOP = new Set([',', ';', ':', '.', '(', ')', '—', '–']);

/** Heads of participle clauses that modify a noun ("a pendant engraved with ..."): a search may pass them. */
function participleHeads(clauses: Clause[]): Set<number> {
  return new Set(clauses.filter((c) => c.nonFinite === 'participle').map((c) => c.head));
}

/**
 * When a pattern names no target and no actor follows it directly, the first actor introduced by a target
 * preposition later in the same clause: "filed a lawsuit in a district court against Thom".
 */
function prepositionalTarget(tokens: Token[], from: number, idx: MentionIndex, g: Grammar, actorsOnly = false, passable: Set<number> = new Set()): Mention | null {
  let first: Mention | null = null;
  // "returned the sculpture to Algeria's ambassador" under a pattern ending in "to": the phrase after it.
  const opened = idx.startingAt[from];
  if (from > 0 && g.targetPrepositions.has(tokens[from - 1].norm) && !g.adjacentOnly.has(tokens[from - 1].norm) && opened && isActorLike(opened)) return opened;
  for (let k = from; k < Math.min(tokens.length - 1, from + 20); k++) {
    const t = tokens[k];
    if (endsSearch(tokens, k, g) && !passable.has(k)) break;
    if (!g.targetPrepositions.has(t.norm)) continue;
    const m = idx.startingAt[k + 1];
    // Right after the pattern any phrase will do ("an investigation into the death of ..."); further on,
    // only an actor ("a lawsuit in the district court against Thom"), and not after "of" or "about", which
    // there belong to some other phrase ("the Southern District of New York").
    if (k > from && g.adjacentOnly.has(t.norm)) continue;
    if (!m || !(isActorLike(m) || (k === from && !actorsOnly))) continue;
    // "filed a complaint with the UN council against the state": "against" names the other party over any other.
    if (g.opposing.has(t.norm)) return m;
    first ??= m;
  }
  return first;
}
