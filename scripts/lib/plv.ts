// PLV protocol (EVAL.md): PLOVER root of sentence/source/target rows, predicted by the first event of the sentence
// whose source and target share a word with the marked spans.
import { readFileSync } from 'node:fs';
import { rootOf, type EventLike } from './events.js';
import { classify, ratio, type Classification } from './metrics.js';
import type { InputRecord } from './run-coder.js';
import { parseTable } from './tsv.js';

export const PLOVER_LABELS = [
  'AGREE', 'ACCUSE', 'AID', 'ASSAULT', 'COERCE', 'CONSULT', 'COOPERATE', 'MOBILIZE', 'PROTEST', 'REJECT',
  'REQUEST', 'SANCTION', 'SUPPORT', 'THREATEN', 'YIELD',
] as const;

/** The label of a row with no matching event. */
export const NONE = 'NONE';

const PLOVER_ALIASES: Record<string, string> = {
  CONCEDE: 'YIELD',
  RETREAT: 'YIELD',
  DISAPPROVE: 'ACCUSE',
  DEMAND: 'REQUEST',
};

const ROOT_TO_PLOVER: Record<string, string> = {
  '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID', '08': 'YIELD',
  '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST',
  '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
};

const STOP_WORDS = new Set(
  'the and of in on for to a an its his her their official officials by at as'.split(' '),
);

export interface PlvRow {
  sentence: string;
  source: string;
  target: string;
  gold: string;
}

export interface PlvPrediction {
  row: PlvRow;
  id: string;
  label: string;
  /** The event that matched the row, if any. */
  event: EventLike | null;
}

export interface PlvResult {
  rows: number;
  sentences: number;
  classification: Classification;
  /** Rows with no matching event, and sentences for which the coder printed no event at all. */
  noMatchRows: number;
  noMatchRowRate: number;
  noEventSentences: number;
  noEventSentenceRate: number;
  predictions: PlvPrediction[];
}

export function loadPlv(file: string): PlvRow[] {
  const { rows } = parseTable(readFileSync(file, 'utf8'), '\t');
  return rows.map((r) => ({ sentence: r.sentence, source: r.source, target: r.target, gold: r.gold_root.trim() }));
}

/** One input record per distinct sentence, ids in order of first appearance. */
export function plvInputs(rows: PlvRow[]): { records: InputRecord[]; idOf: Map<string, string> } {
  const idOf = new Map<string, string>();
  const records: InputRecord[] = [];
  for (const row of rows) {
    if (idOf.has(row.sentence)) continue;
    const id = `plv-${idOf.size + 1}`;
    idOf.set(row.sentence, id);
    records.push({ id, text: row.sentence });
  }
  return { records, idOf };
}

/** Words for span matching: 2+ letters, lower case, dotted acronyms folded ("U.S." -> "us"), stop words dropped. */
export function matchWords(text: string): Set<string> {
  const folded = text.replace(/(?<!\p{L})\p{L}(?:\.\p{L})+\.?(?!\p{L})/gu, (m) => m.replace(/\./g, ''));
  const words = new Set<string>();
  for (const [w] of folded.toLowerCase().matchAll(/[\p{L}\p{M}]+/gu)) {
    if ([...w].length >= 2 && !STOP_WORDS.has(w)) words.add(w);
  }
  return words;
}

export function sharesWord(a: string, b: string): boolean {
  const wa = matchWords(a);
  for (const w of matchWords(b)) if (wa.has(w)) return true;
  return false;
}

/** The PLOVER label of an event: its plover.type (aliases folded), else its CAMEO root mapped. */
export function ploverLabel(e: Pick<EventLike, 'plover' | 'cameo' | 'root'>): string {
  const type = e.plover?.type?.trim().toUpperCase();
  if (type) return PLOVER_ALIASES[type] ?? type;
  return ROOT_TO_PLOVER[rootOf(e)] ?? `ROOT${rootOf(e)}`;
}

/** The first event, in output order, whose source matches the marked source and target the marked target. */
export function matchRow(row: Pick<PlvRow, 'source' | 'target'>, events: EventLike[]): EventLike | null {
  for (const e of events) {
    if (!e.source || !e.target) continue;
    if (sharesWord(e.source.text, row.source) && sharesWord(e.target.text, row.target)) return e;
  }
  return null;
}

export function scorePlv(rows: PlvRow[], idOf: Map<string, string>, events: Map<string, EventLike[]>): PlvResult {
  const predictions = rows.map((row): PlvPrediction => {
    const id = idOf.get(row.sentence) ?? '';
    const event = matchRow(row, events.get(id) ?? []);
    return { row, id, event, label: event ? ploverLabel(event) : NONE };
  });
  const gold = predictions.map((p) => p.row.gold);
  const classification = classify(gold, predictions.map((p) => p.label));
  const noMatchRows = predictions.filter((p) => p.event === null).length;
  const ids = [...new Set(idOf.values())];
  const noEventSentences = ids.filter((id) => (events.get(id) ?? []).length === 0).length;
  return {
    rows: rows.length,
    sentences: ids.length,
    classification,
    noMatchRows,
    noMatchRowRate: ratio(noMatchRows, rows.length),
    noEventSentences,
    noEventSentenceRate: ratio(noEventSentences, ids.length),
    predictions,
  };
}
