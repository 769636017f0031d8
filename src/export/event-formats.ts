// Event records -> text: JSONL (one object a line), a JSON array, or TSV with a header row.
import type { EventRecord } from '../types.js';

export type EventFormat = 'jsonl' | 'json' | 'tsv';

export const TSV_COLUMNS = [
  'id', 'article', 'sentence', 'date', 'source_code', 'source_text', 'target_code', 'target_text',
  'cameo', 'root', 'quad_class', 'goldstein', 'plover', 'plover_mode', 'pattern', 'text',
] as const;

function cell(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' ');
}

export function tsvRow(e: EventRecord): string {
  return [
    e.id, e.article, e.sentence, e.date, e.source.code, e.source.text, e.target?.code, e.target?.text,
    e.cameo, e.root, e.quadClass, e.goldstein, e.plover.type, e.plover.mode, e.evidence.pattern, e.text,
  ].map(cell).join('\t');
}

/** Writes events as they come; `end` closes a JSON array. */
export class EventWriter {
  private first = true;
  constructor(private readonly format: EventFormat, private readonly write: (s: string) => void) {
    if (format === 'tsv') write(TSV_COLUMNS.join('\t') + '\n');
    if (format === 'json') write('[');
  }

  event(e: EventRecord): void {
    if (this.format === 'jsonl') this.write(JSON.stringify(e) + '\n');
    else if (this.format === 'tsv') this.write(tsvRow(e) + '\n');
    else { this.write((this.first ? '\n' : ',\n') + JSON.stringify(e)); this.first = false; }
  }

  end(): void {
    if (this.format === 'json') this.write(this.first ? ']\n' : '\n]\n');
  }
}
