// Command-line inputs -> articles, one at a time. A bad file or line yields an error and the batch goes on.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { DyadError } from '../errors.js';
import type { Article } from '../types.js';
import { decodeText } from '../article/decode.js';
import { articleFromJsonl } from '../article/from-jsonl.js';
import { contentId } from '../article/content-id.js';

export type InputItem = { article: Article } | { error: DyadError };

export interface InputOptions {
  format: 'text' | 'jsonl';
  date: string | null;
  maxBytes: number;
  stdin: Readable;
}

export async function* readInputs(paths: string[], opts: InputOptions): AsyncGenerator<InputItem> {
  const list = paths.length ? paths : ['-'];
  for (const p of list) {
    const where = p === '-' ? '<stdin>' : p;
    if (opts.format === 'jsonl') {
      yield* jsonlLines(p, where, opts);
      continue;
    }
    try {
      const bytes = p === '-' ? await readAll(opts.stdin) : readFile(p, opts.maxBytes);
      const text = decodeText(bytes, where, opts.maxBytes);
      yield { article: { id: contentId(text), text, date: opts.date } };
    } catch (e) {
      yield { error: asDyadError(e, where) };
    }
  }
}

async function* jsonlLines(p: string, where: string, opts: InputOptions): AsyncGenerator<InputItem> {
  let stream: Readable;
  try {
    if (p !== '-') statOrThrow(p);
    stream = p === '-' ? opts.stdin : createReadStream(p);
  } catch (e) {
    yield { error: asDyadError(e, where) };
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const at = `${where}:${n}`;
      if (Buffer.byteLength(line) > opts.maxBytes) { yield { error: new DyadError('DYAD_ERR_TOO_LARGE', `${at}: line over the limit of ${opts.maxBytes} bytes`) }; continue; }
      if (line.includes('\uFFFD')) { yield { error: new DyadError('DYAD_ERR_ENCODING', `${at}: not valid UTF-8`) }; continue; }
      try {
        yield { article: articleFromJsonl(line, at, opts.date) };
      } catch (e) {
        yield { error: asDyadError(e, at) };
      }
    }
  } catch (e) {
    yield { error: asDyadError(e, where) };
  }
}

function statOrThrow(p: string): number {
  let st;
  try { st = statSync(p); } catch { throw new DyadError('DYAD_ERR_NOT_FOUND', `${p}: no such file`); }
  if (st.isDirectory()) throw new DyadError('DYAD_ERR_NOT_FOUND', `${p}: is a directory (dyad code takes files; dyad ingest reads directories)`);
  return st.size;
}

function readFile(p: string, maxBytes: number): Uint8Array {
  // Refused before it is read: a 50 MB file costs nothing.
  const size = statOrThrow(p);
  if (size > maxBytes) throw new DyadError('DYAD_ERR_TOO_LARGE', `${p}: ${size} bytes is over the limit of ${maxBytes} (raise it with --max-bytes)`);
  try { return readFileSync(p); } catch (e) { throw new DyadError('DYAD_ERR_NOT_FOUND', `${p}: cannot read (${(e as Error).message})`); }
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}

function asDyadError(e: unknown, where: string): DyadError {
  if (e instanceof DyadError) return e;
  return new DyadError('DYAD_ERR_NOT_FOUND', `${where}: ${(e as Error).message}`);
}
