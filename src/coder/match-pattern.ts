// Matches one compiled verb pattern against the words after its verb.
import type { Token } from '../nlp/types.js';
import type { Mention } from '../actors/types.js';
import { isActorLike, type MentionIndex } from '../clauses/arguments.js';
import type { Element, VerbPattern } from './verb-lexicon.js';

export interface PatternMatch {
  pattern: VerbPattern;
  /** Token index after the last matched word. */
  end: number;
  /** The mention in the {T} slot; 'subject' when a passive clause moved the target to its subject. */
  target: Mention | 'subject' | null;
  slot: boolean;
  /** The mention in a source slot (PETRARCH's "$"), when the pattern has one. */
  source?: Mention | null;
}

type Found = { end: number; target: Mention | 'subject' | null; slot: boolean; source?: Mention | null };

const GAP = 4;
/** Prepositions that tie a phrase to the noun before it ("a proposal by the government", "the head of"). */
const TIED = new Set(['of', 'by']);
const GAP_STOP = new Set([',', ';', ':', '.', '"', '“', '”', '(', ')']);

function wordAt(el: Extract<Element, { kind: 'word' }>, tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (el.words.has(t.norm) || (!el.exact && el.words.has(t.lemma))) return i + 1;
  for (const p of el.phrases) {
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) {
      const u = tokens[i + k];
      ok = !!u && (u.norm === p[k] || (!el.exact && u.lemma === p[k]));
    }
    if (ok) return i + p.length;
  }
  return -1;
}

/** The end of an adverb, or of a preposition and a date ("on Friday", "in March 2019"), starting at i; else i. */
function timeInterjection(tokens: Token[], i: number, idx: MentionIndex): number {
  const t = tokens[i];
  if (!t) return i;
  if (t.pos === 'ADV') return i + 1;
  if (t.pos !== 'ADP' || idx.startingAt[i + 1]) return i;
  let k = i + 1;
  while (k < tokens.length && k < i + 4 && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'NUM') && !idx.startingAt[k]) k++;
  return k > i + 1 ? k : i;
}

/**
 * The end of an adverb, a short prepositional phrase ("at Downing Street", "on Tuesday") or a phrase joined by "and"
 * ("equipment and medicines to Ethiopia") starting at i, or i.
 */
function interjection(tokens: Token[], i: number, idx: MentionIndex): number {
  const t = tokens[i];
  if (!t) return i;
  if (t.pos === 'ADV') return i + 1;
  if (t.norm === 'and') {
    const m = idx.startingAt[i + 1];
    return m && !isActorLike(m) && m.end - m.start <= 4 ? m.end : i;
  }
  if (t.pos !== 'ADP') return i;
  const m = idx.startingAt[i + 1];
  if (m && m.end - m.start <= 4) return m.end;
  // A date after a preposition is no noun phrase: "on Tuesday", "in March".
  let k = i + 1;
  while (k < tokens.length && k < i + 4 && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'NUM')) k++;
  return k > i + 1 ? k : i;
}

/** Made once: a default parameter's value is made anew at every call, and this runs for every candidate pattern. */
const NO_DURATIONS: ReadonlySet<string> = new Set();

export function matchPattern(p: VerbPattern, tokens: Token[], after: number, idx: MentionIndex, passive: boolean, durations: ReadonlySet<string> = NO_DURATIONS): PatternMatch | null {
  if (!headFits(p, tokens, after - 1, idx)) return null;
  const els = p.elements;
  const go = (e: number, i: number): Found | null => {
    if (e === els.length) return els[e - 1]?.kind === 'word' && (duration(tokens, i, durations) || amountAfterTo(tokens, i)) ? null : { end: i, target: null, slot: false };
    const el = els[e];
    if (el.kind === 'word') {
      const j = wordAt(el, tokens, i);
      if (j >= 0) { const r = go(e + 1, j); if (r) return r; }
      if (el.optional) return go(e + 1, i);
      // "held talks at Downing Street with X", "filed a lawsuit on Tuesday against Y": after the pattern's
      // first words, a prepositional phrase or an adverb may stand before the next one (exact words say where gaps go).
      // So may a prepositional phrase after the target ("ordered [nine officials] in Catalonia jailed"), unless "of"
      // or "by" ties it to the target's noun ("dismissed [a proposal] by the government as ...").
      const afterTarget = els[e - 1]?.kind === 'target' && tokens[i]?.pos === 'ADP' && !TIED.has(tokens[i].norm);
      if (e > 0 && (els[e - 1].kind === 'word' || afterTarget) && !el.exact) {
        const k = interjection(tokens, i, idx);
        // "told reporters after a speech to the League" is no "tell {T} to": after the target, "to" past a phrase
        // is a preposition.
        if (k > i && wordAt(el, tokens, k) >= 0 && !(els[e - 1].kind === 'target' && tokens[k].norm === 'to')) return go(e, k);
      }
      return null;
    }
    if (el.kind === 'gap') {
      for (let k = 0; k <= (el.max ?? GAP) && i + k <= tokens.length; k++) {
        if (k > 0) {
          const t = tokens[i + k - 1];
          // A verb inside a noun phrase is a modifier ("another temporary restraining order"), no clause of its own.
          const verb = t?.pos === 'VERB' && !el.verbs && !idx.within[i + k - 1];
          if (!t || verb || (GAP_STOP.has(t.text) && !betweenAdjectives(tokens, i + k - 1))) break;
        }
        const r = go(e + 1, i + k);
        if (r) return r;
        // "handed over more than USD [$4 million worth of medical equipment]": a long phrase starting in the gap,
        // after words that only qualify it (no noun of their own, no preposition but "than").
        const inner = k > 0 && qualifiers(tokens, i, i + k) ? idx.startingAt[i + k] : undefined;
        if (inner && inner.end - 1 > i + (el.max ?? GAP)) {
          const r2 = go(e + 1, inner.end - 1);
          if (r2) return r2;
        }
        // "the deployment of 230 troops, including 19 officers, to Liberia": an inserted example list is passed over.
        const after = insertedList(tokens, i + k);
        if (after > 0) { const r2 = go(e + 1, after); if (r2) return r2; }
      }
      // A gap may also reach the head of a longer noun phrase: "welcomed [Azerbaijani President Ilham Aliyev's]
      // decision" matches "welcome * decision".
      const np = idx.startingAt[i];
      if (np && np.end - 1 - i > (el.max ?? GAP)) { const r = go(e + 1, np.end - 1); if (r) return r; }
      // "expressed [its total rejection] and [strong condemnation of X]": the gap may go on in a second phrase.
      if (np && !isActorLike(np) && tokens[np.end]?.norm === 'and' && idx.startingAt[np.end + 1]) return go(e, np.end + 1);
      return null;
    }
    if (el.kind === 'source') {
      const m = idx.startingAt[i];
      if (!m || !isActorLike(m)) return null;
      const r = go(e + 1, m.end);
      return r ? { ...r, source: m } : null;
    }
    if (el.kind === 'skip') {
      // An actor, or any noun phrase: "warned their populations about ..." under "* THEIR ^ ABOUT +".
      const end = idx.startingAt[i]?.end ?? nounPhraseEnd(tokens, i);
      return end > i ? go(e + 1, end) : null;
    }
    if (passive) {
      const r = go(e + 1, i);
      return r ? { ...r, target: 'subject', slot: true } : null;
    }
    // "let free Towakil Karman": the pattern's word may be the first of the phrase the target is in.
    let m = idx.startingAt[i] ?? (e > 0 && els[e - 1].kind === 'word' ? idx.within[i] : undefined);
    // "vetoed on Friday a draft resolution": an adverb or a date may stand before the target.
    if (!m) {
      const k = timeInterjection(tokens, i, idx);
      if (k > i) m = idx.startingAt[k];
    }
    if (!m) return null;
    const r = go(e + 1, m.end);
    if (r) return { ...r, target: m, slot: true };
    // "agreed with his counterpart, Mostafa Najjar, to exchange": the comma that closes an apposition.
    // "the head of the World Health Organization (WHO) threatening": a short parenthesis after the target.
    if (tokens[m.end]?.text === '(' && e + 1 < els.length) {
      const close = tokens.findIndex((t, k) => k > m!.end && k <= m!.end + 4 && t.text === ')');
      const r1 = close > 0 ? go(e + 1, close + 1) : null;
      if (r1) return { ...r1, target: m, slot: true };
    }
    const apposition = tokens[m.end]?.text === ',' && e + 1 < els.length ? appositionEnd(tokens, idx, m.end + 1) : -1;
    if (apposition >= 0 && tokens[apposition]?.text === ',') {
      const r1 = go(e + 1, apposition + 1);
      if (r1) return { ...r1, target: m, slot: true };
    }
    // "granted [the Portuguese government permission]": the tagger ran the target into the pattern's next noun.
    const skip = els[e + 1]?.kind === 'gap' ? 1 : 0;
    const next = els[e + 1 + skip];
    if (next?.kind === 'word' && m.end - m.start > 2 && isActorLike(m) && wordAt(next, tokens, m.end - 1) === m.end) {
      const r2 = go(e + 2 + skip, m.end);
      if (r2) return { ...r2, target: trimLast(m, tokens), slot: true };
    }
    return null;
  };
  const r = go(0, after);
  return r ? { pattern: p, ...r } : null;
}

/** Words that may open a duration before its noun: "for (the past) two years", "for several decades". */
const DURATION_OPEN = new Set(['DET', 'NUM', 'ADJ', 'ADV']);

/**
 * Whether a pattern's last word, a preposition, is followed by a length of time ("attacked soldiers for decades",
 * "for the first time"): the pattern has no phrase there.
 */
function duration(tokens: Token[], i: number, durations: ReadonlySet<string>): boolean {
  if (tokens[i - 1]?.pos !== 'ADP' || !durations.size) return false;
  let k = i;
  while (k < i + 4 && tokens[k] && DURATION_OPEN.has(tokens[k].pos) && !durations.has(tokens[k].norm)) k++;
  return !!tokens[k] && (durations.has(tokens[k].norm) || durations.has(tokens[k].lemma));
}

/** Words that may stand before an amount: "to about 150 mln". */
const APPROXIMATELY = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately']);

/** Whether a pattern's last word "to" is followed by an amount ("declined to 358,661"): no infinitive, no party. */
function amountAfterTo(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== 'to') return false;
  const k = APPROXIMATELY.has(tokens[i]?.norm ?? '') ? i + 1 : i;
  return tokens[k]?.pos === 'NUM' || /^[$£€¥]?\d/.test(tokens[k]?.text ?? '');
}

/**
 * A passive clause whose subject holds the pattern's object words: "the deal struck by Kim" matches
 * "strike * deal", "sanctions were imposed on Iran" matches "impose * sanctions on {T}". The words before the
 * target slot are looked for, in order, inside the subject; the rest must follow the verb as usual.
 */
export function matchPassiveSubject(p: VerbPattern, tokens: Token[], subject: { start: number; end: number }, after: number, idx: MentionIndex): PatternMatch | null {
  if (!headFits(p, tokens, after - 1, idx)) return null;
  const els = p.elements;
  const slot = els.findIndex((e) => e.kind === 'target');
  const inSubject = els.slice(0, slot < 0 ? els.length : slot);
  if (!inSubject.some((e) => e.kind === 'word' && !e.optional)) return null;
  // "Evidence against Russia was presented": the subject's own phrase may run on, through a preposition, to the
  // verb group; the pattern's words may stand there too.
  let stop = subject.end;
  while (stop < after - 1 && tokens[stop].pos !== 'AUX' && tokens[stop].pos !== 'VERB') stop++;
  let k = subject.start;
  for (const el of inSubject) {
    if (el.kind !== 'word') continue;
    let found = -1;
    for (let j = k; j < stop && found < 0; j++) if (wordAt(el, tokens, j) >= 0) found = j;
    if (found < 0) { if (el.optional) continue; return null; }
    k = found + 1;
  }
  if (slot < 0) return { pattern: p, end: after, target: 'subject', slot: true };
  // ... and so may its target: "sanctions against Iran were imposed" (pattern "impose * sanctions against {T}").
  const inside = idx.startingAt[k];
  if (inside && inside.end <= stop && isActorLike(inside) && slot === els.length - 1) return { pattern: p, end: after, target: inside, slot: true };
  const rest: VerbPattern = { ...p, elements: els.slice(slot) };
  const r = matchPattern(rest, tokens, after, idx, false);
  return r ? { ...r, pattern: p } : null;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);
const IN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The end of a run of determiners, adjectives and nouns starting at i that ends on a noun, or i. */
function nounPhraseEnd(tokens: Token[], i: number): number {
  let end = i;
  for (let k = i; k < tokens.length && IN_PHRASE.has(tokens[k].pos); k++) if (NOMINAL.has(tokens[k].pos)) end = k + 1;
  return end;
}

/** The verb is one of the pattern's forms, and what the pattern wants before the verb is there. */
function headFits(p: VerbPattern, tokens: Token[], head: number, idx: MentionIndex): boolean {
  if (p.forms && !p.forms.has(tokens[head]?.norm ?? '')) return false;
  if (p.subject === 'compound' && !compoundBefore(tokens, head, idx) && !compoundAfterBy(tokens, head, idx)) return false;
  return !p.before || matchBefore(p.before, tokens, head);
}

const GROUP = new Set(['AUX', 'ADV', 'PART']);

/** "Gondor and Osgiliath have delayed": two phrases joined by "and" or a comma end right before the verb group. */
function compoundBefore(tokens: Token[], head: number, idx: MentionIndex): boolean {
  let k = head - 1;
  while (k >= 0 && GROUP.has(tokens[k].pos)) k--;
  // "the European Union (EU) agree": a parenthesis after the last member.
  if (tokens[k]?.text === ')') while (k >= 0 && tokens[k].text !== '(') k--;
  if (tokens[k]?.text === '(') k--;
  const last = idx.endingAt[k];
  if (!last) return false;
  const conj = tokens[last.start - 1];
  return !!conj && (conj.norm === 'and' || conj.norm === ',' || conj.norm === 'nor') && !!idx.endingAt[last.start - 2];
}

/** "the war game was staged by US marines and Jordanian forces": a passive whose doers are several phrases. */
function compoundAfterBy(tokens: Token[], head: number, idx: MentionIndex): boolean {
  if (tokens[head + 1]?.norm !== 'by') return false;
  const first = idx.startingAt[head + 2];
  const conj = first ? tokens[first.end] : undefined;
  return !!conj && (conj.norm === 'and' || conj.norm === ',') && !!idx.startingAt[first!.end + 1];
}

/**
 * Words before the verb, matched leftwards from it: each element must end where the next one (or the verb)
 * begins, unless a gap stands between them.
 */
function matchBefore(els: Element[], tokens: Token[], head: number): boolean {
  const back = (e: number, end: number): boolean => {
    if (e < 0) return true;
    const el = els[e];
    if (el.kind === 'gap') {
      for (let k = 0; k <= (el.max ?? GAP) && end - k >= 0; k++) if (back(e - 1, end - k)) return true;
      return false;
    }
    if (el.kind !== 'word') return back(e - 1, end);
    for (let i = end - 1; i >= 0 && i >= end - 4; i--) if (wordAt(el, tokens, i) === end && back(e - 1, i)) return true;
    return el.optional ? back(e - 1, end) : false;
  };
  return back(els.length - 1, head);
}

/** The end of an apposition starting at i: one phrase, or several joined by "and" ("British financier and human
 * rights activist William Browder"); -1 when no phrase starts there. */
function appositionEnd(tokens: Token[], idx: MentionIndex, i: number): number {
  let end = idx.startingAt[i]?.end ?? -1;
  for (let next = end >= 0 && tokens[end]?.norm === 'and' ? idx.startingAt[end + 1] : undefined; next; ) {
    end = next.end;
    next = tokens[end]?.norm === 'and' ? idx.startingAt[end + 1] : undefined;
  }
  return end;
}

const LIST_OPENERS = new Set(['including', 'includes', 'among', 'notably', 'mostly', 'mainly']);

/** After ", including 19 officers," starting at the comma i: the index after its closing comma, else -1. */
function insertedList(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== ',' || !LIST_OPENERS.has(tokens[i + 1]?.norm ?? '')) return -1;
  for (let k = i + 2; k < tokens.length && k < i + 10; k++) {
    if (tokens[k].text === ',') return k + 1;
    if (GAP_STOP.has(tokens[k].text) || tokens[k].pos === 'VERB') return -1;
  }
  return -1;
}

/** "direct, high-level talks": a comma between two adjectives is inside the noun phrase, not a boundary. */
function betweenAdjectives(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1], after = tokens[k + 1];
  // The tagger often reads a hyphenated adjective ("high-level") as a noun.
  return tokens[k].text === ',' && before?.pos === 'ADJ' && (after?.pos === 'ADJ' || (after?.pos === 'NOUN' && after.text.includes('-')) || (after?.pos === 'ADV' && tokens[k + 2]?.pos === 'ADJ'));
}

/** Tokens from..to-1 only qualify what follows: no noun, no preposition but "than" ("more than", "nearly"). */
function qualifiers(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].pos === 'NOUN' || (tokens[k].pos === 'ADP' && tokens[k].norm !== 'than')) return false;
  return true;
}

/** The mention without its last token. */
function trimLast(m: Mention, tokens: Token[]): Mention {
  const end = m.end - 1;
  const charEnd = tokens[end - 1].end;
  return { ...m, end, charEnd, text: m.text.slice(0, charEnd - m.charStart) };
}
