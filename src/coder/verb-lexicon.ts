// Verb patterns (data/verbs/*.txt, syntax in docs/formats.md) compiled into per-lemma lists and matched against
// the words after a verb.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readDataLines, ROOT, type DataProblem } from '../lexicon/read-lines.js';
import { normalize } from '../nlp/normalize.js';

export type Element =
  /** `exact`: the token's own form must match, not its lemma (PETRARCH dictionaries list the forms they mean). */
  | { kind: 'word'; words: Set<string>; phrases: string[][]; optional: boolean; exact?: boolean }
  /** `max`: longest gap in tokens (default 4); `verbs`: the gap may hold verbs (PETRARCH's gaps do). */
  | { kind: 'gap'; max?: number; verbs?: boolean }
  | { kind: 'target' }
  /** PETRARCH's "$": the actor standing here is the event's source. */
  | { kind: 'source' }
  /** PETRARCH's "^": an actor standing here is passed over. */
  | { kind: 'skip' };

export interface VerbPattern {
  code: string;
  lemma: string;
  elements: Element[];
  /** Literal words matched: the more, the more specific. */
  weight: number;
  /** One word (or lemma) from each required element: a sentence lacking any of them cannot match. */
  required: string[][];
  id: string;
  source: string;
  order: number;
  /** Words that must stand before the verb, in order, matched leftwards from it (PETRARCH's "upper" phrase). */
  before?: Element[];
  /** The verb's own forms: when given, the verb token must be one of them ("departs", not "departes"). */
  forms?: Set<string>;
  /** The code of the reverse event (PETRARCH's "[032:033]": the target does 033 to the source). */
  paired?: string;
  /** What the clause's subject is, by PETRARCH's markers before the verb: the target ("+"), or a compound whose members act on each other ("%"). */
  subject?: 'target' | 'compound';
  /** A native pattern opened by "{T}": it reads reported speech only, the speaker acting on the clause's subject. */
  reported?: boolean;
  /** Words one of which the clause's subject phrase must hold ("@&PEACEKEEPER arrive in {T}": peacekeepers arriving). */
  subjectWords?: Set<string>;
  /** Without a target slot, the target is the first actor after the verb (PETRARCH's reading of its patterns). */
  firstActor?: boolean;
}

/** The code of a pattern that matches but codes no event (PETRARCH's "---"): it stops weaker patterns. */
export const NULL_CODE = '---';

export interface VerbLexicon {
  byLemma: Map<string, VerbPattern[]>;
  sets: Map<string, Set<string>>;
  /** Verb forms a dictionary lists, to the key of their patterns ("left" -> "left", though the tagger says "leave"). */
  forms: Map<string, string>;
  problems: DataProblem[];
  size: number;
}

export function emptyVerbLexicon(): VerbLexicon {
  return { byLemma: new Map(), sets: new Map(), forms: new Map(), problems: [], size: 0 };
}

/** Adds compiled patterns (from any reader), keeping each lemma's list most specific first. */
export function addPatterns(lex: VerbLexicon, patterns: Iterable<VerbPattern>): void {
  for (const p of patterns) {
    p.order = lex.size++;
    const list = lex.byLemma.get(p.lemma) ?? [];
    list.push(p);
    lex.byLemma.set(p.lemma, list);
  }
  sortPatterns(lex);
}

function sortPatterns(lex: VerbLexicon): void {
  for (const list of lex.byLemma.values()) list.sort((a, b) => b.weight - a.weight || a.order - b.order);
}

export function defaultVerbFiles(): string[] {
  const dir = path.join(ROOT, 'data', 'verbs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

const CODE = /^\d{2,4}$/;

/** Adds a file of sets (`&NAME<TAB>a | b`) or patterns (`CODE<TAB>pattern`). */
export function addVerbFile(lex: VerbLexicon, file: string, knownCode: (c: string) => boolean, text?: string): void {
  for (const l of readDataLines(file, text)) {
    const [head, body] = l.fields;
    if (head.startsWith('&')) {
      lex.sets.set(head.slice(1).toUpperCase(), new Set((body ?? '').split('|').map((w) => normalize(w.trim()).replace(/\s+/g, ' ')).filter(Boolean)));
      continue;
    }
    // "040:040": the target does the second code to the source as well ("held talks with {T}": both talk).
    const [code, paired, ...extra] = head.split(':');
    // "---": a pattern that codes nothing, to stop weaker ones ("fight * &CAUSE": fighting corruption is no force).
    if (extra.length || (code !== NULL_CODE || paired !== undefined) && ![code, ...(paired === undefined ? [] : [paired])].every((c) => CODE.test(c) && knownCode(c))) { lex.problems.push({ id: l.id, message: `unknown CAMEO code "${head}"` }); continue; }
    // "criticize|criticise {T}": one pattern for each spelling of the head verb.
    const words = (body ?? '').trim().split(/\s+/);
    const marks: string[] = [];
    while (words[0] === '%' || words[0]?.startsWith('@')) marks.push(words.shift()!);
    const [verbs, ...rest] = words;
    for (const verb of (verbs ?? '').split('|')) {
      const p = compile(code, [...marks, verb, ...rest].join(' '), l.id, lex);
      if (typeof p === 'string') { lex.problems.push({ id: l.id, message: p }); break; }
      if (paired) p.paired = paired;
      p.order = lex.size++;
      const list = lex.byLemma.get(p.lemma) ?? [];
      list.push(p);
      lex.byLemma.set(p.lemma, list);
    }
  }
  sortPatterns(lex);
}

export function compile(code: string, source: string, id: string, lex: VerbLexicon): VerbPattern | string {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  // "% hold * &EXERCISE": a pattern for several subjects doing the event together, with each other.
  // "@&PEACEKEEPER arrive in {T}": a pattern for subjects named by one of these words.
  let joint = false;
  let subjectWords: Set<string> | undefined;
  while (parts[0] === '%' || parts[0]?.startsWith('@')) {
    const mark = parts.shift()!;
    if (mark === '%') { joint = true; continue; }
    subjectWords = new Set<string>();
    for (const alt of mark.slice(1).split('|')) {
      const set = alt.startsWith('&') ? lex.sets.get(alt.slice(1).toUpperCase()) : new Set([normalize(alt)]);
      if (!set) return `unknown set "${alt}"`;
      for (const x of set) subjectWords.add(x);
    }
  }
  // "{T} be to blame": a target slot before the verb makes the clause's subject the target, and the speaker of
  // reported speech the source ("officials said the rebels were to blame").
  const subjectTarget = parts[0] === '{T}';
  if (subjectTarget) parts.shift();
  if (!parts.length) return 'empty pattern';
  const lemma = normalize(parts[0]);
  if (!/^[\p{L}'-]+$/u.test(lemma)) return `pattern must start with a verb lemma, not "${parts[0]}"`;
  const elements: Element[] = [];
  let weight = 1;
  for (const raw of parts.slice(1)) {
    if (raw === '*') { elements.push({ kind: 'gap' }); continue; }
    // "*8": a longer gap ("file a lawsuit with a federal court in Manhattan against X").
    if (/^\*\d+$/.test(raw)) { elements.push({ kind: 'gap', max: Number(raw.slice(1)) }); continue; }
    if (raw === '{T}') { elements.push({ kind: 'target' }); continue; }
    if (raw === '{S}') { elements.push({ kind: 'source' }); continue; }
    const optional = raw.endsWith('?');
    const w = optional ? raw.slice(0, -1) : raw;
    const words = new Set<string>();
    const multi: string[][] = [];
    const add = (x: string) => (x.includes(' ') ? multi.push(x.split(' ')) : words.add(x));
    for (const alt of w.split('|')) {
      if (alt.startsWith('&')) {
        const set = lex.sets.get(alt.slice(1).toUpperCase());
        if (!set) return `unknown set "${alt}"`;
        for (const x of set) add(x);
      } else if (/^[\p{L}\p{N}'.-]+$/u.test(alt)) add(normalize(alt));
      else return `bad element "${raw}"`;
    }
    // "." is the sentence's end, right where the pattern puts it: nothing may stand between.
    elements.push({ kind: 'word', words, phrases: multi, optional, ...(w === '.' ? { exact: true } : {}) });
    if (!optional) weight++;
  }
  // The subject it asks for makes a joint or subject-word pattern more specific than the same words for anyone.
  const p: VerbPattern = { code, lemma, elements, weight: weight + (joint ? 1 : 0) + (subjectWords ? 1 : 0), required: requiredWords(elements), id, source: source.trim(), order: 0 };
  if (joint) p.subject = 'compound';
  if (subjectWords) p.subjectWords = subjectWords;
  if (subjectTarget) { p.subject = 'target'; p.reported = true; }
  return p;
}

/**
 * One word from each required word element, for the quick test that a sentence could match at all; the elements
 * with fewest alternatives first, since they fail soonest.
 */
export function requiredWords(elements: Element[]): string[][] {
  return elements.filter((e): e is Extract<Element, { kind: 'word' }> => e.kind === 'word' && !e.optional)
    .map((e) => [...e.words, ...e.phrases.map((p) => p[0])])
    .sort((a, b) => a.length - b.length);
}
