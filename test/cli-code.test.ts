// `dyad code` formats: JSONL records that validate against the published schema and carry the input's id, a JSON
// array, TSV with a header, and --explain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { run, jsonl } from './helpers.js';
import { TSV_COLUMNS } from '../src/export/event-formats.js';

const input = [
  '{"id": "r1", "text": "Pyongyang accused Seoul of violating the 2018 agreement.", "date": "2020-06-17"}',
  '{"id": 42, "text": "Russian troops shelled Ukrainian positions near Kharkiv on Monday.", "date": "2022-03-09"}',
].join('\n');

test('JSONL events validate against schema/event.schema.json and carry the record id as article', async () => {
  const r = await run(['code', '--input', 'jsonl'], input);
  assert.equal(r.code, 0, r.err);
  const events = jsonl<Record<string, unknown>>(r.out);
  assert.ok(events.length >= 2);
  const schema = JSON.parse(readFileSync(new URL('../schema/event.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  for (const e of events) assert.ok(validate(e), JSON.stringify(validate.errors));
  assert.deepEqual([...new Set(events.map((e) => e.article))].sort(), ['42', 'r1']);
  const shell = events.find((e) => e.article === '42') as { date: string; dateBasis: string };
  assert.equal(shell.date, '2022-03-07');
  assert.match(shell.dateBasis, /Monday/);
});

test('the same input gives the same output, byte for byte', async () => {
  const a = await run(['code', '--input', 'jsonl'], input);
  const b = await run(['code', '--input', 'jsonl'], input);
  assert.equal(a.out, b.out);
});

test('--format json is one array; --format tsv has the header and one row per event', async () => {
  const j = await run(['code', '--input', 'jsonl', '--format', 'json'], input);
  const arr = JSON.parse(j.out) as unknown[];
  assert.ok(Array.isArray(arr) && arr.length >= 2);
  const t = await run(['code', '--input', 'jsonl', '--format', 'tsv'], input);
  const rows = t.out.trim().split('\n');
  assert.equal(rows[0], TSV_COLUMNS.join('\t'));
  assert.equal(rows.length - 1, arr.length);
  for (const row of rows) assert.equal(row.split('\t').length, TSV_COLUMNS.length);
});

test('--explain shows the rule that fired and how actors and dates were found', async () => {
  const r = await run(['code', '--input', 'jsonl', '--explain'], input);
  assert.match(r.out, /PRKGOV "Pyongyang" -> KORGOV "Seoul"/);
  assert.match(r.out, /matched data\/verbs\/11-disapprove\.txt:\d+ "accuse/);
  assert.match(r.out, /source: data\/actors\/countries\.txt:\d+/);
  assert.match(r.out, /date 2022-03-07: 'on Monday' relative to the article date 2022-03-09/);
});
