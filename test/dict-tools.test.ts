// `dyad dict check` on made-up files of every kind (findings at path:line), and `dyad dict missing` on a small
// made-up corpus (names and verbs no dictionary covers, ranked, with an example each).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectKind } from '../src/dictionaries/detect.js';
import { checkFiles } from '../src/dictionaries/check/index.js';
import { run, jsonl } from './helpers.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'petrarch');
const f = (name: string) => path.join(DIR, name);
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

test('dictionary kinds are detected from the lines', () => {
  assert.equal(detectKind(f('verbs.txt')), 'petrarch-verbs');
  assert.equal(detectKind(f('actors.txt')), 'petrarch-actors');
  assert.equal(detectKind(f('agents.txt')), 'petrarch-agents');
  assert.equal(detectKind(f('discards.txt')), 'discards');
  assert.equal(detectKind(f('native-verbs.txt')), 'native-verbs');
  assert.equal(detectKind(f('native-actors.txt')), 'native-actors');
  assert.equal(detectKind(path.join(ROOT, 'data', 'agents.txt')), 'native-agents');
});

/** Findings as "file:line severity: message", for readable failures. */
function findings(files: string[]): string[] {
  return checkFiles(files.map(f)).findings.map((x) => `${path.basename(x.id)} ${x.severity}: ${x.message}`);
}

const has = (list: string[], re: RegExp) => assert.ok(list.some((l) => re.test(l)), `no finding like ${re}:\n${list.join('\n')}`);

test('check: PETRARCH verbs - unknown synset and code, shadowed pattern, transformation, bad line', () => {
  const out = findings(['verbs.txt']);
  has(out, /^verbs\.txt:39 error: unknown synset "&WEATHER"/);
  has(out, /^verbs\.txt:41 error: unknown event code "9999"/);
  has(out, /^verbs\.txt:38 warning: never fires: the same pattern is at .*verbs\.txt:37 with code 161 \(not 162\)/);
  has(out, /^verbs\.txt:40 warning: a "~" transformation/);
});

test('check: native verbs - shadowed, head not one token, two slots in a row, unknown CAMEO code', () => {
  const out = findings(['native-verbs.txt']);
  has(out, /^native-verbs\.txt:3 warning: never fires: the same pattern is at .*native-verbs\.txt:2$/);
  has(out, /^native-verbs\.txt:4 warning: never fires: .* with code 112 \(not 1121\)/);
  has(out, /^native-verbs\.txt:5 warning: head "ain't" is not one token of text/);
  has(out, /^native-verbs\.txt:6 warning: two actor slots/);
  has(out, /^native-verbs\.txt:7 error: unknown CAMEO code "999"/);
  // A pattern for particular subjects ("@aid|money help {T}") is not the same as the plain one after it.
  assert.ok(!out.some((l) => /^native-verbs\.txt:(8|9) /.test(l)), out.join('\n'));
});

test('check: actors - malformed and overlapping dates, one phrase two codes, malformed codes', () => {
  const out = findings(['actors.txt', 'native-actors.txt']);
  has(out, /^actors\.txt:18 error: bad date/);
  has(out, /^native-actors\.txt:3 warning: "rufus firefly": FRDMIL 1935-01-01\.\.1936-12-31 overlaps FRDGOV 1933-01-01\.\.1935-12-31/);
  has(out, /^native-actors\.txt:5 warning: "freedonia" is also at .*actors\.txt:3 as FRD; the first loaded wins over SYL/);
  has(out, /^native-actors\.txt:7 warning: actor code "FRDG" is not made of three-letter parts/);
  has(out, /^native-actors\.txt:6 error: bad actor code "frd"/);
});

test('check: agents and discards - missing code, short stem; a prefix agent is supported, no warning', () => {
  const out = findings(['agents.txt', 'discards.txt']);
  has(out, /^agents\.txt:9 error: agent "SPY_WITHOUT_CODE" has no \[code\]/);
  assert.ok(!out.some((l) => l.startsWith('agents.txt:8')), out.join('\n'));
  assert.ok(!out.some((l) => l.startsWith('discards.txt')), out.join('\n'));
});

test('check: code lists check every part of an actor code', async () => {
  const list = path.join(DIR, 'codes.txt');
  const out = checkFiles([f('actors.txt')], [list]).findings.map((x) => x.message);
  assert.ok(out.some((m) => /"SYLMIL" has parts the code lists do not know: MIL/.test(m)), out.join('\n'));
});

test('dyad dict check: exit 1 on errors, 0 on a clean file; text and JSONL', async () => {
  const bad = await run(['dict', 'check', f('verbs.txt')]);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /verbs\.txt: read as petrarch-verbs/);
  assert.match(bad.out, /2 error\(s\), \d+ warning\(s\) in 1 file\(s\)/);
  const clean = await run(['dict', 'check', f('discards.txt')]);
  assert.equal(clean.code, 0, clean.out);
  const j = jsonl(( await run(['dict', 'check', f('agents.txt'), '--format', 'jsonl'])).out);
  assert.deepEqual(j[0], { file: f('agents.txt'), kind: 'petrarch-agents' });
  assert.ok(j.some((x) => x.severity === 'error'));
  assert.equal((await run(['dict', 'check'])).code, 2);
  assert.equal((await run(['dict', 'check', f('nope.txt')])).code, 1);
  assert.equal((await run(['dict', 'nonsense'])).code, 2);
});

const CORPUS = [
  { id: 'a1', text: 'Grand Fenwick accused Freedonia of spying. Grand Fenwick later invaded Sylvania.', date: '1933-05-01' },
  { id: 'a2', text: 'Freedonia blamed Grand Fenwick for the crisis. Sylvania befriended Freedonia.', date: '1933-05-02' },
  { id: 'a3', text: 'Freedonia befriended Grand Fenwick. On Monday, Marxian rebels attacked the palace.', date: '1933-05-03' },
].map((r) => JSON.stringify(r)).join('\n');

test('dyad dict missing: unknown names and verbs, most frequent first, with an example', async () => {
  const r = await run(['dict', 'missing', '-', '--no-defaults', '--config', f('config.json'), '--format', 'jsonl'], CORPUS);
  // JSONL on stdin: one article a line.
  assert.equal(r.code, 0, r.err);
  const rows = jsonl<{ kind: string; phrase: string; count: number; articles: number; example: string }>(r.out);
  const first = rows.find((x) => x.kind === 'actor')!;
  assert.equal(first.phrase, 'Grand Fenwick');
  assert.equal(first.count, 4);
  assert.match(first.example, /Grand Fenwick accused Freedonia/);
  const verb = rows.find((x) => x.kind === 'verb' && x.phrase === 'befriend');
  assert.ok(verb && verb.count === 2, JSON.stringify(rows));
  assert.ok(rows.some((x) => x.kind === 'actor' && x.phrase === 'Marxian rebel'), JSON.stringify(rows));
  assert.ok(!rows.some((x) => x.phrase === 'accuse' || x.phrase === 'Freedonia'), 'covered words are not missing');
  const table = await run(['dict', 'missing', '-', '--config', f('config.json'), '--top', '1', '--kind', 'verb'], CORPUS);
  assert.match(table.out, /^kind +phrase +count +articles +example$/m);
  assert.equal(table.out.trim().split('\n').length, 3);
});

test('the default dictionaries check clean: no errors and no warnings', async () => {
  const { readdirSync } = await import('node:fs');
  const files = ['verbs', 'actors'].flatMap((d) => readdirSync(path.join(ROOT, 'data', d)).filter((x) => x.endsWith('.txt')).map((x) => path.join(ROOT, 'data', d, x)));
  const r = await run(['dict', 'check', ...files, path.join(ROOT, 'data', 'agents.txt')]);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /^0 error\(s\), 0 warning\(s\) in \d+ file\(s\)/m, r.out.split('\n').filter((l) => /warning|error/.test(l)).slice(0, 5).join('\n'));
});
