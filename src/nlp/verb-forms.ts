// The tagger sometimes misreads verbs: "staged" lemmatised as "stag", "would free" tagged as an adjective.
// Given the verbs dyad knows, these helpers recover the verb.
import type { Token } from './types.js';

/** Base forms a verb token may have, most likely first: the tagger's lemma, an irregular form, suffixes undone. */
function candidates(t: Token, irregular: Map<string, string>): string[] {
  const w = t.norm;
  const out = [t.lemma];
  const base = irregular.get(w);
  if (base) out.unshift(base);
  // "re-open": the verb written solid, then the part after the prefix.
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hyphen) out.push(hyphen[1] + hyphen[2], hyphen[2]);
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
function verbBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const u = tokens[k];
    if (u.pos === 'PUNCT' || CLAUSE_EDGE.has(u.pos) || (u.pos === 'PRON' && /^(?:who|which|that)$/.test(u.norm))) return false;
    if ((u.pos === 'VERB' && tokens[k + 1]?.norm !== 'by') || u.pos === 'AUX') return true;
  }
  return false;
}

/**
 * A finite verb after token `i` in its clause. -ing forms and infinitives do not count: "Saudi Arabia lifts blockade
 * in agreement easing crisis" has no finite verb but "lifts".
 */
function finiteVerbAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const u = tokens[k];
    if (u.pos === 'PUNCT' || CLAUSE_EDGE.has(u.pos) || (u.pos === 'PRON' && /^(?:who|which|that)$/.test(u.norm))) return false;
    if (u.pos === 'AUX' || (u.pos === 'VERB' && !u.norm.endsWith('ing') && tokens[k - 1].norm !== 'to')) return true;
  }
  return false;
}

/** "China and Russia": two names joined by "and" end at `i`, a plural subject. */
function compoundNames(tokens: Token[], i: number): boolean {
  return tokens[i].pos === 'PROPN' && tokens[i - 1]?.norm === 'and' && tokens[i - 2]?.pos === 'PROPN';
}

const PRESENT_NEXT = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADP', 'PART']);

/** The token before `i` past adverbs and negation ("will likely meet", "would not free"). */
function beforeAdverbs(tokens: Token[], i: number): Token | undefined {
  let k = i - 1;
  while (k > 0 && (tokens[k].pos === 'ADV' || (tokens[k].pos === 'PART' && tokens[k].norm !== 'to') || /^\p{Ll}+ly$/u.test(tokens[k].text))) k--;
  return tokens[k];
}

/**
 * Verbs the tagger read as nouns or adjectives: right after a modal or "to", adverbs aside ("would free 150
 * prisoners", "will likely meet"); a past form between a name or noun and the start of an object, with no verb before
 * it in its clause ("Police tortured a man", "Sisi overthrew Mursi"); a participle before a "by" phrase ("the
 * military led by Sisi"); and an -ing form outside a noun phrase that takes an object (", wounding an officer",
 * "after penning a letter").
 */
export function retagVerbs(tokens: Token[], modals: Map<string, unknown>, known: (lemma: string) => boolean, irregular: Map<string, string>, verbPrefixes: Set<string> = new Set(), describing: Set<string> = new Set()): void {
  hyphenatedAdjectives(tokens, verbPrefixes);
  attributiveParticiples(tokens);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const lead = beforeAdverbs(tokens, i);
    const afterModal = (!!lead && lead.pos !== 'PROPN' && modals.has(lead.norm)) || (prev.norm === 'to' && prev.pos === 'PART') ||
      // "is currently striking targets": a progressive read as an adjective.
      (t.norm.endsWith('ing') && (prev.pos === 'AUX' || (prev.pos === 'ADV' && tokens[i - 2]?.pos === 'AUX')) && OBJECT_START.has(next?.pos ?? ''));
    const pastLike = /ed$/.test(t.norm) || irregular.has(t.norm);
    const pastForm = pastLike && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || (prev.pos === 'ADJ' && irregular.has(t.norm))) &&
      OBJECT_START.has(next?.pos ?? '') && !verbBefore(tokens, i);
    const byPhrase = pastLike && next?.norm === 'by' && OBJECT_START.has(tokens[i + 2]?.pos ?? '') && prev.pos !== 'DET' && prev.pos !== 'PRON';
    // The only verb of its clause, in the present tense after its subject: "Saudi Arabia lifts blockade of Qatar",
    // "the council stops the work", "Syrian forces clash with rioters" (a base form only after a plural subject).
    const present = /^[a-z]+$/.test(t.norm) && !t.norm.endsWith('ss') && !t.norm.endsWith('ing') && !pastLike &&
      (t.norm.endsWith('s')
        // "-s" before a preposition stays a plural noun: "economic sanctions against five banks".
        ? (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'ADJ') && (OBJECT_START.has(next?.pos ?? '') || next?.pos === 'NOUN')
        : (prev.pos === 'PROPN' || prev.pos === 'NOUN') && (/s$/.test(prev.norm) || compoundNames(tokens, i - 1)) && PRESENT_NEXT.has(next?.pos ?? '')) &&
      !verbBefore(tokens, i) && !finiteVerbAfter(tokens, i);
    // "has agreed to re-open its borders": "to" read as a preposition before a verb and its object.
    const toVerb = prev.norm === 'to' && (tokens[i - 2]?.pos === 'VERB' || tokens[i - 2]?.pos === 'ADJ') && (next?.pos === 'DET' || next?.pos === 'PRON');
    const ingObject = t.norm.endsWith('ing') && OBJECT_START.has(next?.pos ?? '') && !PHRASE_BEFORE.has(prev.pos);
    if (!afterModal && !pastForm && !byPhrase && !ingObject && !present && !toVerb) continue;
    const v = verbLemma(t, known, irregular);
    // "to displaced Afghans": a past participle after "to" is no infinitive.
    if (afterModal && !pastForm && !byPhrase && prev.norm === 'to' && t.norm.endsWith('ed') && v && v !== t.norm) continue;
    if (v) { t.pos = 'VERB'; t.lemma = v; }
  }
  describingIng(tokens, describing);
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
    if (tokens[k]?.pos === 'VERB' && /(?:ed|en)$/.test(tokens[k].norm)) continue;
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
export function attributiveParticiples(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1].pos;
    if (t.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.norm) && ARTICLES.has(tokens[i - 1].norm) && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN')) t.pos = 'ADJ';
    // "will not accept returned asylum seekers": a past participle right after a verb, before its noun object.
    else if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.norm) && tokens[i - 1].pos === 'VERB' && (next === 'NOUN' || next === 'ADJ')) t.pos = 'ADJ';
    // "spurned repeated offers for talks": no finite verb follows a verb, so the pair is an adjective and its noun.
    else if (t.pos === 'VERB' && /ed$/.test(t.norm) && tokens[i - 1].pos === 'VERB' && /ed$/.test(tokens[i - 1].norm) && next === 'VERB' && /[^s]s$/.test(tokens[i + 1].norm) && tokens[i + 2]?.pos !== 'DET') {
      t.pos = 'ADJ';
      tokens[i + 1].pos = 'NOUN';
    }
    // "opened its borders to displaced Afghans": after a preposition, before its noun.
    else if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.norm) && t.norm !== t.lemma && (tokens[i - 1].pos === 'ADP' || tokens[i - 1].norm === 'to') && /^\p{Ll}/u.test(tokens[i - 1].text) && (next === 'NOUN' || next === 'PROPN')) t.pos = 'ADJ';
  }
}
