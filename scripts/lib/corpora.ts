// Raw article collections for throughput runs, read from ../shared/data and turned into coder input records.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { InputRecord } from './run-coder.js';
import { parseTable } from './tsv.js';

/** guardian-sdf-sample: one zipped CSV (`"","date","text","source"`), read with `unzip -p`. */
export function loadGuardian(dataDir: string): InputRecord[] {
  const zip = path.join(dataDir, 'guardian-sdf-sample', 'Guardian_SDF_sample.csv.zip');
  const csv = execFileSync('unzip', ['-p', zip], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return parseTable(csv, ',')
    .rows.filter((r) => r.text.trim() !== '')
    .map((r, k) => {
      const id = `guardian-${r[''] || k + 1}`;
      return /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? { id, text: r.text, date: r.date } : { id, text: r.text };
    });
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** "26-FEB-1987 15:01:01.79" -> "1987-02-26". */
export function reutersDate(s: string): string | null {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(s.trim().toUpperCase());
  const month = m ? MONTHS.indexOf(m[2]) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
}

function decodeSgml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => (Number(n) < 32 && n !== '10' ? '' : String.fromCharCode(Number(n))))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A Reuters body as paragraphs: the wire text is hard-wrapped and starts each paragraph with an indent, so
 * wrapped lines are joined and indented lines begin a new paragraph (one per line). The "Reuter" sign-off is cut.
 */
export function reutersBody(raw: string): string {
  const paragraphs: string[] = [];
  for (const line of decodeSgml(raw).replace(/\s*Reuter\s*$/, '').split('\n')) {
    if (line.trim() === '') continue;
    if (/^\s/.test(line) || paragraphs.length === 0) paragraphs.push(line.trim());
    else paragraphs[paragraphs.length - 1] += ` ${line.trim()}`;
  }
  return paragraphs.join('\n');
}

/** reuters21578: the first `limit` stories (file order) that have both a <BODY> and a <DATE>. */
export function loadReuters(dataDir: string, limit: number): InputRecord[] {
  const dir = path.join(dataDir, 'reuters21578');
  const files = readdirSync(dir).filter((f) => /^reut2-\d+\.sgm$/.test(f)).sort();
  const out: InputRecord[] = [];
  for (const file of files) {
    const sgml = readFileSync(path.join(dir, file), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2])?.[1];
      const date = reutersDate(/<DATE>([^<]*)<\/DATE>/.exec(m[2])?.[1] ?? '');
      if (!body || !date) continue;
      const text = reutersBody(body);
      if (text === '') continue;
      const id = /NEWID="(\d+)"/.exec(m[1])?.[1] ?? String(out.length + 1);
      out.push({ id: `reuters-${id}`, text, date });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
