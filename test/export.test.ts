// Exports: GDELT 2.0 Events (61 tab-separated columns in GDELT's order) and Mentions (16), CSV and JSONL that
// still validates against the event record schema.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { jsonl, run } from './helpers.js';
import { tmp } from './store-helpers.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from '../src/export/gdelt.js';
import { actorCodeParts } from '../src/export/actor-code-parts.js';
import { codeSets } from '../src/cli/code-sets.js';

const dir = tmp('dyad-export-');
const db = path.join(dir, 'x.sqlite');

before(async () => {
  const lines = [
    { id: 'x1', date: '2020-06-16', url: 'https://one.example/korea', text: 'North Korea accused South Korea of violating the deal.' },
    { id: 'x2', date: '2020-06-16', url: 'https://two.example/korea', text: 'North Korea accused South Korea of violating the deal.\nSeparately, shares in Tokyo rose sharply as exporters gained ground in late trading.' },
    { id: 'x3', date: '2020-06-18', text: 'Hamas fired rockets at Israel.' },
  ];
  const r = await run(['ingest', '-', '--db', db], lines.map((l) => JSON.stringify(l)).join('\n'));
  assert.equal(r.code, 0, r.err);
});

/** GDELT 2.0's Events columns, in the order of its codebook (the 61 names are GDELT's published format). */
const GDELT_ORDER = `GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`.split(/\s+/);

test('gdelt: 61 tab-separated columns in GDELT 2.0 order, with code levels, counts and empty geography', async () => {
  assert.equal(GDELT_ORDER.length, 61);
  assert.deepEqual([...GDELT_EVENT_COLUMNS], GDELT_ORDER);
  const r = await run(['export', '--format', 'gdelt', '--db', db, '--header']);
  assert.equal(r.code, 0, r.err);
  const [header, ...rows] = r.out.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
  assert.deepEqual(header, GDELT_ORDER);
  assert.ok(rows.length >= 2);
  for (const row of rows) assert.equal(row.length, 61);
  const col = (row: string[], name: string) => row[GDELT_ORDER.indexOf(name)];
  const accuse = rows.find((row) => col(row, 'EventCode') === '112')!;
  assert.deepEqual(
    ['SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor2Code', 'Actor2CountryCode',
      'IsRootEvent', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
      'ActionGeo_Type', 'ActionGeo_CountryCode', 'SOURCEURL'].map((n) => col(accuse, n)),
    ['20200616', '202006', '2020', '2020.5370', 'PRK', 'NORTH KOREA', 'PRK', 'KOR', 'KOR', '1', '112', '11', '3', '-2', '2', '2', '2', '0', '', '', 'https://one.example/korea'],
  );
  assert.match(col(accuse, 'DATEADDED'), /^\d{14}$/);
  const hamas = rows.find((row) => col(row, 'Actor1Code') === 'PSEREBHMS')!;
  assert.deepEqual(['Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1Type1Code', 'EventCode', 'EventRootCode', 'QuadClass', 'SOURCEURL'].map((n) => col(hamas, n)),
    ['PSE', 'HMS', 'REB', '190', '19', '4', 'x3']);
  const plain = await run(['export', '--format', 'gdelt', '--db', db, '--cameo', '112']);
  assert.equal(plain.out.trimEnd().split('\n').length, 1, 'no header unless asked; filters apply');
});

test('actor codes split into GDELT parts from our country and agent dictionaries', () => {
  const sets = codeSets();
  assert.deepEqual(actorCodeParts('---REB', sets).types, ['REB', null, null]);
  assert.equal(actorCodeParts('---REB', sets).country, null);
  assert.deepEqual(actorCodeParts('KORGOV', sets), { country: 'KOR', knownGroup: null, ethnic: null, religion1: null, religion2: null, types: ['GOV', null, null] });
  assert.deepEqual(actorCodeParts('IGOUNO', sets).types, ['IGO', null, null]);
  assert.equal(actorCodeParts('IGOUNO', sets).knownGroup, 'UNO');
  assert.equal(actorCodeParts('IGOUNO', sets).country, null);
  assert.deepEqual([actorCodeParts('AFGREBTAL', sets).country, actorCodeParts('AFGREBTAL', sets).types[0], actorCodeParts('AFGREBTAL', sets).knownGroup], ['AFG', 'REB', 'TAL']);
  assert.deepEqual(actorCodeParts(null, sets).types, [null, null, null]);
});

test('gdelt-mentions: 16 columns, one row per report of each event', async () => {
  const r = await run(['export', '--format', 'gdelt-mentions', '--db', db, '--cameo', '112', '--header']);
  const [header, ...rows] = r.out.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
  assert.deepEqual(header, [...GDELT_MENTION_COLUMNS]);
  assert.equal(header.length, 16);
  assert.equal(rows.length, 2);
  for (const row of rows) assert.equal(row.length, 16);
  assert.deepEqual(rows.map((row) => [row[3], row[4], row[5], row[6]]), [['1', 'one.example', 'https://one.example/korea', '1'], ['1', 'two.example', 'https://two.example/korea', '1']]);
  assert.equal(rows[0][0], rows[1][0], 'both rows mention the same GLOBALEVENTID');
});

test('csv and jsonl exports; jsonl records still validate against schema/event.schema.json', async () => {
  const out = path.join(dir, 'events.csv');
  const r = await run(['export', '--format', 'csv', '--db', db, '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
  assert.ok(lines[0].startsWith('event_id,date,source_code'));
  assert.ok(lines.length >= 3);
  const j = await run(['export', '--format', 'jsonl', '--db', db]);
  const records = jsonl<Record<string, unknown>>(j.out);
  const schema = JSON.parse(readFileSync(new URL('../schema/event.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ strict: false }).compile(schema);
  for (const rec of records) assert.ok(validate(rec), JSON.stringify(validate.errors));
  assert.ok(records.every((x) => typeof x.eventId === 'number' && typeof x.numMentions === 'number'));
  const missing = await run(['export', '--db', db]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--format is required/);
});
