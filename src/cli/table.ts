// Plain-text tables for the terminal: text columns left-aligned, numeric ones right-aligned.

export type Cell = string | number | null | undefined;

export function textTable(header: string[], rows: Cell[][]): string {
  const text = rows.map((r) => header.map((_, k) => (r[k] === null || r[k] === undefined ? '' : String(r[k]))));
  const numeric = header.map((_, k) => rows.length > 0 && rows.every((r) => r[k] === null || r[k] === undefined || typeof r[k] === 'number'));
  const width = header.map((h, k) => Math.max(h.length, ...text.map((r) => r[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => (numeric[k] ? c.padStart(width[k]) : c.padEnd(width[k]))).join('  ').trimEnd();
  return [line(header), line(width.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n') + '\n';
}

export function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
