// PETRARCH verb dictionaries -> dyad's verb patterns. Reads PETRARCH-2 files (CAMEO.2.0.txt) and the older
// PETRARCH-1/TABARI-style pattern files: synsets (&NAME, +member), verb blocks (--- NAME [code] ---), verb lines
// with their forms ({...}, multi-word verbs joined by _ with + on the verb), and patterns (- ... * ... [code]).
// Each block's patterns apply to every verb of the block; each compiled pattern keeps the id of its line.
import type { DataProblem } from '../../lexicon/read-lines.js';
import { addPatterns, NULL_CODE, requiredWords, type Element, type VerbLexicon, type VerbPattern } from '../../coder/verb-lexicon.js';
import { readPetrarchFile, type PetrLine } from './lines.js';
import { parseCodes, parsePattern, type Linked, type PatternLine } from './pattern.js';
import { plural, regularVerbForms, wordTokens } from './words.js';

/** Longest gaps where PETRARCH lets other words stand: after the verb, and before it (its "upper" phrase). */
const AFTER_GAP = 8;
const BEFORE_GAP = 12;

export interface VerbStats {
  synsets: number;
  members: number;
  blocks: number;
  verbs: number;
  patterns: number;
  /** "~" transformation lines, which dyad does not apply. */
  transformations: number;
  /** Compiled patterns: every pattern for every verb of its block, plus each verb alone. */
  compiled: number;
  /** Lines that load but whose meaning dyad does not apply (for `dyad dict check`). */
  unsupported: DataProblem[];
}

interface Synset { members: string[]; noPlural: boolean; id: string }
interface Verb { key: string; forms: Set<string>; before: string[]; after: string[]; code: string | null; paired: string | null; text: string; id: string }
interface Block { code: string; paired: string | null; verbs: Verb[]; patterns: { line: PetrLine; pattern: PatternLine }[] }

export interface VerbReadOptions {
  /** Which event codes to accept; others are reported (the validation suite's own codes are not CAMEO). */
  acceptCode: (code: string) => boolean;
}

export function addPetrarchVerbs(lex: VerbLexicon, file: string, opts: VerbReadOptions, text?: string): VerbStats {
  const f = readPetrarchFile(file, text);
  const problems: DataProblem[] = [...f.problems];
  const stats: VerbStats = { synsets: 0, members: 0, blocks: 0, verbs: 0, patterns: 0, transformations: 0, compiled: 0, unsupported: [] };
  const synsets = readSynsets(f.lines, stats);
  const blocks: Block[] = [];
  let block: Block | null = null;
  let inSynset = false;
  for (const l of f.lines) {
    // PETRARCH-1 files still carry the old KEDS/TABARI ";" comments.
    const t = l.text.replace(/;.*$/, '').trim();
    if (!t) continue;
    if (t.startsWith('&')) { inSynset = true; continue; }
    if (inSynset && t.startsWith('+')) continue;
    inSynset = false;
    if (t.startsWith('---')) {
      const b = blockHeader(t);
      if (typeof b === 'string') { problems.push({ id: l.id, message: b }); block = null; continue; }
      block = { ...b, verbs: [], patterns: [] };
      blocks.push(block);
      stats.blocks++;
    } else if (t.startsWith('~')) {
      stats.transformations++;
      stats.unsupported.push({ id: l.id, message: 'a "~" transformation, which dyad does not apply (its events stay as coded)' });
    } else if (!block) {
      problems.push({ id: l.id, message: 'pattern or verb before any "--- VERB [code] ---" block' });
    } else if (t.startsWith('-')) {
      const p = parsePattern(t.slice(1));
      if (typeof p === 'string') { problems.push({ id: l.id, message: p }); continue; }
      block.patterns.push({ line: l, pattern: p });
      stats.patterns++;
    } else {
      const v = verbLine(t, l.id);
      if (typeof v === 'string') { problems.push({ id: l.id, message: v }); continue; }
      block.verbs.push(v);
      stats.verbs++;
    }
  }
  for (const b of blocks) for (const v of b.verbs) for (const form of v.forms) if (!lex.forms.has(form)) lex.forms.set(form, v.key);
  const compiled: VerbPattern[] = [];
  const cache = new Map<string, Element | null>();
  const sets: SetCache = (name) => {
    if (!cache.has(name)) { const lists = expand(name, synsets); cache.set(name, lists ? setElement(lists) : null); }
    return cache.get(name)!;
  };
  const accepted = (code: string, paired: string | null) => [code, paired].every((c) => !c || c === NULL_CODE || opts.acceptCode(c));
  for (const b of blocks) {
    const pats: { id: string; c: Compiled; code: string; paired: string | null }[] = [];
    for (const { line, pattern } of b.patterns) {
      if (!accepted(pattern.code, pattern.paired)) { problems.push({ id: line.id, message: `unknown event code "${[pattern.code, pattern.paired].filter(Boolean).join(':')}"` }); continue; }
      const c = compilePattern(pattern, sets);
      if (typeof c === 'string') { problems.push({ id: line.id, message: c }); continue; }
      pats.push({ id: line.id, c, code: pattern.code, paired: pattern.paired });
    }
    for (const v of b.verbs) {
      const code = v.code ?? b.code;
      const paired = v.code ? v.paired : b.paired;
      const own: VerbPattern[] = [];
      if (accepted(code, paired)) own.push(instantiate(v, null, v.id, code, paired));
      else problems.push({ id: v.id, message: `unknown event code "${[code, paired].filter(Boolean).join(':')}"` });
      for (const p of pats) own.push(instantiate(v, p.c, p.id, p.code, p.paired));
      const keys = new Set([...v.forms].map((form) => lex.forms.get(form)!));
      for (const p of own) for (const key of keys) compiled.push(key === p.lemma ? p : { ...p, lemma: key });
    }
  }
  addPatterns(lex, compiled);
  stats.compiled = compiled.length;
  lex.problems.push(...problems);
  return stats;
}

function readSynsets(lines: PetrLine[], stats: VerbStats): Map<string, Synset> {
  const out = new Map<string, Synset>();
  let cur: Synset | null = null;
  for (const l of lines) {
    const t = l.text.trim();
    if (t.startsWith('&')) {
      const raw = t.slice(1).split(/\s+/)[0];
      cur = { members: [], noPlural: raw.endsWith('_'), id: l.id };
      out.set(raw.replace(/_+$/, '').toUpperCase(), cur);
      stats.synsets++;
    } else if (cur && t.startsWith('+')) {
      cur.members.push(t.slice(1).trim());
      stats.members++;
    } else cur = null;
  }
  return out;
}

/** The token lists a synset stands for: members, their plurals (unless "_" says not), nested synsets. */
function expand(name: string, synsets: Map<string, Synset>, seen = new Set<string>()): string[][] | null {
  const s = synsets.get(name);
  if (!s || seen.has(name)) return null;
  seen.add(name);
  const out: string[][] = [];
  for (const m of s.members) {
    if (m.startsWith('&')) {
      const inner = expand(m.slice(1).replace(/_+$/, '').toUpperCase(), synsets, seen);
      if (inner) out.push(...inner);
      continue;
    }
    const toks = m.replace(/_+$/, '').split(/[\s_]+/).filter(Boolean).flatMap(wordTokens);
    if (!toks.length) continue;
    out.push(toks);
    if (!s.noPlural && !m.endsWith('_')) out.push([...toks.slice(0, -1), plural(toks[toks.length - 1])]);
  }
  return out;
}

function blockHeader(t: string): { code: string; paired: string | null } | string {
  const body = t.replace(/^-+/, '').replace(/-+\s*$/, '').trim();
  const open = body.indexOf('[');
  const name = (open < 0 ? body : body.slice(0, open)).trim();
  if (!name) return `block header without a name "${t}"`;
  if (open < 0) return { code: NULL_CODE, paired: null };
  const close = body.indexOf(']', open);
  if (close < 0) return `unclosed [ in block header "${t}"`;
  return parseCodes(body.slice(open + 1, close));
}

/** The verb, then its forms in {...} and its code in [...], in either order. */
const VERB_LINE = /^([^{[]+?)\s*(?:\{([^}]*)\}\s*(?:\[([^\]]*)\])?|\[([^\]]*)\]\s*(?:\{([^}]*)\})?)?$/;

/** "SAY {SAYS SAID SAYING}", "+CORDON_OFF {+CORDONED_OFF ...}", "WIRE_+TAP", "DOWNPLAY [014]", "LASH OUT". */
function verbLine(t: string, id: string): Verb | string {
  const found = VERB_LINE.exec(t);
  if (!found) return `bad verb line "${t}"`;
  const m = [found[0], found[1], found[2] ?? found[5], found[3] ?? found[4]];
  const words = m[1].trim().split(/[\s_]+/).filter(Boolean);
  let at = words.findIndex((w) => w.startsWith('+'));
  if (at < 0) at = 0;
  const clean = words.map((w) => w.replace(/^\+/, '').toLowerCase());
  if (!clean.every((w) => /^[a-z'-]+$/.test(w))) return `bad verb "${m[1].trim()}"`;
  const base = clean[at];
  let forms: string[];
  if (m[2] !== undefined) {
    forms = [base];
    for (const form of m[2].split(/[\s,]+/).filter(Boolean)) {
      const parts = form.split('_').filter(Boolean);
      const k = parts.findIndex((w) => w.startsWith('+'));
      const w = (parts[k >= 0 ? k : Math.min(at, parts.length - 1)] ?? '').replace(/^\+/, '').toLowerCase();
      if (!/^[a-z'-]+$/.test(w)) return `bad verb form "${form}"`;
      forms.push(w);
    }
  } else forms = regularVerbForms(base);
  let code: string | null = null;
  let paired: string | null = null;
  if (m[3] !== undefined) {
    const c = parseCodes(m[3]);
    if (typeof c === 'string') return c;
    ({ code, paired } = c);
  }
  return { key: base, forms: new Set(forms), before: clean.slice(0, at), after: clean.slice(at + 1), code, paired, text: m[1].trim(), id };
}

function word(tokens: string[]): Element {
  return tokens.length === 1
    ? { kind: 'word', words: new Set(tokens), phrases: [], optional: false, exact: true }
    : { kind: 'word', words: new Set(), phrases: [tokens], optional: false, exact: true };
}

function setElement(lists: string[][]): Element {
  const words = new Set<string>();
  const phrases: string[][] = [];
  for (const l of lists) if (l.length === 1) words.add(l[0]); else phrases.push(l);
  return { kind: 'word', words, phrases, optional: false, exact: true };
}

/**
 * A pattern's own elements, compiled once and shared by every verb of its block (a block has dozens of verbs and
 * a synset hundreds of words: copying them per verb made loading slow). `before` ends, and `after` starts, with the
 * gap the pattern puts next to the verb, if any.
 */
interface Compiled { before: Element[]; after: Element[]; required: string[][]; weight: number; subject?: VerbPattern['subject'] }

function compilePattern(pat: PatternLine, sets: SetCache): Compiled | string {
  const at = pat.atoms.findIndex((a) => a.atom.kind === 'verb');
  const upper = pat.atoms.slice(0, at);
  const lower = pat.atoms.slice(at + 1);
  const before: Element[] = [];
  const after: Element[] = lower.length && lower[0].gap ? [{ kind: 'gap', max: AFTER_GAP, verbs: true }] : [];
  let subject: VerbPattern['subject'];
  const fail = addAtoms(upper, before, 'before', sets, (mark) => { if (mark === '+') subject = 'target'; if (mark === '%') subject = 'compound'; })
    ?? addAtoms(lower, after, 'after', sets, () => {});
  if (fail) return fail;
  if (upper.length && pat.atoms[at].gap && before.length && before[before.length - 1].kind !== 'gap') before.push({ kind: 'gap', max: BEFORE_GAP, verbs: true });
  // More specific, the more words and actor markers it asks for (PETRARCH tries longer patterns first).
  const weight = [...before, ...after].filter((e) => e.kind !== 'gap').length + upper.filter((a) => a.atom.kind === 'marker').length;
  return { before, after, required: requiredWords([...before, ...after]), weight, ...(subject ? { subject } : {}) };
}

const NO_PATTERN: Compiled = { before: [], after: [], required: [], weight: 0 };

/**
 * One verb with one compiled pattern (or alone) -> a compiled verb pattern.
 * Text order: [upper words] [verb's own words before it] VERB [its words after it] [lower words].
 */
function instantiate(v: Verb, pat: Compiled | null, id: string, code: string, paired: string | null): VerbPattern {
  const c = pat ?? NO_PATTERN;
  const own = (ws: string[]) => ws.map((w) => word(wordTokens(w)));
  const before = v.before.length ? [...c.before, ...own(v.before)] : c.before;
  const after = v.after.length ? [...own(v.after), ...c.after] : c.after;
  const required = v.before.length || v.after.length ? [...c.required, ...requiredWords([...own(v.before), ...own(v.after)])] : c.required;
  const source = pat ? `${v.text} (${id.slice(id.lastIndexOf(':') + 1)})` : v.text;
  return {
    code, lemma: v.key, elements: after, weight: 1 + c.weight + v.before.length + v.after.length, required, id, source, order: 0, firstActor: true,
    ...(before.length ? { before } : {}), forms: v.forms, ...(paired ? { paired } : {}), ...(c.subject ? { subject: c.subject } : {}),
  };
}

type SetCache = (name: string) => Element | null;

/** Atoms -> elements; gaps where the pattern has white space; markers become slots after the verb, roles before it. */
function addAtoms(atoms: Linked[], out: Element[], side: 'before' | 'after', sets: SetCache, role: (mark: string) => void): string | null {
  const max = side === 'before' ? BEFORE_GAP : AFTER_GAP;
  let pendingGap = false;
  for (let i = 0; i < atoms.length; i++) {
    const { atom, gap } = atoms[i];
    const wantGap = i > 0 && (gap || pendingGap);
    pendingGap = false;
    if (atom.kind === 'marker') {
      if (side === 'before') { role(atom.mark); pendingGap = true; continue; }
      if (wantGap && out[out.length - 1]?.kind !== 'gap') out.push({ kind: 'gap', max, verbs: true });
      out.push(atom.mark === '$' ? { kind: 'source' } : atom.mark === '^' ? { kind: 'skip' } : { kind: 'target' });
      continue;
    }
    if (wantGap && out.length && out[out.length - 1].kind !== 'gap') out.push({ kind: 'gap', max, verbs: true });
    if (atom.kind === 'word') { if (atom.tokens.length) out.push(word(atom.tokens)); continue; }
    if (atom.kind === 'set') {
      const el = sets(atom.name);
      if (!el) return `unknown synset "&${atom.name}"`;
      out.push(el);
    }
  }
  if (side === 'before' && pendingGap && out.length && out[out.length - 1].kind !== 'gap') out.push({ kind: 'gap', max, verbs: true });
  return null;
}
