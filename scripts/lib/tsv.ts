// Delimited text (TSV or CSV) where a field may be wrapped in double quotes, CSV style: a quoted field may hold
// the delimiter, newlines and doubled quotes (""). A field that does not start with a quote is read literally.

/** Parses delimited text into rows of fields. CRLF and LF line ends; a trailing newline adds no row. */
export function parseDelimited(text: string, delimiter = '\t'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const [field, next] = text[i] === '"' ? readQuoted(text, i, delimiter) : readPlain(text, i, delimiter);
    row.push(field);
    i = next;
    if (i >= n) break;
    if (text[i] === delimiter) {
      i += 1;
      if (i >= n) row.push('');
      continue;
    }
    // A line end: '\n' (a '\r' before it was dropped by the readers).
    rows.push(row);
    row = [];
    i += 1;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function readPlain(text: string, start: number, delimiter: string): [string, number] {
  let i = start;
  while (i < text.length && text[i] !== delimiter && text[i] !== '\n') i += 1;
  const end = i > start && text[i - 1] === '\r' && (i === text.length || text[i] === '\n') ? i - 1 : i;
  return [text.slice(start, end), i];
}

function readQuoted(text: string, start: number, delimiter: string): [string, number] {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const q = text.indexOf('"', i);
    if (q < 0) return [out + text.slice(i), text.length];
    out += text.slice(i, q);
    if (text[q + 1] === '"') {
      out += '"';
      i = q + 2;
      continue;
    }
    // Closing quote; anything up to the next delimiter or line end is kept as is (lenient reading).
    const [rest, next] = readPlain(text, q + 1, delimiter);
    return [out + rest, next];
  }
  return [out, i];
}

/** A table with a header row: each row becomes an object keyed by column name (missing cells are ''). */
export function parseTable(text: string, delimiter = '\t'): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...body] = parseDelimited(text, delimiter);
  const rows = body
    .filter((cells) => !(cells.length === 1 && cells[0] === ''))
    .map((cells) => Object.fromEntries(header.map((name, k) => [name, cells[k] ?? ''])));
  return { header, rows };
}
