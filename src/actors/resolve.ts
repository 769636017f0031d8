// A noun phrase -> an actor: dictionary entries first (people, organisations, countries), then composition
// (country + agent noun: "South Korean troops" -> KORMIL), then back-references to earlier mentions.
import type { Token } from '../nlp/types.js';
import type { Grammar } from '../lexicon/grammar.js';
import type { TrieMatch } from '../lexicon/trie.js';
import type { ActorLexicon } from './lexicon.js';
import { caseMatches, validOn } from './lexicon.js';
import type { ArticleContext } from './context.js';
import type { ActorEntry, AgentEntry, Mention, Referent } from './types.js';
import type { Chunk } from './noun-phrases.js';
import { findCity } from '../place/gazetteer.js';
import { startsUpper } from '../nlp/letter-case.js';

export interface SentenceHits {
  actors: (TrieMatch<ActorEntry> | null)[];
  agents: (TrieMatch<AgentEntry> | null)[];
  /** Tokens inside any dictionary phrase (actor or agent): not part of a bare name. */
  covered: Uint8Array;
}

interface Parts {
  person: ActorEntry | null;
  org: ActorEntry | null;
  country: string | null;
  countryVia: string | null;
  capitalHead: boolean;
  /** The country word is the phrase's head ("North Korea", "Americans"), not a modifier ("North Korean economy"). */
  countryHead: boolean;
  /** The agent word is the head ("troops") or a title before a name ("President Moon"). */
  agentHead: boolean;
  orgHead: boolean;
  agent: string | null;
  /** The agent code is written before the country's (PETRARCH "[NGO~]"). */
  agentBefore: boolean;
  agentVia: string | null;
  /** The head is a plural demonym ("Americans", "30 Tunisians"): people of the country, not the country. */
  peopleHead: boolean;
  /** A before-code agent that a later agent word took over from ("an MSF Arnor diplomat": NGO, then GOV). */
  prefixAgent: string | null;
}

type Place = Pick<Mention, 'start' | 'end' | 'charStart' | 'charEnd' | 'text'>;

/**
 * A mention with every field set in one order, so that all mentions share one object shape (fast): the optional
 * fields that later stages add to some mentions only are set too, as undefined, since an object that gains a
 * field changes shape and V8 then throws away the optimised code of every function that has seen it.
 */
function mention(at: Place, kind: Mention['kind'], plural: boolean): Mention {
  return {
    start: at.start, end: at.end, charStart: at.charStart, charEnd: at.charEnd, text: at.text,
    kind, code: null, country: null, agent: null, plural, personName: null, via: null, guessed: false, ref: null, capital: false,
    also: undefined, sentence: undefined, extent: undefined, geo: undefined, referent: undefined,
  };
}

export function countryOf(code: string): string {
  return code.slice(0, 3);
}

export function agentOf(code: string, lex: ActorLexicon): string | null {
  const a = code.length >= 6 ? code.slice(3, 6) : null;
  return a && lex.agentCodes.has(a) ? a : null;
}

export function resolveChunk(tokens: Token[], c: Chunk, text: string, hits: SentenceHits, lex: ActorLexicon, g: Grammar, ctx: ArticleContext, quoted: boolean): Mention {
  const found: { possessor: Mention | null } = { possessor: null };
  const m = resolvePhrase(tokens, c, text, hits, lex, g, ctx, quoted, found);
  // "Isis's control", "Trump's decision": the possessor is there for a later pronoun to refer to.
  if (found.possessor && found.possessor.kind === 'actor') ctx.owners.set(m, found.possessor);
  // "Iran and Russia", "Germany, France and Britain": an actor right after another and "and" or a comma.
  const joiner = c.start > 1 ? tokens[c.start - 1].norm : '';
  if (joiner === 'and' || joiner === ',') {
    const before = ctx.latestInSentence();
    if (before?.end === c.start - 1 && before.kind === 'actor') ctx.listed.add(m);
  }
  return m;
}

function resolvePhrase(tokens: Token[], c: Chunk, text: string, hits: SentenceHits, lex: ActorLexicon, g: Grammar, ctx: ArticleContext, quoted: boolean, found: { possessor: Mention | null }): Mention {
  const base = {
    start: c.start, end: c.end,
    charStart: tokens[c.start].start, charEnd: tokens[c.end - 1].end,
    text: text.slice(tokens[c.start].start, tokens[c.end - 1].end),
  };
  if (c.pronoun) return pronoun(base, tokens, g, ctx, quoted);

  // "a group of North Korean defectors", "one of the country's officials": the actor follows "of".
  const of = firstOf(tokens, c.start, c.end, hits);
  if (of > c.start && of < c.end - 1 && g.groupNouns.has(tokens[of - 1].norm)) {
    const inner = resolveChunk(tokens, { start: of + 1, end: c.end, pronoun: false }, text, hits, lex, g, ctx, quoted);
    const m = mention(base, inner.kind, true);
    m.code = inner.code;
    m.country = inner.country;
    m.agent = inner.agent;
    m.personName = inner.personName;
    m.via = inner.via;
    m.referent = inner.kind === 'actor' ? 'group' : undefined;
    return m;
  }
  // "The premier of Canada's Alberta province": the head is before "of"; the rest may give the country.
  const headEnd = of > c.start ? of : c.end;
  // Split off a possessor: "Kim Jong Un's sister" -> possessor "Kim Jong Un", head part "sister".
  let headStart = c.start;
  let possessor: Mention | null = null;
  for (let k = headEnd - 2; k >= c.start; k--) {
    if (hits.covered[k]) continue; // "New People's Army" is a name, not a possessive
    if (tokens[k].norm === "'s" || tokens[k].norm === "'") {
      if (k > c.start) possessor = resolveChunk(tokens, { start: c.start, end: k, pronoun: false }, text, hits, lex, g, ctx, quoted);
      headStart = k + 1;
      break;
    }
    const p = g.pronouns.get(tokens[k].norm);
    if (p && p.use === 'possessive' && tokens[k].pos !== 'NOUN') {
      possessor = pronoun({ start: k, end: k + 1, charStart: tokens[k].start, charEnd: tokens[k].end, text: tokens[k].text }, tokens, g, ctx, quoted);
      headStart = k + 1;
      break;
    }
  }
  found.possessor = possessor;
  const parts = scan(tokens, headStart, headEnd, hits, ctx);
  const headWord = tokens[headEnd - 1];
  const relation = g.relationNouns.has(headWord.norm);
  if (g.personNouns.has(headWord.lemma) && !parts.agentHead) { parts.agentHead = true; parts.agent = parts.agent ?? null; }
  // "his country", "Putin's nation": the possessor's country.
  if (possessor?.country && headEnd - headStart === 1 && g.countryNouns.has(headWord.lemma)) {
    const m = mention(base, 'actor', false);
    m.code = possessor.country;
    m.country = possessor.country;
    m.via = `"${headWord.text}" of ${possessor.via ?? possessor.text}`;
    m.referent = 'country';
    return m;
  }
  // "Abbas's office", "Trump's campaign": what belongs to an actor acts as that actor.
  if (possessor?.code && !parts.agent && !parts.country && !parts.org && g.personNouns.has(headWord.lemma) && (possessor.kind === 'actor' || possessor.kind === 'pronoun')) {
    const m = mention(base, 'actor', false);
    m.code = possessor.code;
    m.country = possessor.country;
    m.agent = possessor.agent;
    m.via = `"${headWord.text}" of ${possessor.via ?? possessor.text}`;
    m.referent = agentReferent(tokens, headEnd, pluralHead(tokens, headEnd, g), g);
    return m;
  }
  // "Holcomb's office", "CMPAJAC's chairman": the office or member of a name no dictionary knows is that name's.
  if (possessor?.kind === 'named' && !parts.agent && !parts.country && !parts.org && g.personNouns.has(headWord.lemma)) {
    const m = mention(base, 'named', false);
    m.via = `"${headWord.text}" of "${possessor.text}"`;
    return m;
  }
  const humanHead = parts.agentHead || relation || !!properName(tokens, headStart, headEnd);
  if (!parts.country && !parts.org && possessor?.country && humanHead) {
    parts.country = possessor.country;
    parts.countryVia = possessor.via;
    parts.countryHead = relation;
  }
  let place: Mention['geo'] = undefined;
  let owner: Mention | null = null;
  if (!parts.country && !parts.org && headEnd < c.end) {
    const tail = resolveChunk(tokens, { start: headEnd + 1, end: c.end, pronoun: false }, text, hits, lex, g, ctx, quoted);
    if (tail.country && tail.kind === 'actor') { parts.country = tail.country; parts.countryVia = tail.via; place = tail.geo; owner = tail; }
  }
  // "Syria's second city": a possessor country modifies a thing as a country word would.
  if (!parts.country && !parts.org && possessor?.country && possessor.kind === 'actor') {
    parts.country = possessor.country;
    parts.countryVia = possessor.via;
  }
  const plural = tokens[headEnd - 1].pos === 'NOUN' && tokens[headEnd - 1].lemma !== tokens[headEnd - 1].norm;
  const m = compose(base, parts, tokens, headStart, headEnd, lex, ctx, plural, hits.covered, g);
  // "the town of Albu Kamal": the phrase is the place the gazetteer found after "of".
  if (place && m.kind === 'actor' && !m.agent) m.geo = place;
  // "the capacity of the US and its allies": a thing of an actor stands for that actor to a later pronoun.
  if (owner && m.referent === 'thing' && !g.placeNouns.has(headWord.lemma)) m.referent = owner.referent;
  else if (m.referent === 'thing' && g.placeNouns.has(headWord.lemma)) m.referent = 'place';
  return m;
}

/** The first "of" (or title "for") of a phrase that is not inside a dictionary name ("Republic of Korea", "Minister of Defence"). */
function firstOf(tokens: Token[], a: number, b: number, hits: SentenceHits): number {
  for (let k = a; k < b; k++) {
    const h = hits.actors[k] ?? hits.agents[k];
    if (h) { k = h.end - 1; continue; }
    if (tokens[k].norm === 'of') return k;
    // "Minister for Communications Mitch Fifield", "Committee on Foreign Relations": "for" or "on" inside a
    // capitalised title divides it as "of" does.
    if ((tokens[k].norm === 'for' || tokens[k].norm === 'on') && k > a && hits.covered[k - 1] && !hits.actors[k + 1] && startsUpper(tokens[k - 1].text) && startsUpper(tokens[k + 1]?.text ?? '')) return k;
  }
  return -1;
}

function onlyAgentsAfter(hits: SentenceHits, a: number, b: number): boolean {
  for (let k = a; k < b;) {
    const h = hits.agents[k];
    if (!h) return false;
    k = h.end;
  }
  return true;
}

function scan(tokens: Token[], a: number, b: number, hits: SentenceHits, ctx: ArticleContext): Parts {
  const p: Parts = { person: null, org: null, country: null, countryVia: null, capitalHead: false, countryHead: false, agentHead: false, orgHead: false, agent: null, agentBefore: false, agentVia: null, prefixAgent: null, peopleHead: false };
  for (let k = a; k < b; k++) {
    const h = hits.actors[k];
    if (h && h.end <= b) {
      const e = pick(h.values, ctx, tokens, h.start);
      if (e) {
        if (e.role === 'person') p.person = e;
        else if (e.role === 'org' || e.role === 'group') { p.org = e; p.orgHead = h.end === b || onlyAgentsAfter(hits, h.end, b); }
        else if (e.role !== 'short' || ctx.countries.has(countryOf(e.code))) {
          p.country = countryOf(e.code);
          p.countryVia = e.id;
          p.capitalHead = e.role === 'capital' && h.end === b;
          p.countryHead = h.end === b;
          // "Americans", "30 Tunisians", "Gulf states": people or countries, not one country.
          const last = tokens[b - 1];
          p.peopleHead = p.countryHead && ((e.role === 'demonym' && LOWER_S_END.test(last.text)) || (last.pos === 'NOUN' && last.lemma !== last.norm && !startsUpper(last.text)));
        }
        k = h.end - 1;
        continue;
      }
    }
    const ag = hits.agents[k];
    if (ag && ag.end <= b) {
      const e = ag.values[0];
      const nameFollows = tokens[ag.end]?.pos === 'PROPN' && ag.end < b;
      if (ag.end === b || nameFollows || !p.agentHead) {
        if (p.agent && p.agentBefore && !e.before && p.agent !== e.agent) p.prefixAgent = p.agent;
        p.agent = e.agent;
        p.agentBefore = !!e.before;
        p.agentVia = e.id;
        p.agentHead = ag.end === b || nameFollows || onlyAgentsAfter(hits, ag.end, b);
      }
      k = ag.end - 1;
    }
  }
  return p;
}

/** Among entries for one phrase: the one valid on the article's date, case-checked for acronyms. */
function pick(values: ActorEntry[], ctx: ArticleContext, tokens: Token[], start: number): ActorEntry | null {
  let fallback: ActorEntry | null = null;
  let latest: ActorEntry | null = null;
  for (const e of values) {
    if (!caseMatches(e, tokens, start)) continue;
    if (!ctx.date) { if (!latest || (latest.to !== null && (e.to === null || e.to > latest.to))) latest = e; continue; }
    if (validOn(e, ctx.date)) return e;
    fallback = fallback ?? e;
  }
  // Without an article date, the most recent office is the best guess.
  if (latest) return latest;
  // A person out of office keeps the country, not the office: "KOR", not "KORGOV".
  return fallback ? { ...fallback, code: countryOf(fallback.code), from: null, to: null } : null;
}

function compose(base: Place, p: Parts,
  tokens: Token[], headStart: number, headEnd: number, lex: ActorLexicon, ctx: ArticleContext, plural: boolean, covered: Uint8Array, g: Grammar): Mention {
  const m = mention(base, 'thing', plural);
  const properRun = properName(tokens, headStart, headEnd, covered);
  if (p.person) {
    m.kind = 'actor';
    m.code = p.person.code;
    m.country = countryOf(p.person.code);
    m.agent = agentOf(p.person.code, lex);
    m.personName = p.person.phrase;
    m.via = p.person.id;
    m.referent = 'person';
    return m;
  }
  if (p.org && (p.orgHead || p.agentHead)) {
    m.kind = 'actor';
    const orgAgent = agentOf(p.org.code, lex);
    m.code = p.org.code.length === 3 && p.agent && !orgAgent ? p.org.code + p.agent : p.org.code;
    m.country = countryOf(m.code);
    m.agent = agentOf(m.code, lex);
    m.via = p.org.id;
    m.referent = p.agentHead ? agentReferent(tokens, headEnd, many(tokens, headEnd, plural, g), g) : 'body';
    return m;
  }
  // A surname or short name seen before in a full name: "Kim" -> the last Kim named.
  if (properRun && !p.country) {
    const words = properRun.toLowerCase().split(/\s+/);
    if (words.length <= 2) {
      const known = ctx.personByPart(words[words.length - 1]) ?? ctx.personByPart(words[0]);
      if (known) {
        const k = known.mention;
        m.kind = k.kind;
        m.code = k.code;
        m.country = k.country;
        m.agent = k.agent;
        m.personName = known.name;
        m.via = `back-reference to "${known.name}"`;
        m.referent = k.referent === 'person' || k.kind === 'named' ? 'person' : k.referent;
        return m;
      }
    }
  }
  // "President Bush": a surname alone, first seen here, that names one office holder on the article's date.
  if (properRun && !properRun.includes(' ') && (p.agentHead || headEnd - headStart === 1)) {
    const e = bySurname(lex, properRun, ctx.date, p.country);
    if (e) {
      m.kind = 'actor';
      m.code = e.code;
      m.country = countryOf(e.code);
      m.agent = agentOf(e.code, lex);
      m.personName = e.phrase;
      m.via = `${e.id} (surname)`;
      m.referent = 'person';
      return m;
    }
  }
  if (p.country && (p.countryHead || p.agentHead || properRun)) {
    const agent = (p.agentHead ? p.agent : null) ?? (p.capitalHead ? 'GOV' : null);
    m.capital = p.capitalHead && !p.agentHead;
    m.kind = 'actor';
    m.country = p.country;
    m.agent = agent;
    m.code = agent && p.agentBefore && agent === p.agent ? agent + p.country : p.country + (agent ?? '');
    // PETRARCH puts every agent of the phrase on the actor: "an MSF Arnor diplomat" -> NGOARNGOV.
    if (p.prefixAgent && agent) m.code = p.prefixAgent + m.code;
    m.via = p.agentVia && agent === p.agent ? `${p.countryVia} + ${p.agentVia}` : p.countryVia;
    if (properRun && properRun.includes(' ')) m.personName = properRun;
    m.referent = p.agentHead ? agentReferent(tokens, headEnd, many(tokens, headEnd, plural, g), g)
      : p.capitalHead ? 'country' : p.countryHead ? (p.peopleHead ? 'group' : 'country') : 'person';
    return m;
  }
  if (p.agent && p.agentHead) {
    // "a surface-to-air missile": a weapon with no owner named is an instrument, no actor; whoever fired it may be
    // named after it (weapon-nouns.txt).
    if (isWeapon(tokens, headEnd - 1, g)) return m;
    m.kind = 'actor';
    m.agent = p.agent;
    // "the Kim regime", "the Assad government": a name before the agent word refers to someone named earlier.
    const named = modifierName(tokens, headStart, headEnd, covered);
    const owner = named ? ctx.personByPart(named.toLowerCase()) : null;
    if (owner?.mention.country) {
      m.country = owner.mention.country;
      m.code = m.country + p.agent;
      m.via = `${p.agentVia} + back-reference to "${owner.name}"`;
      m.referent = agentReferent(tokens, headEnd, many(tokens, headEnd, plural, g), g);
      return m;
    }
    // "the ministry", "the army": the latest actor with this agent gives the country, as a guess; a bare plural
    // ("reporters", "protesters") names people in general and guesses nothing.
    const definite = tokens[headStart]?.norm === 'the' && !plural;
    const earlier = definite ? ctx.latest((x) => x.agent === p.agent && !!x.country && !x.capital) : null;
    m.country = earlier?.country ?? null;
    m.code = (m.country ?? '') + p.agent;
    m.guessed = !!earlier;
    m.via = earlier ? `${p.agentVia} + back-reference to "${earlier.text}"` : p.agentVia;
    if (properRun && properRun.includes(' ')) m.personName = properRun;
    m.referent = agentReferent(tokens, headEnd, many(tokens, headEnd, plural, g), g);
    return m;
  }
  // "Ukrainian positions", "Israeli strikes": the country of a modifier stands for the whole phrase, as
  // CAMEO coders read it; an agent word among the modifiers joins it ("the Calenardhon government issue" ->
  // CALGOV, as PETRARCH combines every agent of a noun phrase with its actor).
  if (p.country) {
    m.kind = 'actor';
    m.country = p.country;
    m.agent = p.agent;
    m.code = p.agent && p.agentBefore ? p.agent + p.country : p.country + (p.agent ?? '');
    m.via = p.agent ? `${p.countryVia} + ${p.agentVia} (modifiers)` : `${p.countryVia} (modifier)`;
    m.referent = 'thing';
    return m;
  }
  // "a Taliban attack", "the UN resolution": likewise an organisation or group that modifies a thing.
  if (p.org) {
    m.kind = 'actor';
    m.code = p.org.code;
    m.country = countryOf(p.org.code);
    m.agent = agentOf(p.org.code, lex);
    m.via = `${p.org.id} (modifier)`;
    m.referent = 'thing';
    return m;
  }
  // "rebel positions", "police vehicles": an agent word modifying a thing gives the agent (its country may
  // come from a phrase after it: "rebel positions in Aleppo"); so does one before a name no dictionary knows
  // ("the official news agency WFNA" -> GOV with no country, PETRARCH's "---GOV").
  if (p.agent && !(g.modifierOnlyAgents.has(p.agent) && !properRun)) {
    m.kind = 'actor';
    m.agent = p.agent;
    m.code = p.agent;
    m.via = `${p.agentVia} (modifier)`;
    m.referent = 'thing';
    return m;
  }
  // "in Aleppo", "near Kharkiv", "the city of Mosul": after a place preposition or a place noun and "of", a name the
  // gazetteer knows is a place of its country.
  if (lex.places && properRun && properRun.length === m.text.replace(/^the\s+/i, '').length && placeSlot(tokens, base.start, g)) {
    const city = findCity(properRun);
    if (city) {
      m.kind = 'actor';
      m.country = city.country;
      m.code = city.country;
      m.geo = { lat: city.lat, lon: city.lon };
      m.via = `gazetteer "${properRun}"`;
      m.referent = 'thing';
      return m;
    }
  }
  // "Rockets fired from Gaza ...": a plural opening the sentence, read as a name, may be a weapon.
  if (properRun && isWeapon(tokens, headEnd - 1, g)) return m;
  if (properRun) {
    m.kind = 'named';
    if (properRun.includes(' ')) m.personName = properRun;
    return m;
  }
  // "the Hirak movement", "the LetUsSpeak campaign group": a name before an organisation noun names an organisation
  // (a capitalised first word of the sentence may be no name: "Anti-war groups").
  const head = tokens[headEnd - 1];
  const name = headEnd - headStart > 1 && (g.organizationNouns.has(head.lemma) || g.organizationNouns.has(head.norm)) ? properName(tokens, headStart, headEnd - 1, covered) : null;
  if (name && tokens[0].text !== name.split(' ')[0]) m.kind = 'named';
  return m;
}

/** The phrase at `start` stands where a place is named: after a place preposition, or "city of", "province of". */
function placeSlot(tokens: Token[], start: number, g: Grammar): boolean {
  const before = tokens[start - 1];
  if (!before) return false;
  if (g.locatives.has(before.norm)) return true;
  // "the cities of Mosul, Ramadi and Fallujah": each name of the list after the place noun.
  let k = start - 1;
  while (k > 1 && (tokens[k].norm === ',' || tokens[k].norm === 'and') && tokens[k - 1].pos === 'PROPN') {
    k -= 2;
    while (k > 0 && tokens[k].pos === 'PROPN') k--;
  }
  const noun = tokens[k - 1];
  return tokens[k].norm === 'of' && !!noun && noun.pos === 'NOUN' && g.placeNouns.has(noun.lemma);
}

/**
 * The CAMEO code of force done with the weapon that the common noun at k names ("missiles": 195), or null: a name
 * is none ("Royal Dutch Shell"), though a capitalised first word may be ("Missiles hit ...").
 */
export function weaponCode(tokens: Token[], k: number, g: Grammar): string | null {
  const t = tokens[k];
  if (t?.pos === 'NOUN') return g.weapons.get(t.lemma) ?? g.weapons.get(t.norm) ?? null;
  // A bare plural opening the sentence, read as a name ("Missiles fired by ..."); "Shell" alone is a name.
  return t?.pos === 'PROPN' && k === 0 && t.norm.endsWith('s') ? g.weapons.get(t.norm.slice(0, -1)) ?? null : null;
}

export function isWeapon(tokens: Token[], k: number, g: Grammar): boolean {
  return weaponCode(tokens, k, g) !== null;
}

/** The one person entry a surname can mean on this date (in this country, when one is named), or null. */
function bySurname(lex: ActorLexicon, surname: string, date: string | null, country: string | null): ActorEntry | null {
  const all = lex.surnames.get(surname.toLowerCase());
  if (!all) return null;
  const fits = all.filter((e) => (!country || countryOf(e.code) === country) && (date ? validOn(e, date) && (e.from !== null || e.to !== null) : true));
  if (!fits.length) return null;
  const people = new Set(fits.map((e) => e.id));
  const codes = new Set(fits.map((e) => (date ? e.code : countryOf(e.code))));
  if (codes.size !== 1 || (date && people.size > 1)) return null;
  return fits.reduce((a, b) => ((a.to ?? '9999') >= (b.to ?? '9999') ? a : b));
}

/** A single capitalised name right before the head's agent word ("the Kim regime" -> "Kim"). */
function modifierName(tokens: Token[], a: number, b: number, covered: Uint8Array): string | null {
  for (let k = b - 2; k >= a; k--) {
    const t = tokens[k];
    if (t.pos === 'PROPN' && startsUpper(t.text) && !covered[k]) return t.text;
    if (!covered[k]) return null;
  }
  return null;
}

/** The run of capitalised proper-noun tokens at the end of the head part (a name), if any, after any title. */
function properName(tokens: Token[], a: number, b: number, covered?: Uint8Array): string | null {
  let k = b;
  while (k > a && tokens[k - 1].pos === 'PROPN' && startsUpper(tokens[k - 1].text) && !covered?.[k - 1]) k--;
  if (k === b) return null;
  return tokens.slice(k, b).map((t) => t.text).join(' ');
}

/** Words that may stand between a verb's subject and its object: the verb group itself ("has still not met"). */
const VERB_GROUP = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/**
 * The subject of the verb an object pronoun at k follows, when the sentence's latest mention is that subject ("he
 * still regards him", "Erdogan met them"): the pronoun means someone else (a reflexive would say the subject).
 */
function clauseSubject(tokens: Token[], k: number, ctx: ArticleContext): Mention | null {
  const before = ctx.latestInSentence((x) => x.end <= k);
  if (!before || before.end === k) return null;
  for (let j = before.end; j < k; j++) if (!VERB_GROUP.has(tokens[j].pos)) return null;
  return before;
}

/** Verbs after which "it" may hold the place of a clause that follows ("it seems that", "it emerged that"). */
const LINKING = new Set(['be', 'seem', 'appear', 'become', 'remain', 'emerge']);

/**
 * "it is clear that", "it would be safe to", "it seems that", "it emerged that": "it" at k holds the place of a clause
 * after it and refers to nobody named before.
 */
function placeholder(tokens: Token[], k: number, g: Grammar): boolean {
  if (tokens[k].norm !== 'it') return false;
  let j = k + 1;
  while (tokens[j] && (g.modals.has(tokens[j].norm) || g.negators.has(tokens[j].norm) || tokens[j].pos === 'ADV')) j++;
  if (!tokens[j] || !LINKING.has(tokens[j].lemma)) return false;
  // "it seems that", "it appears to", "it emerged that": the verb alone says so.
  if (tokens[j].lemma !== 'be' && tokens[j].lemma !== 'become' && tokens[j].lemma !== 'remain' && /^(that|to|as|likely|unlikely)$/.test(tokens[j + 1]?.norm ?? '')) return true;
  j++;
  while (tokens[j] && (tokens[j].lemma === 'be' || tokens[j].norm === 'been' || tokens[j].norm === 'not' || tokens[j].pos === 'ADV' || tokens[j].pos === 'DET')) j++;
  return !!tokens[j] && g.expletiveWords.has(tokens[j].norm);
}

/** "Iran and Russia", "Germany, France and Britain": x is the last of actors listed together, who are "they". */
function conjoined(x: Mention, ctx: ArticleContext): boolean {
  return ctx.listed.has(x) && x.referent !== 'thing' && ctx.previous(x)?.referent !== 'thing';
}

/**
 * The unknown name x is the subject of its sentence's clauses before the pronoun at k: it opens the sentence
 * ("Nuclear Data cited ... and said it"), or only a verb group stands between them ("NTT said it").
 */
function namesSubject(x: Mention, tokens: Token[], k: number, ctx: ArticleContext): boolean {
  if (!ctx.inCurrentSentence(x)) return false;
  if (ctx.sentenceOpener((y) => y === x)) return true;
  for (let j = x.end; j < k; j++) if (!VERB_GROUP.has(tokens[j].pos) && tokens[j].norm !== 'that') return false;
  return true;
}

/** Is x the actor `who` is, or the one it refers to? */
function same(x: Mention, who: Mention): boolean {
  // Two mentions of one person may carry different names ("Erdoğan", "The Turkish president, Recep Tayyip Erdoğan").
  return x === who || x === who.ref || (!!x.code && x.code === who.code && (x.personName === who.personName || (x.referent === 'person' && who.referent === 'person')));
}

function pronoun(base: Place, tokens: Token[], g: Grammar, ctx: ArticleContext, quoted: boolean): Mention {
  const p = g.pronouns.get(tokens[base.start].norm);
  const m = mention(base, 'pronoun', p?.number === 'pl');
  // A reflexive is its clause's subject, known once clauses are read (see bindReflexives).
  if (!p || p.use === 'reflexive') return m;
  if (placeholder(tokens, base.start, g)) return m;
  let ref: Mention | null = null;
  const subject = p.use === 'object' ? clauseSubject(tokens, base.start, ctx) : null;
  // A place the gazetteer found ("in Aleppo", "the town of Albu Kamal") stands for its country as a party, but
  // "it" and "they" refer to those who act, not to it.
  const latest = (test: (x: Mention) => boolean) => ctx.latest((x) => !x.geo && test(x) && !(subject && same(x, subject)));
  if (p.person === 1) ref = quoted ? ctx.speaker : null;
  else if (p.number === 'sg') {
    // "he", "she": a person, preferably one who was the subject of a recent clause; never a body, a country or
    // several people ("the ministry", "Iraq", "the refugees").
    const one = (x: Mention) => !x.plural && (x.referent === undefined || x.referent === 'person');
    const person = (x: Mention) => one(x) && !!x.personName && x.kind !== 'thing' && !(subject && same(x, subject));
    // An object pronoun ("regards him") most often means a person its own sentence named before its subject.
    const near = subject ? ctx.latestInSentence(person) : null;
    // A person named earlier in the pronoun's own sentence is nearer than the subject of an earlier one ("the
    // priority for Erdoğan has been combating moves which he fears").
    const here = ctx.latestInSentence(person);
    ref = near ?? ctx.sentenceOpener(person) ?? here ?? ctx.latestSubject(person) ?? ctx.latestOrOwner(person) ?? latest((x) => one(x) && x.agent !== null && x.kind === 'actor');
  }
  // "it", "its": a country or a body, not a person, several people or a place.
  // A thing an actor modifies in the same sentence ("a US announcement that it would") may mean that actor.
  // A name no dictionary knows earlier in the sentence ("NTT said it plans") is the likeliest of all: the pronoun
  // then stands for that name, with no code, rather than for an older actor.
  else if (p.number === 'thing') ref = latest((x) => (x.kind === 'named' && namesSubject(x, tokens, base.start, ctx)) || (!x.personName && x.kind === 'actor' && !x.plural && (x.referent === 'country' || x.referent === 'body' || (x.referent === 'thing' && !x.agent && ctx.inCurrentSentence(x)))));
  // "they", "their": several people, or a body ("Hamas said they"); not a country, one person or a place.
  // A body with an agent of its own ("the ministry", "Reuters") is "it" in most reports.
  else ref = latest((x) => x.kind === 'actor' && (x.referent === 'group' || (x.referent === 'body' && !x.agent) || conjoined(x, ctx)));
  if (ref) {
    m.code = ref.code;
    m.country = ref.country;
    m.agent = ref.agent;
    m.personName = ref.personName;
    m.referent = ref.referent;
    m.via = `"${base.text}" refers to "${ref.text}"`;
    if (ctx.inCurrentSentence(ref)) m.ref = ref.ref ?? ref;
  }
  return m;
}

/** The head at headEnd - 1 names more than one: a plural noun, a noun plural without -s ("people"), "MPs". */
/** "MPs", "NGOs": an acronym made plural. */
const CAPITALS_PLURAL = /^[A-Z]+s$/;
/** "Tunisians": a demonym written as a plural noun. */
const LOWER_S_END = /[a-z]s$/;

function many(tokens: Token[], headEnd: number, plural: boolean, g: Grammar): boolean {
  const t = tokens[headEnd - 1];
  return plural || g.pluralNouns.has(t.norm) || CAPITALS_PLURAL.test(t.text);
}

function pluralHead(tokens: Token[], headEnd: number, g: Grammar): boolean {
  const t = tokens[headEnd - 1];
  return many(tokens, headEnd, t.pos === 'NOUN' && t.lemma !== t.norm, g);
}

/** What an agent head names: several people, a body ("the ministry"), or one person ("the minister"). */
function agentReferent(tokens: Token[], headEnd: number, several: boolean, g: Grammar): Referent {
  if (several) return 'group';
  const t = tokens[headEnd - 1];
  return g.bodyNouns.has(t.lemma) || g.bodyNouns.has(t.norm) ? 'body' : 'person';
}
