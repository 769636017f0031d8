// Noun-phrase chunks from part-of-speech tags: "South Korean President Moon Jae-in", "Kim Jong Un's sister",
// "the dignity of our supreme leadership". Conjunctions split phrases; the clause stage joins them again.
import type { Token } from '../nlp/types.js';
import type { Grammar } from '../lexicon/grammar.js';
import { startsLower, startsUpper } from '../nlp/letter-case.js';

export interface Chunk {
  start: number;
  end: number;
  /** A lone personal pronoun. */
  pronoun: boolean;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'X', 'SYM']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);
/** Words a reflexive object follows: a verb ("defended itself") or a preposition ("for itself"). */
const OBJECT_BEFORE = new Set(['VERB', 'ADP']);
// Made once here, not in the functions that test them: a literal there is a new RegExp object at every call.
/** "PIJ", "G7", "AT&T", "ICE-T". */
const SHORT_FORM = /^\p{Lu}[\p{Lu}\d&-]+$/u;
/** "$", "€", "US$". */
const CURRENCY = /^\p{Lu}{0,3}\p{Sc}$/u;
const ENDS_IN_CURRENCY = /\p{Sc}$/u;
/** "24", "$5": a number written in digits, perhaps after a currency sign. */
const DIGITS = /^\p{Sc}?\d/u;
const ALL_LOWER = /^\p{Ll}+$/u;
/** "Saudi-led", "US-based". */
const LED_BY = /\p{L}-(?:based|led|backed|run|owned|funded|sponsored)$/u;
/** A participle's ending. */
const PARTICIPLE = /(?:ing|ed|en)$/;
const PAST_PARTICIPLE = /(?:ed|en)$/;

function isPossessive(t: Token): boolean {
  return (t.pos === 'PART' || t.pos === 'PROPN' || t.pos === 'NOUN') && (t.norm === "'s" || t.norm === "'");
}

/** Tokens covered by a dictionary phrase are always inside a chunk. */
export function chunk(tokens: Token[], g: Grammar, inDictionary: Uint8Array, hitStart: Uint8Array, agentWord: Uint8Array, personStart: Uint8Array): Chunk[] {
  const out: Chunk[] = [];
  // "The premier of Alberta": an agent word the tagger read as an adjective, with no noun after it, is the noun.
  for (let k = 0; k < tokens.length; k++) {
    const next = tokens[k + 1];
    if (agentWord[k] && tokens[k].pos === 'ADJ' && !(next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ'))) tokens[k].pos = 'NOUN';
  }
  // "in northeast Nigeria": a direction word the tagger read as an adverb, before a name, modifies it.
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].pos === 'ADV' && g.directionWords.has(tokens[k].norm) && (tokens[k + 1].pos === 'PROPN' || inDictionary[k + 1]) && !temporal(tokens, k + 1, g)) tokens[k].pos = 'ADJ';
  }
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const p = g.pronouns.get(t.norm);
    if (p && p.use !== 'possessive' && t.pos === 'PRON') {
      // "the Russians themselves", "a group that itself mounted": a reflexive that is no verb's or preposition's
      // object only stresses the phrase it follows.
      const stress = p.use === 'reflexive' && !(tokens[i - 1] && OBJECT_BEFORE.has(tokens[i - 1].pos) && !inDictionary[i - 1] && !agentWord[i - 1]);
      if (!stress) out.push({ start: i, end: i + 1, pronoun: true });
      i++;
      continue;
    }
    const inside = complexPreposition(tokens, i, g, inDictionary);
    if (inside) { i += inside; continue; }
    const q = quantityPrefix(tokens, i, g);
    if (!q && !startsChunk(tokens, i, g, inDictionary)) { i++; continue; }
    let j = i + Math.max(1, q);
    const receiver = tokens[i - 1]?.pos === 'VERB' && g.ditransitive.has(tokens[i - 1].lemma);
    for (;;) {
      while (j < tokens.length && continuesChunk(tokens, j, g, inDictionary, agentWord) && !newName(tokens, j, hitStart, agentWord, g) && !possessorAfterName(tokens, j, inDictionary, hitStart, agentWord, personStart) && !(receiver && secondObject(tokens, i, j, inDictionary, agentWord))) j++;
      // "the Palestinian Islamic Jihad (PIJ) organization": a bracketed short form inside the phrase.
      if (j > i && bracketedShortForm(tokens, j, agentWord, g)) j += 3;
      else break;
    }
    // A chunk ends on a nominal word: trim trailing determiners, adjectives and possessive marks.
    let end = j;
    while (end > i + 1 && !NOMINAL.has(tokens[end - 1].pos) && !inDictionary[end - 1] && !agentWord[end - 1]) end--;
    if (end > i && (hasNominal(tokens, i, end) || inDictionary[i])) out.push({ start: i, end, pronoun: false });
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * At j, "( PIJ )" between a name and a noun for its people that goes on with the same phrase ("organization",
 * "rebels", "leader"); before a thing ("a World Economic Forum (WEF) conference") the name stays a phrase of its own.
 */
function bracketedShortForm(tokens: Token[], j: number, agentWord: Uint8Array, g: Grammar): boolean {
  const prev = tokens[j - 1];
  const after = tokens[j + 3];
  return tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' && SHORT_FORM.test(tokens[j + 1].text) &&
    prev.pos === 'PROPN' && !!after && after.pos === 'NOUN' && startsLower(after.text) && (agentWord[j + 3] === 1 || g.organizationNouns.has(after.lemma));
}

/**
 * "granted the Portuguese government permission", "gave Ukraine access": right after a verb with two objects, a
 * plain noun after a name or a determined actor phrase starts the second object. A bare actor word stays a modifier
 * ("granted refugee status", "offered police protection").
 */
function secondObject(tokens: Token[], i: number, j: number, dict: Uint8Array, agentWord: Uint8Array): boolean {
  const t = tokens[j];
  if (t.pos !== 'NOUN' || dict[j] || agentWord[j] || !startsLower(t.text)) return false;
  const prevActor = dict[j - 1] || agentWord[j - 1];
  if (!prevActor) return false;
  return tokens[i].pos === 'DET' || tokens[i].pos === 'PRON' || dict[i] === 1;
}

/** "in the wake of": at i, after the preposition, the number of words up to and including "of", or 0. */
function complexPreposition(tokens: Token[], i: number, g: Grammar, dict: Uint8Array): number {
  if (i === 0 || dict[i]) return 0;
  for (const p of g.complexPrepositions) {
    if (tokens[i - 1].norm !== p[0]) continue;
    let k = 1;
    while (k < p.length && tokens[i + k - 1]?.norm === p[k]) k++;
    if (k === p.length) return p.length - 1;
  }
  return 0;
}

/** "at least 75 people": the length of a quantity phrase before a number at i, or 0. */
function quantityPrefix(tokens: Token[], i: number, g: Grammar): number {
  for (const q of g.quantityWords) {
    let k = 0;
    while (k < q.length && tokens[i + k]?.norm === q[k]) k++;
    // "more than $4 million": a currency sign may stand between the words and the number.
    // ("handed over $4 million": a single word right after a verb may be its particle.)
    if (k === q.length && (tokens[i + k]?.pos === 'NUM' || (isCurrency(tokens[i + k]) && tokens[i + k + 1]?.pos === 'NUM' && (k > 1 || tokens[i - 1]?.pos !== 'VERB')))) return k;
  }
  return 0;
}

function hasNominal(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (NOMINAL.has(tokens[k].pos)) return true;
  return false;
}

/**
 * "the moment North Korea blew up": a common noun followed by a dictionary name ends one phrase, starts another;
 * a title does not ("European Council president Donald Tusk").
 */
function newName(tokens: Token[], j: number, hitStart: Uint8Array, agentWord: Uint8Array, g: Grammar): boolean {
  const prev = tokens[j - 1];
  // "his Pakistani counterpart Imran Khan": a noun for a person names the one that follows.
  if (g.relationNouns.has(prev.norm) || g.personNouns.has(prev.lemma)) return false;
  return hitStart[j] === 1 && prev.pos === 'NOUN' && startsLower(prev.text) && !agentWord[j - 1];
}

/**
 * "told visiting Secretary of State George Shultz China's troubles were over": a known name with a possessive mark
 * right after a full name of two capitalised words no dictionary knows starts a phrase of its own (the possessor of
 * the next object); a title before the name does not ("President Joe Biden's"), nor a known surname after given
 * names ("Abdel Fatah al-Sisi's").
 */
function possessorAfterName(tokens: Token[], j: number, dict: Uint8Array, hitStart: Uint8Array, agentWord: Uint8Array, personStart: Uint8Array): boolean {
  if (!hitStart[j] || personStart[j]) return false;
  let k = j + 1;
  while (k < tokens.length && dict[k] && !hitStart[k]) k++;
  if (!tokens[k] || !isPossessive(tokens[k])) return false;
  const name = (x: number) => tokens[x]?.pos === 'PROPN' && startsUpper(tokens[x].text) && !dict[x] && !agentWord[x];
  return name(j - 1) && name(j - 2);
}

/** "March 28", "28 March", "Wednesday", "this year": dates are not noun phrases of actors. */
function temporal(tokens: Token[], i: number, g: Grammar): boolean {
  const t = tokens[i];
  if (g.temporal.has(t.norm) || (t.norm.endsWith('.') && g.temporal.has(t.norm.slice(0, -1)))) return true;
  if (g.timeDeictics.has(t.norm) && g.timeUnits.has(tokens[i + 1]?.norm ?? '')) return true;
  if (g.timeUnits.has(t.norm) && g.timeDeictics.has(tokens[i - 1]?.norm ?? '')) return true;
  // "Thursday evening", "on Monday night", "last night", "this morning".
  if (g.dayParts.has(t.norm) && (g.temporal.has(tokens[i - 1]?.norm ?? '') || g.timeDeictics.has(tokens[i - 1]?.norm ?? ''))) return true;
  if (g.timeDeictics.has(t.norm) && g.dayParts.has(tokens[i + 1]?.norm ?? '')) return true;
  // "three years ago", "two days later".
  if (t.pos === 'NUM' && g.timeUnits.has(tokens[i + 1]?.norm ?? '') && g.timeAfter.has(tokens[i + 2]?.norm ?? '')) return true;
  if (g.timeUnits.has(t.norm) && tokens[i - 1]?.pos === 'NUM' && g.timeAfter.has(tokens[i + 1]?.norm ?? '')) return true;
  return t.pos === 'NUM' && (g.temporal.has(tokens[i - 1]?.norm ?? '') || g.temporal.has(tokens[i + 1]?.norm ?? ''));
}

function startsChunk(tokens: Token[], i: number, g: Grammar, dict: Uint8Array): boolean {
  const t = tokens[i];
  if (temporal(tokens, i, g)) return false;
  if (dict[i]) return true;
  if (NP_POS.has(t.pos)) return true;
  // "both the parties": a predeterminer the tagger read as a conjunction or adverb opens the phrase.
  if (g.predeterminers.has(t.norm) && tokens[i + 1]?.pos === 'DET') return true;
  const p = g.pronouns.get(t.norm);
  return !!p && p.use === 'possessive';
}

/** "$", "€", "US$". */
function isCurrency(t: Token | undefined): boolean {
  return !!t && CURRENCY.test(t.text);
}

/**
 * "gave Ukraine $1 billion", "sold Egypt 24 jets", "two submarines": a sum of money or a counted thing after a noun opens a new phrase
 * (the second object), while "Resolution 2254", "the Boeing 777 flight" and "a $1 billion package" stay whole.
 */
function newAmount(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  const next = tokens[j + 1];
  if (isCurrency(t)) return next?.pos === 'NUM';
  if (t.pos !== 'NUM' || ENDS_IN_CURRENCY.test(prev.text) || !(DIGITS.test(t.text) || (ALL_LOWER.test(t.text) && t.norm !== 'one')) || !next) return false;
  if (next.pos === 'NUM') return true;
  // "Egypt 24 fighter jets" counts things; "Boeing 777 flight", "Nord Stream 2 pipeline" are names with a number.
  let k = j + 1;
  while (tokens[k + 1]?.pos === 'NOUN') k++;
  return tokens[k].pos === 'NOUN' && tokens[k].lemma !== tokens[k].norm;
}

/** A predeterminer at k opens its phrase: nothing nominal stands before it ("the talks all the ..." is two). */
function predeterminer(tokens: Token[], k: number, g: Grammar): boolean {
  if (!g.predeterminers.has(tokens[k].norm)) return false;
  const before = tokens[k - 1];
  return !before || !(NOMINAL.has(before.pos) || before.pos === 'ADJ' || before.pos === 'DET');
}

const capitalised = (t: Token | undefined) => !!t && (t.pos === 'PROPN' || t.pos === 'NOUN') && startsUpper(t.text);

/**
 * At j, an "and" inside a title's portfolio: capitalised words that name no actor on both sides, after "of" or "for"
 * that follows a capitalised title or body ("Minister of Trade and Industry", "Committee for Peace and Security").
 */
function portfolioAnd(tokens: Token[], j: number, g: Grammar, dict: Uint8Array, agentWord: Uint8Array): boolean {
  if (!capitalised(tokens[j + 1]) || dict[j + 1]) return false;
  let k = j - 1;
  while (k >= 0 && capitalised(tokens[k]) && !dict[k]) k--;
  if (k === j - 1 || k < 1 || (tokens[k].norm !== 'of' && tokens[k].norm !== 'for' && tokens[k].norm !== 'on')) return false;
  const title = tokens[k - 1];
  return startsUpper(title.text) && (agentWord[k - 1] === 1 || g.organizationNouns.has(title.lemma) || g.organizationNouns.has(title.norm));
}

/** At j, a comma between two modifiers of the noun that follows ("the long, bitter war"). */
function modifierComma(tokens: Token[], j: number, g: Grammar, agentWord: Uint8Array): boolean {
  const prev = tokens[j - 1];
  // "his main rival, former judge ...": a noun for a person the tagger read as an adjective ends its phrase.
  if (agentWord[j - 1] || g.relationNouns.has(prev.norm) || g.personNouns.has(prev.lemma)) return false;
  // "a five-year, $5-billion program": a hyphenated length of time is a modifier too.
  const span = prev.norm.includes('-') && g.timeUnits.has(prev.norm.slice(prev.norm.lastIndexOf('-') + 1));
  if (!(prev.pos === 'ADJ' || span || LED_BY.test(prev.norm))) return false;
  // Not a predicate ("the army was strong, well equipped troops ..."): the modifiers before follow a determiner,
  // a possessive or a preposition.
  let b = j - 1;
  while (b > 0 && (tokens[b - 1].pos === 'ADJ' || tokens[b - 1].pos === 'ADV')) b--;
  const opener = tokens[b - 1];
  // Nor a noun's description after its noun ("his election rival, former general Benny Gantz").
  if (!opener || opener.pos === 'AUX' || opener.pos === 'VERB' || ((opener.pos === 'NOUN' || opener.pos === 'PROPN') && !isPossessive(opener))) return false;
  let k = j + 1;
  // "$5-billion", "$300 million": an amount modifies the noun after it.
  if (isCurrency(tokens[k]) && tokens[k + 1]?.pos === 'NUM') {
    k += 2;
    while (tokens[k]?.pos === 'NUM') k++;
    const head = tokens[k];
    return !!head && head.pos === 'NOUN' && head.lemma === head.norm;
  }
  if (tokens[k]?.pos === 'ADV') k++;
  const mod = tokens[k];
  if (!mod || !(mod.pos === 'ADJ' || (mod.pos === 'VERB' && PAST_PARTICIPLE.test(mod.norm) && k > j + 1))) return false;
  const head = tokens[k + 1];
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN')) return false;
  // "his rival, former judge Ana Ruiz": a title and a name after the comma are a description of their own.
  let n = k + 1;
  while (tokens[n]?.pos === 'NOUN') n++;
  if (n > k + 1 && tokens[n]?.pos === 'PROPN') return false;
  // The words after the comma are read as modifiers of that noun.
  for (let m = j + 1; m <= k; m++) if (tokens[m].pos !== 'ADJ') tokens[m].pos = 'ADJ';
  return true;
}

function continuesChunk(tokens: Token[], j: number, g: Grammar, dict: Uint8Array, agentWord: Uint8Array): boolean {
  const t = tokens[j];
  if (temporal(tokens, j, g) && !dict[j]) return false;
  if (dict[j]) return true;
  if (newAmount(tokens, j)) return false;
  // "equipment worth $4 million": "worth" ends its noun's phrase, except in "$4 million worth of equipment".
  if (t.norm === 'worth') return tokens[j - 1].pos === 'NUM' && tokens[j + 1]?.norm === 'of';
  // "such a large number", "all the soldiers": a determiner after a predeterminer is inside the phrase.
  if (NP_POS.has(t.pos)) return t.pos !== 'DET' || isPossessive(tokens[j - 1]) || tokens[j - 1].norm === 'of' || predeterminer(tokens, j - 1, g);
  if (isPossessive(t)) return true;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (!next) return false;
  // "Iran's most prominent prisoners", "a very senior official": a degree adverb before an adjective.
  if (t.pos === 'ADV' && next.pos === 'ADJ' && (prev.pos === 'DET' || isPossessive(prev) || prev.pos === 'NUM' || (prev.norm === 'of' && tokens[j + 2]?.pos === 'NOUN'))) return true;
  const p = g.pronouns.get(t.norm);
  if (p && p.use === 'possessive' && prev.norm === 'of') return true;
  // "Minister of Unification", "the dignity of our leadership": "of" joins two nominal phrases.
  if (t.norm === 'of' && (NOMINAL.has(prev.pos) || (prev.norm === 'worth' && tokens[j - 2]?.pos === 'NUM')) && (NP_POS.has(next.pos) || (next.pos === 'ADV' && tokens[j + 2]?.pos === 'ADJ' && tokens[j + 3]?.pos === 'NOUN') || dict[j + 1] || g.pronouns.get(next.norm)?.use === 'possessive')) return true;
  // "Minister for Communications Mitch Fifield", "High Commissioner for Human Rights", "Committee on Foreign
  // Relations": "for" or "on" inside a capitalised
  // title, before a capitalised portfolio that names no actor ("a spokesman for Moon" is two phrases).
  if ((t.norm === 'for' || t.norm === 'on') && (agentWord[j - 1] || g.organizationNouns.has(prev.lemma) || g.organizationNouns.has(prev.norm)) && startsUpper(prev.text) && startsUpper(next.text) && !dict[j + 1] && !temporal(tokens, j + 1, g) && (next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'ADJ')) return true;
  // "the long, bitter war", "Libya's Tripoli-based, internationally recognised Government": a comma between two
  // modifiers of one noun.
  if (t.text === ',' && modifierComma(tokens, j, g, agentWord)) return true;
  // "Minister of Trade and Industry": "and" between two capitalised words of a portfolio after a title.
  if (t.norm === 'and' && portfolioAnd(tokens, j, g, dict, agentWord)) return true;
  // "Syrian government shelling killed": a gerund closing a noun phrase that is the subject of the next verb.
  if (t.pos === 'VERB' && t.norm.endsWith('ing') && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'VERB' || next.pos === 'AUX')) {
    t.pos = 'NOUN';
    return true;
  }
  // "the negotiating table", "state-run television": a participle between a determiner or adjective and a noun.
  // Not a verb right after its group's floating quantifier ("have both indicted Sajid"), nor after a capitalised word
  // closing a name ("Hun Many rejected accusation").
  const before = tokens[j - 2];
  const floating = prev.pos === 'DET' && before?.pos === 'AUX';
  const nameEnd = prev.pos === 'ADJ' && startsUpper(prev.text) && before?.pos === 'PROPN';
  if (t.pos === 'VERB' && PARTICIPLE.test(t.norm) && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM') && (next.pos === 'NOUN' || next.pos === 'PROPN') && !floating && !nameEnd) return true;
  return false;
}
