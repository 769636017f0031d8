// One PETRARCH pattern ("- SAID * (TO {BANNED PARTIES}) $ [1722]") -> atoms in text order, each marked with how it
// joins the one before: `_` joins words that must be adjacent, white space lets other words stand between.
// PETRARCH-2's ( ) around prepositional phrases and { } around noun phrases group words; here they read as spaces.
import { wordTokens } from './words.js';

export type Atom =
  | { kind: 'verb' }
  | { kind: 'word'; tokens: string[] }
  | { kind: 'set'; name: string }
  /** `$` source, `+` target, `^` an actor passed over, `%` a compound actor. */
  | { kind: 'marker'; mark: '$' | '+' | '^' | '%' };

export interface Linked {
  atom: Atom;
  /** Other words may stand between this atom and the one before (white space, not `_`). */
  gap: boolean;
}

export interface PatternLine {
  atoms: Linked[];
  code: string;
  paired: string | null;
}

const MARKS = new Set(['$', '+', '^', '%']);
const WORD = /^[\p{L}\p{N}'.\-/&]+$/u;

/** The text after the leading "-": atoms and the code in brackets. */
export function parsePattern(text: string): PatternLine | string {
  const open = text.lastIndexOf('[');
  const close = text.indexOf(']', open);
  if (open < 0 || close < 0) return 'pattern without a [code]';
  if (text.slice(close + 1).trim()) return `text after the code: "${text.slice(close + 1).trim()}"`;
  const codes = parseCodes(text.slice(open + 1, close));
  if (typeof codes === 'string') return codes;
  const atoms: Linked[] = [];
  for (const chunk of text.slice(0, open).replace(/[(){}]/g, ' ').split(/\s+/).filter(Boolean)) {
    let first = true;
    for (const piece of chunk.split('_')) {
      if (!piece) continue;
      const atom = toAtom(piece);
      if (typeof atom === 'string') return atom;
      atoms.push({ atom, gap: first && atoms.length > 0 });
      first = false;
    }
  }
  const verbs = atoms.filter((a) => a.atom.kind === 'verb').length;
  if (verbs !== 1) return verbs ? 'more than one * (verb position)' : 'no * (verb position)';
  return { atoms, ...codes };
}

function toAtom(piece: string): Atom | string {
  if (piece === '*') return { kind: 'verb' };
  if (MARKS.has(piece)) return { kind: 'marker', mark: piece as '$' | '+' | '^' | '%' };
  if (piece.startsWith('&')) return /^&[\w-]+$/.test(piece) ? { kind: 'set', name: piece.slice(1).toUpperCase() } : `bad synset name "${piece}"`;
  if (!WORD.test(piece)) return `bad word "${piece}"`;
  return { kind: 'word', tokens: wordTokens(piece) };
}

/** "064", "032:033" (the target's reverse event), ":173" (only the reverse), "---" (no event). */
export function parseCodes(inside: string): { code: string; paired: string | null } | string {
  const s = inside.trim();
  if (!/^[^\s:]*(:[^\s:]+)?$/.test(s) || !s) return `bad code "[${s}]"`;
  const [code, paired] = s.split(':');
  return { code: code || '---', paired: paired ?? null };
}
