// Five-way protocol (EVAL.md, ConfliBERT): the class of a sentence's first event's CAMEO root.
import { readFileSync } from 'node:fs';
import { rootOf, type EventLike } from './events.js';
import { classify, type Classification } from './metrics.js';
import type { InputRecord } from './run-coder.js';
import { parseDelimited } from './tsv.js';

export const FIVE_CLASSES = ['0', '1', '2', '3', '4'] as const;
export const FIVE_NAMES: Record<string, string> = {
  '0': 'statement/appeal (01-02)',
  '1': 'verbal cooperation (03-05)',
  '2': 'material cooperation (06-08)',
  '3': 'verbal conflict (09-13)',
  '4': 'material conflict (14-20)',
};
export const NO_EVENT = 'NONE';

export interface FiveRow {
  id: string;
  sentence: string;
  gold: string;
}

export interface FivePrediction {
  row: FiveRow;
  label: string;
  events: EventLike[];
}

export interface FiveResult {
  rows: number;
  classification: Classification;
  noEvent: number;
  predictions: FivePrediction[];
}

/** No header; `sentence<TAB>label`, the sentence possibly CSV-quoted. */
export function loadFive(file: string): FiveRow[] {
  return parseDelimited(readFileSync(file, 'utf8'), '\t')
    .filter((cells) => cells.length >= 2)
    .map(([sentence, label], k) => ({ id: `five-${k + 1}`, sentence: sentence ?? '', gold: (label ?? '').trim() }));
}

export function fiveInputs(rows: FiveRow[]): InputRecord[] {
  return rows.map((r) => ({ id: r.id, text: r.sentence }));
}

/** CAMEO root -> five-way class: 01-02 -> 0, 03-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4; else null. */
export function fiveClassOfRoot(root: string): string | null {
  const r = Number.parseInt(root, 10);
  if (!Number.isInteger(r) || r < 1 || r > 20) return null;
  if (r <= 2) return '0';
  if (r <= 5) return '1';
  if (r <= 8) return '2';
  if (r <= 13) return '3';
  return '4';
}

export function fiveLabel(events: EventLike[]): string {
  const first = events[0];
  return first ? (fiveClassOfRoot(rootOf(first)) ?? NO_EVENT) : NO_EVENT;
}

export function scoreFive(rows: FiveRow[], events: Map<string, EventLike[]>): FiveResult {
  const predictions = rows.map((row) => {
    const evs = events.get(row.id) ?? [];
    return { row, events: evs, label: fiveLabel(evs) };
  });
  const classification = classify(
    rows.map((r) => r.gold),
    predictions.map((p) => p.label),
    [...FIVE_CLASSES],
  );
  return { rows: rows.length, classification, noEvent: predictions.filter((p) => p.events.length === 0).length, predictions };
}
