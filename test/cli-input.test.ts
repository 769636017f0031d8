// Bad input gets a clear error naming the file or line, exit code 1, and the rest of the batch is still coded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, jsonl } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dyad-input-'));
const good = path.join(dir, 'good.txt');
writeFileSync(good, 'Russian troops attacked Ukrainian forces near Kharkiv on Monday.\n');

test('empty, binary and invalid UTF-8 files are named on stderr; the good file is still coded', async () => {
  const empty = path.join(dir, 'empty.txt');
  const binary = path.join(dir, 'binary.bin');
  const latin1 = path.join(dir, 'latin1.txt');
  writeFileSync(empty, '');
  writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
  writeFileSync(latin1, Buffer.from('Le pr\xe9sident fran\xe7ais a critiqu\xe9 la Russie.', 'latin1'));
  const r = await run(['code', empty, binary, latin1, good, path.join(dir, 'missing.txt'), '--date', '2022-03-07']);
  assert.equal(r.code, 1);
  assert.match(r.err, /empty\.txt: no text \(DYAD_ERR_EMPTY_INPUT\)/);
  assert.match(r.err, /binary\.bin: binary data, not text \(DYAD_ERR_BINARY_INPUT\)/);
  assert.match(r.err, /latin1\.txt: not valid UTF-8 .*\(DYAD_ERR_ENCODING\)/);
  assert.match(r.err, /missing\.txt: no such file \(DYAD_ERR_NOT_FOUND\)/);
  const events = jsonl<{ source: { code: string }; root: string }>(r.out);
  assert.ok(events.some((e) => e.source.code === 'RUSMIL' && ['18', '19'].includes(e.root)), r.out);
});

test('malformed JSONL lines are named by line number; the other lines are coded', async () => {
  const input = [
    '{"id": "a1", "text": "Iran accused Israel of attacking its nuclear sites.", "date": "2021-04-12"}',
    '{"id": "a2", "text": ',
    '[1, 2, 3]',
    '{"id": "a4", "title": "no text here"}',
    '{"id": "a5", "text": "China criticised Japan.", "date": "12/04/2021"}',
    '',
    '{"id": "a7", "text": "Egypt hosted talks between Israel and Hamas.", "date": "2021-05-20"}',
  ].join('\n');
  const r = await run(['code', '--input', 'jsonl', '-'], input);
  assert.equal(r.code, 1);
  assert.match(r.err, /<stdin>:2: not JSON/);
  assert.match(r.err, /<stdin>:3: not a JSON object/);
  assert.match(r.err, /<stdin>:4: no "text" string/);
  assert.match(r.err, /<stdin>:5: "date" must be YYYY-MM-DD/);
  const events = jsonl<{ article: string }>(r.out);
  assert.ok(events.some((e) => e.article === 'a1'));
  assert.ok(events.some((e) => e.article === 'a7'));
});

test('a 50 MB file is refused by name before it is read; the batch goes on', async () => {
  const huge = path.join(dir, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 50 * 1024 * 1024);
  const r = await run(['code', huge, good, '--date', '2022-03-07']);
  assert.equal(r.code, 1);
  assert.match(r.err, /huge\.txt: 52428800 bytes is over the limit of 10485760 .*DYAD_ERR_TOO_LARGE/);
  assert.ok(jsonl(r.out).length > 0);
});

test('a file over the size limit is refused by name; a 5,000-word sentence is coded without failing', async () => {
  const big = path.join(dir, 'big.txt');
  writeFileSync(big, 'word '.repeat(300));
  const r = await run(['code', big, good, '--max-bytes', '1000']);
  assert.equal(r.code, 1);
  assert.match(r.err, /big\.txt: 1500 bytes is over the limit of 1000 \(raise it with --max-bytes\) \(DYAD_ERR_TOO_LARGE\)/);
  const long = path.join(dir, 'long.txt');
  const words = Array.from({ length: 5000 }, (_, i) => (i % 50 === 0 ? 'Iran condemned Israel and' : 'the')).join(' ');
  writeFileSync(long, words + '.');
  const r2 = await run(['code', long]);
  assert.equal(r2.code, 0, r2.err);
});

test('bad usage exits 2 with a message', async () => {
  const r = await run(['code', '--format', 'xml', good]);
  assert.equal(r.code, 2);
  assert.match(r.err, /--format must be one of jsonl, json, tsv/);
  const r2 = await run(['code', '--date', '17/06/2020', good]);
  assert.equal(r2.code, 2);
  assert.match(r2.err, /--date must be YYYY-MM-DD/);
  const r3 = await run(['code', '--nope']);
  assert.equal(r3.code, 2);
  const r4 = await run(['frobnicate']);
  assert.equal(r4.code, 2);
});

test('every command has --help', async () => {
  const r = await run(['code', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /--input text\|jsonl/);
  assert.match(r.out, /--format jsonl\|json\|tsv/);
});
