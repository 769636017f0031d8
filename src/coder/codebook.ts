// The CAMEO codebook (data/cameo/codes.tsv) and the CAMEO -> PLOVER mapping (data/cameo/plover.tsv).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readDataLines, ROOT, type DataProblem } from '../lexicon/read-lines.js';

export interface CameoCode {
  code: string;
  goldstein: number;
  label: string;
}

export interface Codebook {
  codes: Map<string, CameoCode>;
  plover: Map<string, { type: string; mode: string | null }>;
  /** Code prefixes of events that compound subjects do with each other (data/cameo/reciprocal.txt). */
  reciprocal: string[];
  /** Code prefixes of events that need a party as the target (data/cameo/party-targets.txt). */
  partyTargets: string[];
  /** frame -> code prefix -> new code (data/cameo/frames.tsv). */
  frames: Map<string, Map<string, { code: string; id: string }>>;
  problems: DataProblem[];
}

export function loadCodebook(dir = path.join(ROOT, 'data', 'cameo')): Codebook {
  const book: Codebook = { codes: new Map(), plover: new Map(), frames: new Map(), reciprocal: [], partyTargets: [], problems: [] };
  const reciprocal = path.join(dir, 'reciprocal.txt');
  if (existsSync(reciprocal)) book.reciprocal = readDataLines(reciprocal).map((l) => l.fields[0]);
  const partyTargets = path.join(dir, 'party-targets.txt');
  if (existsSync(partyTargets)) book.partyTargets = readDataLines(partyTargets).map((l) => l.fields[0]);
  const codes = path.join(dir, 'codes.tsv');
  if (existsSync(codes)) {
    for (const l of readDataLines(codes)) {
      const [code, g, label] = l.fields;
      const goldstein = Number(g);
      if (!/^\d{2,4}$/.test(code) || !Number.isFinite(goldstein)) { book.problems.push({ id: l.id, message: `bad codebook line` }); continue; }
      book.codes.set(code, { code, goldstein, label: label ?? '' });
    }
  }
  const plover = path.join(dir, 'plover.tsv');
  if (existsSync(plover)) {
    for (const l of readDataLines(plover)) {
      const [code, type, mode] = l.fields;
      if (!code || !type) { book.problems.push({ id: l.id, message: 'bad PLOVER line' }); continue; }
      book.plover.set(code, { type, mode: mode || null });
    }
  }
  const frames = path.join(dir, 'frames.tsv');
  if (existsSync(frames)) {
    for (const l of readDataLines(frames)) {
      const [frame, prefix, code] = l.fields;
      if (!frame || !prefix || !code || (book.codes.size && !book.codes.has(code))) { book.problems.push({ id: l.id, message: 'bad frame line' }); continue; }
      const m = book.frames.get(frame) ?? new Map();
      m.set(prefix, { code, id: l.id });
      book.frames.set(frame, m);
    }
  }
  return book;
}

/** The code an event takes inside a frame ("agreed to meet": 04 -> 036), by the longest matching prefix. */
export function framedCode(book: Codebook, frame: string, code: string): { code: string; id: string } | null {
  const m = book.frames.get(frame);
  if (!m) return null;
  for (let c = code; c.length >= 1; c = c.slice(0, -1)) {
    const x = m.get(c);
    if (x) return x;
  }
  return null;
}

/** GDELT's quad classes: 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict. */
export function quadClass(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

/** The PLOVER type of a code, inherited from its parent codes when it has no line of its own. */
export function ploverOf(book: Codebook, code: string): { type: string; mode: string | null } | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const p = book.plover.get(c);
    if (p) return p;
  }
  return null;
}

export function goldsteinOf(book: Codebook, code: string): number {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const x = book.codes.get(c) ?? book.codes.get(c.padEnd(3, '0'));
    if (x) return x.goldstein;
  }
  return 0;
}

export function needsParty(book: Codebook, code: string): boolean {
  return book.partyTargets.some((p) => code.startsWith(p));
}

export function isReciprocal(book: Codebook, code: string): boolean {
  return book.reciprocal.some((p) => code.startsWith(p));
}
