// Plain-text tables for the terminal.

export type Cell = string | number | null | undefined;

/** Formats a number in [0, 1] (or any number) with three decimals; '' for null. */
export function fmt(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined || Number.isNaN(x) ? '' : x.toFixed(digits);
}

/** Left-aligns text columns, right-aligns numeric ones. */
export function table(header: string[], rows: Cell[][]): string {
  const text = rows.map((r) => header.map((_, k) => cellText(r[k])));
  const numeric = header.map((_, k) => rows.length > 0 && rows.every((r) => r[k] === null || r[k] === undefined || typeof r[k] === 'number' || /^-?[\d.]+%?$/.test(String(r[k]))));
  const width = header.map((h, k) => Math.max(h.length, ...text.map((r) => r[k].length)));
  const line = (cells: string[]) =>
    cells.map((c, k) => (numeric[k] ? c.padStart(width[k]) : c.padEnd(width[k]))).join('  ').trimEnd();
  return [line(header), line(width.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n');
}

function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  return typeof c === 'number' ? (Number.isInteger(c) ? String(c) : fmt(c)) : c;
}

/** Cuts text to n characters with an ellipsis. */
export function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
