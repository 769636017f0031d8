// Step 1: verb groups. Auxiliaries, negators and adverbs before a verb belong to its group; the last verb heads it.
import type { Token } from '../nlp/types.js';
import { startsUpper } from '../nlp/letter-case.js';
import type { Grammar } from '../lexicon/grammar.js';
import type { Clause } from './types.js';
import type { Mention } from '../actors/types.js';

const PASSIVE_AUX = new Set(['be', 'get']);

/**
 * "was hit", "were cut off", "has been put": a verb whose participle is its base form, right after a form of "be"
 * or "get" (past adverbs and negators), is that participle.
 */
function afterBe(tokens: Token[], i: number, start: number): boolean {
  let k = i - 1;
  while (k > start && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  return k >= start && tokens[k].pos === 'AUX' && PASSIVE_AUX.has(tokens[k].lemma);
}

/** In `phraseMarks`: a token inside a noun phrase, and one inside a phrase that names people (troops, Kim). */
export const IN_PHRASE = 1;
export const IN_HUMAN_PHRASE = 2;

/** Marks the tokens of noun phrases: they head no verb group, and a human one may be the subject of an -ing verb. */
export function phraseMarks(n: number, mentions: Mention[]): Uint8Array {
  const marks = new Uint8Array(n);
  for (const x of mentions) {
    // "Russian troops shelling", "Kim visiting": people; "Israeli tank shelling": a singular thing-like agent word.
    const human = x.kind !== 'thing' && ((!!x.agent && x.plural) || !!x.personName || x.kind === 'pronoun');
    for (let k = x.start; k < x.end; k++) marks[k] = human ? IN_HUMAN_PHRASE : IN_PHRASE;
  }
  return marks;
}

/**
 * `inPhrase[i]` marks tokens inside a noun phrase ("the negotiating table"): they head no verb group.
 * `verbLemma` names the verb a token is when the tagger's lemma is not one we know ("staged" read as "stag").
 */
export function verbGroups(tokens: Token[], g: Grammar, quoted: Uint8Array, inPhrase: Uint8Array, verbLemma: (t: Token) => string | null): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "is skeptical of the plan", "was guilty of": a copula before an adjective heads a clause of its own.
    const copula = t.pos === 'AUX' && t.lemma === 'be' && predicateAdjective(tokens, i);
    if ((t.pos !== 'VERB' && !copula) || inPhrase[i] || nominalIng(tokens, i, inPhrase)) continue;
    const v = verbLemma(t);
    if (v && v !== t.lemma) t.lemma = v;
    let start = i;
    while (start > 0 && inGroup(tokens[start - 1], g)) start--;
    let negated = false, future = false, hypothetical = false, passiveAux = false;
    for (let k = start; k < i; k++) {
      const t = tokens[k];
      if (g.negators.has(t.norm)) negated = true;
      const m = t.pos === 'PROPN' ? undefined : g.modals.get(t.norm);
      if (m === 'future') future = true;
      if (m === 'hypothetical') hypothetical = true;
      if (t.pos === 'AUX' && PASSIVE_AUX.has(t.lemma)) passiveAux = true;
      if (t.norm === 'going' && tokens[k + 1]?.norm === 'to') future = true;
    }
    // "no longer endure": a negator right after the group's auxiliaries.
    if (tokens[i - 1]?.norm === 'longer' && tokens[i - 2]?.norm === 'no') negated = true;
    const head = tokens[i];
    const participle = (head.norm !== head.lemma || (passiveAux && afterBe(tokens, i, start))) && !head.norm.endsWith('ing');
    const before = tokens[start - 1];
    let nonFinite: Clause['nonFinite'] = null;
    if (before?.norm === 'to' && (start === i || tokens.slice(start, i).every((t) => t.pos === 'ADV'))) {
      nonFinite = 'infinitive';
      // "has yet to formally accept": not done.
      if (tokens[start - 2]?.norm === 'yet') negated = true;
    }
    else if (head.norm.endsWith('ing') && start === i) nonFinite = 'gerund';
    else if (participle && !copula && start === i && before && (before.pos === 'NOUN' || before.pos === 'PROPN') && reducedRelative(tokens, i, g)) nonFinite = 'participle';
    else if (participle && !copula && start === i && appositiveParticiple(tokens, i)) nonFinite = 'participle';
    out.push({
      head: i, groupStart: start, lemma: head.lemma, negated, future, hypothetical,
      passive: (passiveAux && participle) || nonFinite === 'participle',
      nonFinite, subject: [], byAgent: [], governor: null,
      reporting: g.reporting.has(head.lemma), reportedBy: null, quoted: quoted[i] === 1, frame: null,
      // Set later by the argument pass; given here so every clause has one shape (V8 optimises one shape once).
      nounComplement: undefined, describes: undefined, instrument: undefined,
    });
  }
  return out;
}

const QUOTE = new Set(['"', '“', '”']);

/**
 * "the museum shooting last week", "killed in Israeli tank shelling in the east": an -ing word after a noun that
 * names no one, or right after a determiner, with no object of its own, is a noun naming the event, not a verb
 * with a doer ("troops shelling the city" and "rebels fighting in Aleppo" keep their verbs).
 */
function nominalIng(tokens: Token[], i: number, inPhrase: Uint8Array): boolean {
  const t = tokens[i];
  if (!t.norm.endsWith('ing')) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || (after && (OBJECT_START.has(after.pos) || after.pos === 'PART'))) return false;
  if (before.pos === 'DET') return true;
  return before.pos === 'NOUN' && inPhrase[i - 1] !== IN_HUMAN_PHRASE && !startsUpper(before.text);
}

/** A form of "be" followed (past adverbs and negation) by an adjective, and no verb of its own group. */
function predicateAdjective(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (tokens[k] && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k++;
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'ADJ') return tokens[k + 1]?.pos !== 'NOUN';
  // "are on high alert", "was behind the attack", "is in talks with": a prepositional predicate.
  // (Right after the copula: "is nowhere near enough" says no more than an adverb.) An -ing form after the phrase
  // right after its noun opens a clause of its own ("are on strike demanding better pay"); "was on Friday sentenced"
  // and "is in the business of building" are verb groups.
  if (t.pos === 'ADP' && k === i + 1 && t.norm !== 'to' && t.norm !== 'of') return tokens.slice(k, k + 5).every((u, j) => (u.pos !== 'VERB' || participleAfterNoun(tokens, k + j)) && u.pos !== 'AUX');
  // "is still in talks with Turkey", "was in Moscow for talks": a place or state after "in", when no verb follows.
  if (t.norm === 'in' && t.pos === 'ADP') return tokens.slice(k + 1, k + 6).every((u) => u.pos !== 'VERB' && u.pos !== 'AUX');
  // "is the largest donor to Sudan", "is one of the largest donors": a noun predicate, when no verb of the group
  // follows.
  const noun = t.pos === 'DET' || (t.pos === 'NUM' && tokens[k + 1]?.norm === 'of');
  return noun && tokens.slice(k, k + 5).every((u) => u.pos !== 'VERB' && u.pos !== 'AUX');
}
/** "on strike demanding better pay": an -ing form right after a noun, a clause of its own. */
function participleAfterNoun(tokens: Token[], k: number): boolean {
  return tokens[k].norm.endsWith('ing') && tokens[k - 1]?.pos === 'NOUN';
}

const OBJECT_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM']);
/** Words inside a noun phrase, passed over when looking for what stands before it. */
const NP_INSIDE = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART']);
const STOP_AFTER = new Set([',', ';', ':', '(', ')', '—', '–']);
const QUANTITY_NEXT = new Set(['least', 'most', 'about', 'around', 'some']);

/** A verb before token `j` in the same clause (no comma or conjunction between). */
function earlierVerb(tokens: Token[], j: number): boolean {
  for (let b = j - 1; b >= 0 && j - b < 15; b--) {
    const t = tokens[b];
    if (STOP_AFTER.has(t.text) || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB') return !t.norm.endsWith('ing');
  }
  return false;
}

/**
 * "the deal struck by Kim", "liaison office used for talks": a past participle after a noun modifies it, when a
 * "by" phrase follows, or when the noun is itself the object of a verb just before and nothing follows as object.
 * A participle that runs straight into a preposition ("officials accused of", "two men sought in") modifies its
 * noun when the noun phrase stands where no subject can (after a preposition or a verb: "warrants for two men
 * sought in", "there were ten soldiers killed in"), or when the sentence's own verb group is still to come
 * ("officials accused of corruption would be indicted"). Otherwise "Pyongyang accused Seoul" is a finite verb
 * after its subject.
 */
const CLAUSE_START = new Set(['DET', 'PROPN', 'PRON', 'NUM', 'ADJ']);

function reducedRelative(tokens: Token[], i: number, g: Grammar): boolean {
  let k = i + 1;
  // "released Tuesday in Kigali": an adverb or a day says when, and the phrase goes on after it.
  while (tokens[k]?.pos === 'ADV' || (g.temporal.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.pos === 'ADP' && !g.boundaries.has(tokens[k + 1].norm))) k++;
  if (tokens[k]?.norm === 'by') return true;
  // "release two soldiers held captive by them", "freed aid workers taken hostage by militants": one word of
  // state before "by", after the object of an earlier verb.
  if (tokens[k + 1]?.norm === 'by' && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN') && earlierVerb(tokens, i)) return true;
  if (tokens[k] && OBJECT_START.has(tokens[k].pos)) return false;
  // "said the ambassador denied that Syrian forces had ...": a verb running into "that" and a clause says something.
  if (tokens[k]?.norm === 'that' && CLAUSE_START.has(tokens[k + 1]?.pos ?? '') && !g.timeDeictics.has(tokens[k + 1].norm)) return false;
  // "the delegation visiting last week offered scathing criticism": an adjective and its noun are an object too,
  // unless they say when ("the aid pledged last year").
  if (tokens[k]?.pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN' && !g.timeDeictics.has(tokens[k].norm)) return false;
  // "killed at least six": a quantity, not a preposition.
  // ("imprisoned for acting": the tagger may read "for" as a conjunction.)
  const prep = (tokens[k]?.pos === 'ADP' || tokens[k]?.norm === 'for') && tokens[k].norm !== 'to' && !QUANTITY_NEXT.has(tokens[k + 1]?.norm ?? '');
  if (prep) {
    let j = i - 1;
    while (j >= 0 && NP_INSIDE.has(tokens[j].pos) && i - j < 10) j--;
    const before = tokens[j];
    // An -ing form before is no finite verb: "Protesters demanding the release of Khan clashed with police".
    if (before && ((before.pos === 'VERB' && !before.norm.endsWith('ing')) || (before.pos === 'AUX' && before.lemma === 'be'))) return true;
    // After a preposition the phrase is an object only when a verb comes earlier in the clause ("issued warrants
    // for two men sought in"); "Workers at the mine in Peru went on strike" has its verb still to come.
    if (before?.pos === 'ADP' && earlierVerb(tokens, j)) return true;
    let crossed = false;
    for (let f = k + 1; f < tokens.length && f < k + 20; f++) {
      const t = tokens[f];
      if (STOP_AFTER.has(t.text) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PRON') break;
      if (t.pos === 'AUX') return true;
      // "A report released in Kigali alleged that France ...": the clause's own verb, with its object, is still to
      // come ("troops remained on alert after gunmen tried to ..." has a clause of its own after "after").
      crossed ||= g.boundaries.has(t.norm);
      const object = tokens[f + 1] && (OBJECT_START.has(tokens[f + 1].pos) || tokens[f + 1].norm === 'that');
      if (!crossed && t.pos === 'VERB' && !t.norm.endsWith('ing') && tokens[f - 1].norm !== 'to' && object) return true;
    }
  }
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const t = tokens[j];
    // "came as the US leader prepared to": a clause opener the tagger read as a preposition starts a new clause.
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || g.boundaries.has(t.norm)) return false;
    if (t.pos === 'VERB') return !t.norm.endsWith('ing');
  }
  return false;
}

/**
 * "Ricardo Ramirez, arrested in 2017 for arms possession, was ...": a past participle between commas after a noun,
 * with a preposition and no object after it, describes that noun.
 */
function appositiveParticiple(tokens: Token[], i: number): boolean {
  const comma = tokens[i - 1], noun = tokens[i - 2];
  if (comma?.text !== ',' || !noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return false;
  // "Peru's president, Manuel Merino, resigned on Sunday": that comma closes an apposition before the verb.
  let j = i - 2;
  while (j >= 0 && NP_INSIDE.has(tokens[j].pos)) j--;
  if (tokens[j]?.text === ',') return false;
  let k = i + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.pos !== 'ADP') return false;
  for (; k < tokens.length && k < i + 20; k++) {
    const t = tokens[k];
    if (t.text === ',') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || STOP_AFTER.has(t.text) || t.text === '.') return false;
  }
  return false;
}

function inGroup(t: Token, g: Grammar): boolean {
  return QUOTE.has(t.text) || t.pos === 'AUX' || g.negators.has(t.norm) || (g.modals.has(t.norm) && t.pos !== 'PROPN') ||
    (t.pos === 'ADV' && t.norm.length > 1) || (t.pos === 'PART' && t.norm !== 'to' && t.norm !== "'s");
}
