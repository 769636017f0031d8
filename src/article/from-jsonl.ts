// One JSONL line -> an Article, or an error naming the line.
import { DyadError } from '../errors.js';
import type { Article } from '../types.js';
import { checkText } from './decode.js';
import { contentId } from './content-id.js';

const ISO = /^\d{4}-\d{2}-\d{2}/;

export function articleFromJsonl(line: string, where: string, defaultDate: string | null): Article {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    throw new DyadError('DYAD_ERR_BAD_JSONL', `${where}: not JSON (${(e as Error).message})`);
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new DyadError('DYAD_ERR_BAD_JSONL', `${where}: not a JSON object`);
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new DyadError('DYAD_ERR_BAD_RECORD', `${where}: no "text" string`);
  const text = checkText(r.text, where);
  if (r.id !== undefined && typeof r.id !== 'string' && typeof r.id !== 'number') throw new DyadError('DYAD_ERR_BAD_RECORD', `${where}: "id" must be a string or number`);
  let date = defaultDate;
  if (r.date !== undefined && r.date !== null && r.date !== '') {
    if (typeof r.date !== 'string' || !ISO.test(r.date) || Number.isNaN(Date.parse(r.date.slice(0, 10)))) {
      throw new DyadError('DYAD_ERR_BAD_RECORD', `${where}: "date" must be YYYY-MM-DD, not ${JSON.stringify(r.date)}`);
    }
    date = r.date.slice(0, 10);
  }
  return {
    id: r.id !== undefined ? String(r.id) : contentId(text),
    text,
    date,
    title: typeof r.title === 'string' ? r.title : null,
    url: typeof r.url === 'string' ? r.url : null,
  };
}
