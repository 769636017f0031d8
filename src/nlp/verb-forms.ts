// The tagger sometimes misreads verbs: "staged" lemmatised as "stag", "would free" tagged as an adjective.
// Given the verbs dyad knows, these helpers recover the verb.
import type { Token } from './types.js';
import { startsLower, startsUpper } from './letter-case.js';

// Word-shape tests on per-token paths, made once (a literal in a function makes a new RegExp each time it runs).
const RELATIVE_WORDS = new Set(['who', 'which', 'that']);
const PLURAL_END = /[^s]s$/;
const PAST_END = /(?:ed|en)$/;
const PARTICIPLE_END = /(?:ed|en|ing)$/;
const LOWER_WORD = /^[a-z]+$/;
const LY_ADVERB = /^\p{Ll}+ly$/u;

/** Base forms a verb token may have, most likely first: the tagger's lemma, an irregular form, suffixes undone. */
function candidates(t: Token, irregular: Map<string, string>): string[] {
  const w = t.norm;
  const out = [t.lemma];
  const base = irregular.get(w);
  if (base) out.unshift(base);
  // "re-open", "re-appointed": the verb written solid, then the part after the prefix, each with its ending undone.
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hyphen) for (const part of [hyphen[1] + hyphen[2], hyphen[2]]) out.push(irregular.get(part) ?? part, ...baseForms(part));
  out.push(...baseForms(w));
  return out;
}

/** Base forms of a word with an inflectional ending undone, most likely first, ending with the word itself. */
function baseForms(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) out.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3));
  if (w.endsWith('ing')) out.push(w.slice(0, -3) + 'e', w.slice(0, -3), w.slice(0, -4));
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  out.push(w);
  return out;
}

/** The first base form of the token that `known` accepts, or null. */
export function verbLemma(t: Token, known: (lemma: string) => boolean, irregular: Map<string, string>): string | null {
  for (const c of candidates(t, irregular)) if (c.length > 1 && known(c)) return c;
  return null;
}

const OBJECT_START = new Set(['DET', 'PROPN', 'NUM', 'PRON']);
/** Tags before a word that put it inside a noun phrase ("the meeting", "its funding", "new training"). */
const PHRASE_BEFORE = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PART']);
const CLAUSE_EDGE = new Set(['SCONJ', 'CCONJ']);

/**
 * A verb or auxiliary before token `i` in its clause (back to a comma, conjunction or relative pronoun). A participle
 * before a "by" phrase modifies the subject ("the military led by Sisi overthrew him") and does not count.
 */
function verbBefore(tokens: Token[], i: number, passReduced = false): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const u = tokens[k];
    if (u.pos === 'PUNCT' || CLAUSE_EDGE.has(u.pos) || (u.pos === 'PRON' && RELATIVE_WORDS.has(u.norm))) return false;
    if (passReduced && reducedRelative(tokens, k)) continue;
    if ((u.pos === 'VERB' && tokens[k + 1]?.norm !== 'by') || u.pos === 'AUX') return true;
  }
  return false;
}

/** "a report released Tuesday in Kigali": a past participle right after a common noun describes it. */
function reducedRelative(tokens: Token[], k: number): boolean {
  return tokens[k].pos === 'VERB' && tokens[k].norm.endsWith('ed') && tokens[k - 1]?.pos === 'NOUN';
}

/** "a man suspected of", "forces backed by": words that tie a participle to the noun it describes. */
const TIED_AFTER = new Set(['of', 'by']);

/**
 * A finite verb after token `i` in its clause. -ing forms, infinitives and participles describing the noun before
 * them ("suspected of", "backed by") do not count: "Saudi Arabia lifts blockade in agreement easing crisis", "Iraqi forces arrest a man suspected
 * of ..." have no finite verb but the first.
 */
function finiteVerbAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const u = tokens[k];
    if (u.pos === 'PUNCT' || CLAUSE_EDGE.has(u.pos) || (u.pos === 'PRON' && RELATIVE_WORDS.has(u.norm))) return false;
    if (k > i + 1 && reducedRelative(tokens, k) && TIED_AFTER.has(tokens[k + 1]?.norm ?? '')) continue;
    // "end strike after pay deal": a word right after a preposition has no subject, so it is no finite verb.
    if (tokens[k - 1].pos === 'ADP' && tokens[k - 1].norm !== 'to') continue;
    if (u.pos === 'AUX' || (u.pos === 'VERB' && !u.norm.endsWith('ing') && tokens[k - 1].norm !== 'to')) return true;
  }
  return false;
}

/** "China and Russia": two names joined by "and" end at `i`, a plural subject. */
function compoundNames(tokens: Token[], i: number): boolean {
  return tokens[i].pos === 'PROPN' && tokens[i - 1]?.norm === 'and' && tokens[i - 2]?.pos === 'PROPN';
}

const PRESENT_NEXT = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADP', 'PART']);
/** Words of a sentence-opening subject: names and nouns with their modifiers, prepositions and coordinations. */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'ADP']);

/**
 * The words before token `i` are the sentence's opening subject and it is plural: names joined by "and" ("Germany
 * and UNICEF hand over"), or a plural head before its modifiers ("Public workers in Brazil call off"). A phrase
 * opened by a preposition ("Between Iran and Iraq ...") is no subject.
 */
function pluralOpening(tokens: Token[], i: number): boolean {
  if (i < 2 || tokens[0].pos === 'ADP' || tokens[0].pos === 'CCONJ') return false;
  let head: Token | null = null;
  for (let k = 0; k < i; k++) {
    const t = tokens[k];
    if (!SUBJECT_WORDS.has(t.pos) && !(t.text === ',' && tokens[k + 1]?.pos === 'PROPN') && t.norm !== "'s") return false;
    if (t.pos === 'CCONJ' && t.norm !== 'and') return false;
    // The head is the last noun before the first preposition or conjunction.
    if (t.pos === 'ADP' || t.pos === 'CCONJ') head ??= tokens[k - 1];
  }
  if (tokens.slice(0, i).some((t) => t.norm === 'and' || t.text === ',')) return true;
  // A capitalised first word may be a common noun the tagger took for a name ("Nurses in Ghana call off").
  return !!head && (head.pos === 'NOUN' || head === tokens[0]) && PLURAL_END.test(head.norm);
}

const AFTER_PRESENT = new Set([...PRESENT_NEXT, 'NOUN', 'ADJ']);

/**
 * "Syrian forces clash with rioters", "rebel fighters attack an army base": a plural agent noun after its modifier,
 * then a known verb in its base form read as a noun, is the subject and its present-tense verb. The tagger (or the
 * present rule below) would make the agent noun the verb ("US plans talks" stays: "plans" names no actor).
 */
function agentsBeforeVerbs(tokens: Token[], agentNoun: AgentNoun, known: (lemma: string) => boolean, irregular: Map<string, string>, plural: Set<string>): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i], v = tokens[i + 1];
    if ((t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'PROPN') || !(PLURAL_END.test(t.norm) || plural.has(t.norm)) || !agentNoun(tokens, i)) continue;
    if ((v.pos !== 'NOUN' && v.pos !== 'ADJ') || !LOWER_WORD.test(v.norm) || v.norm !== v.lemma || PLURAL_END.test(v.norm) || PARTICIPLE_END.test(v.norm)) continue;
    // "Iraqi forces arrest suspected militants": a participle before its noun opens the object.
    const describing = describingParticiple(tokens, i + 2);
    if ((!AFTER_PRESENT.has(tokens[i + 2].pos) && !describing) || verbBefore(tokens, i) || finiteVerbAfter(tokens, describing ? i + 2 : i + 1)) continue;
    const lemma = verbLemma(v, known, irregular);
    if (!lemma) continue;
    t.pos = 'NOUN';
    v.pos = 'VERB';
    v.lemma = lemma;
  }
}

/** "suspected militants", "kidnapped schoolgirls": a past participle right before a noun describes it. */
function describingParticiple(tokens: Token[], k: number): boolean {
  return tokens[k].pos === 'VERB' && PAST_END.test(tokens[k].norm) && tokens[k + 1]?.pos === 'NOUN';
}

/** The token before `i` past adverbs and negation ("will likely meet", "would not free"). */
function beforeAdverbs(tokens: Token[], i: number): Token | undefined {
  let k = i - 1;
  while (k > 0 && (tokens[k].pos === 'ADV' || (tokens[k].pos === 'PART' && tokens[k].norm !== 'to') || LY_ADVERB.test(tokens[k].text))) k--;
  return tokens[k];
}

/**
 * Verbs the tagger read as nouns or adjectives: right after a modal or "to", adverbs aside ("would free 150
 * prisoners", "will likely meet"); a past form between a name or noun and the start of an object, with no verb before
 * it in its clause ("Police tortured a man", "Sisi overthrew Mursi"); a participle before a "by" phrase ("the
 * military led by Sisi"); and an -ing form outside a noun phrase that takes an object (", wounding an officer",
 * "after penning a letter").
 */
/** The word lists verb retagging reads (data/grammar; the model's grammar has them all). */
export interface VerbWords {
  modals: Map<string, unknown>;
  irregular: Map<string, string>;
  verbPrefixes: Set<string>;
  photoPositions: Set<string>;
  attributiveParticiples: Set<string>;
  compoundIng: Set<string>;
  pluralNouns: Set<string>;
}

/** Is token `i` a noun naming an actor on its own ("forces", "troops", "protesters"; data/agents.txt)? */
export type AgentNoun = (tokens: Token[], i: number) => boolean;

export function retagVerbs(tokens: Token[], words: VerbWords, known: (lemma: string) => boolean, agentNoun: AgentNoun = () => false): void {
  const { modals, irregular } = words;
  hyphenatedAdjectives(tokens, words.verbPrefixes);
  agentsBeforeVerbs(tokens, agentNoun, known, irregular, words.pluralNouns);
  captionPositions(tokens, words.photoPositions);
  nounsAfterCopula(tokens);
  attributiveParticiples(tokens, words.compoundIng);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const lead = beforeAdverbs(tokens, i);
    const afterModal = (!!lead && lead.pos !== 'PROPN' && modals.has(lead.norm)) || (prev.norm === 'to' && prev.pos === 'PART') ||
      // "is currently striking targets": a progressive read as an adjective.
      (t.norm.endsWith('ing') && (prev.pos === 'AUX' || (prev.pos === 'ADV' && tokens[i - 2]?.pos === 'AUX')) && OBJECT_START.has(next?.pos ?? ''));
    const pastLike = t.norm.endsWith('ed') || irregular.has(t.norm);
    // "Rwanda alleged that ...": a clause of what was said after it counts as an object. Before "that", a participle
    // describing the subject is no verb of the clause ("a report released in Kigali alleged that").
    const saidThat = next?.norm === 'that' && next.pos === 'SCONJ';
    const pastForm = pastLike && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || (prev.pos === 'ADJ' && irregular.has(t.norm))) &&
      (OBJECT_START.has(next?.pos ?? '') || saidThat) && !verbBefore(tokens, i, saidThat);
    // "have retaken the city": a past participle the tagger read as a noun, after "have" or "be" and before its object.
    const perfect = pastLike && lead?.pos === 'AUX' && (lead.lemma === 'have' || lead.lemma === 'be') && OBJECT_START.has(next?.pos ?? '');
    // "was attacked by the army"; after an auxiliary, a bare noun will do too ("is being pressured by congress").
    const byPhrase = pastLike && next?.norm === 'by' && (OBJECT_START.has(tokens[i + 2]?.pos ?? '') || (prev.pos === 'AUX' && (tokens[i + 2]?.pos === 'NOUN' || tokens[i + 2]?.pos === 'ADJ'))) && prev.pos !== 'DET' && prev.pos !== 'PRON';
    // The only verb of its clause, in the present tense after its subject: "Saudi Arabia lifts blockade of Qatar",
    // "the council stops the work", "Syrian forces clash with rioters" (a base form only after a plural subject).
    const present = LOWER_WORD.test(t.norm) && !t.norm.endsWith('ss') && !t.norm.endsWith('ing') && !pastLike &&
      (t.norm.endsWith('s')
        // "-s" before a preposition stays a plural noun: "economic sanctions against five banks".
        ? (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'ADJ') && (OBJECT_START.has(next?.pos ?? '') || next?.pos === 'NOUN')
        : (prev.pos === 'PROPN' || prev.pos === 'NOUN') && (prev.norm.endsWith('s') || words.pluralNouns.has(prev.norm) || pluralOpening(tokens, i) || compoundNames(tokens, i - 1)) && PRESENT_NEXT.has(next?.pos ?? '')) &&
      !verbBefore(tokens, i) && !finiteVerbAfter(tokens, i);
    // "has agreed to re-open its borders": "to" read as a preposition before a verb and its object.
    const toVerb = prev.norm === 'to' && (tokens[i - 2]?.pos === 'VERB' || tokens[i - 2]?.pos === 'ADJ') && (next?.pos === 'DET' || next?.pos === 'PRON');
    const ingObject = t.norm.endsWith('ing') && OBJECT_START.has(next?.pos ?? '') && !PHRASE_BEFORE.has(prev.pos);
    if (!afterModal && !pastForm && !byPhrase && !ingObject && !present && !toVerb && !perfect) continue;
    const v = verbLemma(t, known, irregular);
    // "to displaced Afghans": a past participle after "to" is no infinitive.
    if (afterModal && !pastForm && !byPhrase && prev.norm === 'to' && t.norm.endsWith('ed') && v && v !== t.norm) continue;
    // "a suspected gas attack": only a present form read as a plural ends in an "-s" the verb lacks.
    if (present && !afterModal && !toVerb && !ingObject && t.norm.endsWith('s') && v === t.norm) continue;
    if (v) { t.pos = 'VERB'; t.lemma = v; }
  }
  adverbsInGroups(tokens);
  describingIng(tokens, words.attributiveParticiples);
  mainHave(tokens);
}

const HAVE_OBJECT = new Set(['DET', 'NOUN', 'ADJ', 'NUM']);

/**
 * "had talks with Erdogan", "has no comment": a form of "have" before its object, with no participle of its own
 * group after it, is the clause's main verb (the tagger reads every "have" as an auxiliary).
 */
function mainHave(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'AUX' || t.lemma !== 'have' || !HAVE_OBJECT.has(tokens[i + 1].pos)) continue;
    // "had already left", "had the army deployed": a participle right after the object is still the group's.
    let k = i + 1;
    while (k < tokens.length && (HAVE_OBJECT.has(tokens[k].pos) || tokens[k].pos === 'PROPN')) k++;
    if (tokens[k]?.pos === 'VERB' && PAST_END.test(tokens[k].norm)) continue;
    t.pos = 'VERB';
  }
}

/**
 * wink keeps some hyphenated words whole and may tag them as verbs ("a multi-pronged attack"). Unless its first part is
 * a verb prefix ("re-open", "co-host"), a hyphenated word before a noun or adjective is an adjective.
 */
function hyphenatedAdjectives(tokens: Token[], verbPrefixes: Set<string>): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const m = /^([a-z]+)-[a-z]/.exec(t.norm);
    const next = tokens[i + 1].pos;
    if (t.pos === 'VERB' && m && !verbPrefixes.has(m[1]) && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN')) t.pos = 'ADJ';
  }
}

const NOUN_START = new Set(['ADJ', 'NOUN', 'PROPN']);

const BEFORE_ATTRIBUTE = new Set(['with', 'against', 'to', 'on', 'at', 'toward', 'towards', 'among', 'between', 'from', 'and']);

/**
 * "met visiting Chinese Premier Li", "a lawsuit against visiting Crown Prince X", "fired on protesting students": an
 * -ing word of data/grammar/attributive-participles.txt after a verb or a preposition that opens no clause, right
 * before a noun or name, describes it ("after visiting Berlin" keeps its verb).
 */
function describingIng(tokens: Token[], words: Set<string>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1].pos;
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && words.has(t.norm) && (prev.pos === 'VERB' || BEFORE_ATTRIBUTE.has(prev.norm)) && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN')) t.pos = 'ADJ';
  }
}

const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your']);

/**
 * A participle right after an article or possessive and before a noun modifies it ("a suspected militant", "the
 * occupied West Bank", "a heightened travel warning"): an adjective, never the head of a verb group.
 */
export function attributiveParticiples(tokens: Token[], compoundIng: Set<string>): void {
  // "Reinforced British troops remained on alert": a participle opening the sentence before a noun phrase.
  const first = tokens[0];
  if (first?.pos === 'VERB' && first.norm.endsWith('ed') && startsUpper(first.text) && NOUN_START.has(tokens[1]?.pos ?? '') && tokens.slice(2).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) first.pos = 'ADJ';
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1].pos;
    // "an estimated 1,500 women", "its estimated 2,000 troops": before a number too.
    if (t.pos === 'VERB' && PARTICIPLE_END.test(t.norm) && ARTICLES.has(tokens[i - 1].norm) && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN' || next === 'NUM')) t.pos = 'ADJ';
    // "will not accept returned asylum seekers": a past participle right after a verb, before its noun object.
    else if (t.pos === 'VERB' && PAST_END.test(t.norm) && tokens[i - 1].pos === 'VERB' && (next === 'NOUN' || next === 'ADJ')) t.pos = 'ADJ';
    // "spurned repeated offers for talks": no finite verb follows a verb, so the pair is an adjective and its noun.
    else if (t.pos === 'VERB' && t.norm.endsWith('ed') && tokens[i - 1].pos === 'VERB' && tokens[i - 1].norm.endsWith('ed') && next === 'VERB' && PLURAL_END.test(tokens[i + 1].norm) && tokens[i + 2]?.pos !== 'DET') {
      t.pos = 'ADJ';
      tokens[i + 1].pos = 'NOUN';
    }
    else if (compoundIng.has(t.norm) && modifyingIng(tokens, i)) t.pos = 'ADJ';
    // "opened its borders to displaced Afghans": after a preposition, before its noun.
    else if (t.pos === 'VERB' && PAST_END.test(t.norm) && t.norm !== t.lemma && (tokens[i - 1].pos === 'ADP' || tokens[i - 1].norm === 'to') && startsLower(tokens[i - 1].text) && (next === 'NOUN' || next === 'PROPN')) t.pos = 'ADJ';
  }
}

const PHRASE_INSIDE = new Set(['ADJ', 'NOUN', 'ADV', 'NUM']);
const PHRASE_GOES_ON = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * "a mostly Kurdish fighting force", "the main rebel fighting group from ...": an -ing word of
 * data/grammar/compound-ing.txt inside a phrase opened by an article, after an adjective or a singular noun and
 * before the phrase's last noun, a singular one, describes that noun ("the rebels fighting government forces" and "the
 * army fighting rebels" keep their verb).
 */
function modifyingIng(tokens: Token[], i: number): boolean {
  const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
  // A singular noun that ends the phrase: "the army fighting rebels" keeps its verb.
  if (t.pos !== 'VERB' || next?.pos !== 'NOUN' || PLURAL_END.test(next.norm) || PHRASE_GOES_ON.has(tokens[i + 2]?.pos ?? '')) return false;
  if (!(prev.pos === 'ADJ' || prev.pos === 'PROPN' || (prev.pos === 'NOUN' && !PLURAL_END.test(prev.norm)))) return false;
  let k = i - 1;
  while (k > 0 && (PHRASE_INSIDE.has(tokens[k].pos) || tokens[k].pos === 'PROPN')) k--;
  return ARTICLES.has(tokens[k].norm);
}

const OPEN = new Set([',', '(']);
const CLOSE = new Set([',', ')']);

/**
 * "Vladimir Putin, left, and Dmitry Medvedev, second left, attend ...": a photo position set off by commas or
 * brackets (an ordinal may stand before it) describes the name before it; it is no verb and no noun phrase.
 */
function captionPositions(tokens: Token[], positions: Set<string>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!positions.has(t.norm) || !CLOSE.has(tokens[i + 1].text)) continue;
    const k = OPEN.has(tokens[i - 1].text) ? i - 1 : (tokens[i - 1].pos === 'ADJ' || tokens[i - 1].pos === 'ADV') && OPEN.has(tokens[i - 2]?.text ?? '') ? i - 2 : -1;
    if (k <= 0 || tokens[k - 1].pos !== 'PROPN') continue;
    // Adverbs, so that the position makes neither a verb nor a noun phrase between the names.
    for (let j = k + 1; j <= i; j++) tokens[j].pos = 'ADV';
  }
}

/**
 * "who are part of the group": a base-form verb right after a form of "be" and before "of" is a noun; no verb stands
 * there (a participle would differ from its base, "is made of"; before "to", "was set to" is a verb).
 */
function nounsAfterCopula(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.pos !== 'VERB' || t.norm !== t.lemma || prev.pos !== 'AUX' || prev.lemma !== 'be' || tokens[i + 1].norm !== 'of') continue;
    t.pos = 'NOUN';
  }
}

/** "will likely meet", "has really said": an -ly word between an auxiliary and a verb is an adverb of the group. */
function adverbsInGroups(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'ADJ' && LY_ADVERB.test(t.text) && tokens[i - 1].pos === 'AUX' && tokens[i + 1].pos === 'VERB') t.pos = 'ADV';
  }
}
