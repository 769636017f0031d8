// Command-line sources -> articles, one at a time: files, directories (recursive), URLs (fetch), stdin. This is the
// ingest's only I/O; the parsing is in html.ts, feed.ts and ../article/from-jsonl.ts. A bad source yields an error
// naming it and the batch goes on.
import { createReadStream, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { DyadError } from '../errors.js';
import { decodeText } from '../article/decode.js';
import { articleFromJsonl } from '../article/from-jsonl.js';
import { ingestible, kindOf } from './detect.js';
import { parseHtml } from './html.js';
import { parseFeed } from './feed.js';
import { sourceArticle, textDoc } from './source-article.js';
import type { ParsedDoc, SourceItem } from './types.js';

export interface SourceOptions {
  /** The user's --date, the last resort for an article's date. */
  userDate: string | null;
  maxBytes: number;
  stdin: Readable;
  fetchTimeoutMs: number;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function* readSources(specs: string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  for (const spec of specs.length ? specs : ['-']) {
    if (spec === '-') yield* fromBytes('<stdin>', '', await readAll(opts.stdin), null, null, opts);
    else if (isUrl(spec)) yield* fromUrl(spec, opts);
    else yield* fromPath(spec, opts);
  }
}

/** Bytes the local sources hold, for a progress bar with an ETA; null when stdin or a URL is among them. */
export function totalBytes(specs: string[]): number | null {
  let total = 0;
  for (const spec of specs.length ? specs : ['-']) {
    if (spec === '-' || isUrl(spec)) return null;
    try {
      const st = statSync(spec);
      if (st.isDirectory()) for (const f of walk(spec)) total += statSync(f).size;
      else total += st.size;
    } catch { /* reported when read */ }
  }
  return total;
}

async function* fromPath(p: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let st;
  try { st = statSync(p); } catch { yield { error: new DyadError('DYAD_ERR_NOT_FOUND', `${p}: no such file or directory`), bytes: 0 }; return; }
  if (!st.isDirectory()) { yield* fromFile(p, st.size, opts); return; }
  for (const f of walk(p)) yield* fromFile(f, statSync(f).size, opts);
}

/** Files under a directory in name order, hidden ones and unknown extensions left out, symlinked folders not followed. */
function* walk(dir: string): Generator<string> {
  let entries: Dirent[];
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && ingestible(path.extname(e.name))) yield full;
  }
}

async function* fromFile(file: string, size: number, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const ext = path.extname(file);
  if (kindOf(ext, '') === 'jsonl' && ext) { yield* jsonlStream(file, opts); return; }
  if (size > opts.maxBytes) {
    yield { error: new DyadError('DYAD_ERR_TOO_LARGE', `${file}: ${size} bytes is over the limit of ${opts.maxBytes} (raise it with --max-bytes)`), bytes: size };
    return;
  }
  let bytes: Buffer;
  try { bytes = readFileSync(file); } catch (e) { yield { error: new DyadError('DYAD_ERR_NOT_FOUND', `${file}: cannot read (${(e as Error).message})`), bytes: size }; return; }
  yield* fromBytes(file, ext, bytes, null, null, opts);
}

async function* fromUrl(url: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let res: Response;
  let bytes: Buffer;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(opts.fetchTimeoutMs), headers: { 'user-agent': 'dyad (news event coder)' } });
    bytes = Buffer.from(await res.arrayBuffer());
  } catch (e) {
    const why = (e as Error).name === 'TimeoutError' ? `no answer within ${opts.fetchTimeoutMs} ms` : ((e as Error).cause as Error)?.message ?? (e as Error).message;
    yield { error: new DyadError('DYAD_ERR_FETCH', `${url}: cannot fetch (${why})`), bytes: 0 };
    return;
  }
  if (!res.ok) { yield { error: new DyadError('DYAD_ERR_FETCH', `${url}: HTTP ${res.status} ${res.statusText}`.trim()), bytes: bytes.length }; return; }
  let ext = '';
  try { ext = path.extname(new URL(url).pathname); } catch { /* no extension */ }
  yield* fromBytes(url, ext, bytes, res.headers.get('content-type'), url, opts);
}

async function* fromBytes(where: string, ext: string, bytes: Buffer, contentType: string | null, url: string | null, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const kind = kindOf(ext, bytes.subarray(0, 2048).toString('utf8'), contentType);
  if (kind === 'jsonl') { yield* jsonlLines(where, bytes.toString('utf8').split('\n'), opts); return; }
  let text: string;
  try { text = decodeText(bytes, where, opts.maxBytes); } catch (e) { yield { error: e as DyadError, bytes: bytes.length }; return; }
  try {
    if (kind === 'text') { const d = textDoc(text); if (url) d.url = url; yield article(d, where, bytes.length, opts); return; }
    if (kind === 'html') { yield article(parseHtml(text, where, url), where, bytes.length, opts); return; }
    const feed = parseFeed(text, where);
    const share = Math.round(bytes.length / Math.max(1, feed.items.length));
    for (const [k, item] of feed.items.entries()) {
      if (item instanceof DyadError) { yield { error: item, bytes: share }; continue; }
      yield article({ ...item, outlet: item.outlet ?? feed.title }, `${where}#${k + 1}`, share, opts);
    }
  } catch (e) {
    if (!(e instanceof DyadError)) throw e;
    yield { error: e, bytes: bytes.length };
  }
}

function article(doc: ParsedDoc, origin: string, bytes: number, opts: SourceOptions): SourceItem {
  return { article: sourceArticle(doc, origin, bytes, opts.userDate) };
}

async function* jsonlStream(file: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  try {
    yield* jsonlLines(file, lines, opts);
  } catch (e) {
    yield { error: new DyadError('DYAD_ERR_NOT_FOUND', `${file}: cannot read (${(e as Error).message})`), bytes: 0 };
  }
}

async function* jsonlLines(where: string, lines: AsyncIterable<string> | Iterable<string>, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = raw.replace(/\r$/, '');
    const bytes = Buffer.byteLength(line) + 1;
    if (!line.trim()) continue;
    const at = `${where}:${n}`;
    if (bytes > opts.maxBytes) { yield { error: new DyadError('DYAD_ERR_TOO_LARGE', `${at}: line over the limit of ${opts.maxBytes} bytes`), bytes }; continue; }
    if (line.includes('\uFFFD')) { yield { error: new DyadError('DYAD_ERR_ENCODING', `${at}: not valid UTF-8`), bytes }; continue; }
    try {
      const a = articleFromJsonl(line, at, null);
      const doc: ParsedDoc = { ...textDoc(a.text), id: a.id, title: a.title ?? null, url: a.url ?? null, date: a.date, dateBasis: a.date ? 'JSONL "date"' : null };
      yield article(doc, at, bytes, opts);
    } catch (e) {
      if (!(e instanceof DyadError)) throw e;
      yield { error: e, bytes };
    }
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}
