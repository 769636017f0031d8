// Reads a dictionary file into numbered, TAB-split lines; every entry keeps its `path:line` id.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface DataLine {
  /** `path:line`, the id that travels into the output. */
  id: string;
  file: string;
  line: number;
  fields: string[];
}

export interface DataProblem {
  id: string;
  message: string;
}

/** The repository root, so that `data/...` ids are stable wherever dyad runs from. */
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export function displayPath(file: string): string {
  const rel = path.relative(ROOT, file);
  return rel.startsWith('..') ? file : rel;
}

export function readDataLines(file: string, text = readFileSync(file, 'utf8')): DataLine[] {
  const shown = displayPath(file);
  const out: DataLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/^\uFEFF/, '');
    const hash = raw.search(/(^|\s)#/);
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trimEnd();
    if (!body.trim()) continue;
    out.push({ id: `${shown}:${i + 1}`, file: shown, line: i + 1, fields: body.split('\t').map((f) => f.trim()) });
  }
  return out;
}

/** Splits `a | b | c` into phrases. */
export function phrases(field: string | undefined): string[] {
  return (field ?? '').split('|').map((p) => p.trim()).filter(Boolean);
}
