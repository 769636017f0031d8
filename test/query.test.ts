// Queries, dyad series and alerts over a store built from made-up articles by the real coder.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { jsonl, run } from './helpers.js';
import { tmp } from './store-helpers.js';
import { buildSeries } from '../src/analysis/series.js';
import { periodDays, periodOf, periodsBetween } from '../src/analysis/periods.js';
import { ALERT_DEFAULTS, detectAlerts, foldDyads } from '../src/analysis/alerts.js';

const dir = tmp('dyad-query-');
const db = path.join(dir, 'q.sqlite');

const ARTICLES = [
  { id: 'q1', date: '2020-06-16', text: 'North Korea accused South Korea of violating the deal.' },
  { id: 'q2', date: '2020-06-16', title: 'Markets', text: 'North Korea accused South Korea of violating the deal.\nSeparately, shares in Tokyo rose sharply as exporters gained ground in late trading on Tuesday.' },
  { id: 'q3', date: '2020-06-17', text: 'South Korean troops fired on North Korean soldiers near the border.' },
  { id: 'q4', date: '2020-06-20', text: 'Russia criticized Ukraine over the pipeline dispute.' },
  { id: 'q5', date: '2020-07-01', text: 'Turkey and Greece agreed to resume talks.' },
  { id: 'q6', date: '2020-06-18', title: 'Gaza strikes', url: 'https://wire.example/gaza', text: 'Israeli warplanes struck targets in Gaza, the military said.' },
];

interface Ev { eventId: number; cameo: string; date: string; source: { code: string }; target: { code: string } | null; numMentions: number; numArticles: number; mentions?: { article: string }[] }

before(async () => {
  const r = await run(['ingest', '-', '--db', db], ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  assert.equal(r.code, 0, r.err);
});

async function query(...args: string[]): Promise<Ev[]> {
  const r = await run(['query', '--db', db, '--format', 'jsonl', ...args]);
  assert.equal(r.code, 0, r.err);
  return jsonl<Ev>(r.out);
}

const codes = (evs: Ev[]) => evs.map((e) => `${e.source.code}>${e.target?.code ?? ''}:${e.cameo}`).sort();

test('the same event in two articles is one event with two mentions', async () => {
  const [e] = await query('--dyad', 'PRK,KOR', '--cameo', '112', '--mentions');
  assert.equal(e.numMentions, 2);
  assert.equal(e.numArticles, 2);
  assert.deepEqual(e.mentions!.map((m) => m.article).sort(), ['q1', 'q2']);
});

test('filters: dyad (either direction), actor prefix, country, CAMEO prefix and root, PLOVER, quad, dates, full text', async () => {
  assert.deepEqual(codes(await query('--dyad', 'PRK,KOR')), ['KORMIL>PRKMIL:193', 'PRK>KOR:112']);
  assert.deepEqual(codes(await query('--dyad', 'KOR,PRK')), ['KORMIL>PRKMIL:193', 'PRK>KOR:112']);
  assert.deepEqual(codes(await query('--actor', 'KORMIL')), ['KORMIL>PRKMIL:193']);
  assert.deepEqual(codes(await query('--actor', 'kor')), ['KORMIL>PRKMIL:193', 'PRK>KOR:112']);
  assert.deepEqual(codes(await query('--country', 'UKR')), ['RUS>UKR:111']);
  assert.deepEqual(codes(await query('--cameo', '19')), ['ISRMIL>PSE:190', 'KORMIL>PRKMIL:193']);
  assert.deepEqual(codes(await query('--root', '11')), ['PRK>KOR:112', 'RUS>UKR:111']);
  assert.deepEqual(codes(await query('--plover', 'accuse')), ['PRK>KOR:112', 'RUS>UKR:111']);
  assert.deepEqual(codes(await query('--quad', '1')), ['GRC>TUR:036', 'TUR>GRC:036']);
  assert.deepEqual(codes(await query('--quad', '3,4', '--from', '2020-06-17', '--to', '2020-06-20')), ['ISRMIL>PSE:190', 'KORMIL>PRKMIL:193', 'RUS>UKR:111']);
  assert.deepEqual(codes(await query('--text', 'warplanes')), ['ISRMIL>PSE:190']);
  assert.deepEqual(codes(await query('--text', 'Tokyo exporters')), ['PRK>KOR:112']);
  assert.deepEqual(codes(await query('--text', 'strikes', '--quad', '4')), ['ISRMIL>PSE:190'], 'titles are searched too');
  assert.deepEqual(await query('--text', 'Moon Jae-in'), [], 'words that are not FTS5 syntax are quoted, not an error');
  assert.equal((await query('--limit', '2')).length, 2);
  const dates = (await query()).map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort(), 'date order');
});

test('formats: table (default), CSV with a header, JSONL; bad filters are usage errors', async () => {
  const table = await run(['query', '--db', db, '--dyad', 'PRK,KOR']);
  assert.equal(table.code, 0);
  const lines = table.out.trimEnd().split('\n');
  assert.match(lines[0], /^id\s+date\s+source\s+target\s+cameo\s+quad\s+goldstein\s+plover\s+mentions\s+text$/);
  assert.equal(lines.length, 4);
  const csv = await run(['query', '--db', db, '--format', 'csv', '--actor', 'ISR']);
  const [header, row] = csv.out.trimEnd().split('\n');
  assert.ok(header.startsWith('event_id,date,source_code,source_country,source_agent,source_text,target_code'));
  assert.match(row, /,ISRMIL,ISR,MIL,Israeli warplanes,PSE,/);
  assert.match(row, /,"Israeli warplanes struck targets in Gaza, the military said\."$/, 'a text with a comma is quoted');
  assert.match(row, /,https:\/\/wire\.example\/gaza,/);
  for (const bad of [['--quad', '5'], ['--dyad', 'PRK'], ['--from', '2020-13-01'], ['--root', '42'], ['--format', 'xml']]) {
    const r = await run(['query', '--db', db, ...bad]);
    assert.equal(r.code, 2, `${bad.join(' ')}: ${r.err}`);
  }
});

test('dyad series: both directions per day, week and month, with empty periods as zeros', async () => {
  const day = await run(['series', 'PRK', 'KOR', '--db', db, '--by', 'day', '--from', '2020-06-15', '--to', '2020-06-18', '--format', 'jsonl']);
  assert.equal(day.code, 0, day.err);
  const rows = jsonl<{ period: string; ab: { events: number; quad: number[]; goldsteinSum: number }; ba: { events: number; quad: number[]; goldsteinSum: number }; both: { events: number } }>(day.out);
  assert.deepEqual(rows.map((r) => r.period), ['2020-06-15', '2020-06-16', '2020-06-17', '2020-06-18']);
  assert.deepEqual(rows.map((r) => [r.ab.events, r.ba.events, r.both.events]), [[0, 0, 0], [1, 0, 1], [0, 1, 1], [0, 0, 0]]);
  assert.deepEqual(rows[1].ab.quad, [0, 0, 1, 0]);
  assert.deepEqual(rows[2].ba.quad, [0, 0, 0, 1]);
  const week = await run(['series', 'PRK', 'KOR', '--db', db, '--format', 'csv']);
  const [head, only] = week.out.trimEnd().split('\n');
  assert.ok(head.startsWith('period,ab_events,ab_q1,ab_q2,ab_q3,ab_q4,ab_goldstein_sum,ab_goldstein_mean,ba_events'));
  const cells = only.split(',');
  assert.equal(cells[0], '2020-06-15', 'weeks are named by their Monday');
  assert.deepEqual(cells.slice(-7), ['2', '0', '0', '1', '1', String(-2 + rows[2].ba.goldsteinSum), String((-2 + rows[2].ba.goldsteinSum) / 2)]);
  const month = await run(['series', 'kor', 'prk', '--db', db, '--by', 'month']);
  assert.match(month.out, /^2020-06\s+1\s+0\/0\/0\/1/m, 'KOR->PRK first when asked in that order');
  assert.equal((await run(['series', 'PRK', '--db', db])).code, 2);
});

test('series and periods as pure functions', () => {
  assert.equal(periodOf('2020-06-21', 'week'), '2020-06-15', 'Sunday belongs to the week of the Monday before');
  assert.equal(periodOf('2020-06', 'week'), null);
  assert.equal(periodOf('2020-06', 'month'), '2020-06');
  assert.deepEqual(periodDays('2020-02', 'month'), ['2020-02-01', '2020-02-29']);
  assert.deepEqual(periodsBetween('2020-11-15', '2021-02-01', 'month'), ['2020-11', '2020-12', '2021-01', '2021-02']);
  const s = buildSeries([
    { dir: 'ab', date: '2020-06-01', quad: 1, n: 2, goldstein: 6 },
    { dir: 'ba', date: '2020-06-14', quad: 4, n: 1, goldstein: -10 },
    { dir: 'ab', date: '2020-06', quad: 3, n: 5, goldstein: -10 },
  ], 'week');
  assert.equal(s.imprecise, 5);
  assert.deepEqual(s.rows.map((r) => [r.period, r.both.events, r.both.goldsteinSum, r.both.goldsteinMean]), [['2020-06-01', 2, 6, 3], ['2020-06-08', 1, -10, -10]]);
});

test('alerts: a z-score over each dyad\'s own rolling baseline, with its parameters', () => {
  const weeks = periodsBetween('2020-01-06', '2020-03-16', 'week');
  const days = weeks.map((w, i) => ({ a: 'RUS', b: 'UKR', date: w, intensity: i === weeks.length - 1 ? 30 : 2, events: 1 }));
  // A steady pair: the same intensity every week never alerts.
  days.push(...weeks.map((w) => ({ a: 'IND', b: 'PAK', date: w, intensity: 12, events: 3 })));
  const alerts = detectAlerts(days, { first: '2020-01-06', last: '2020-03-22' }, ALERT_DEFAULTS);
  assert.deepEqual(alerts, [{ a: 'RUS', b: 'UKR', period: '2020-03-16', intensity: 30, events: 1, mean: 2, std: 0, z: 28 }]);
  // The first `window` weeks have no baseline; a weaker spike under the threshold is no alert.
  assert.deepEqual(detectAlerts(days.slice(0, 3), { first: '2020-01-06', last: '2020-01-20' }, ALERT_DEFAULTS), []);
  assert.deepEqual(detectAlerts(days, { first: '2020-01-06', last: '2020-03-22' }, { ...ALERT_DEFAULTS, minIntensity: 31 }), []);
  // Codes fold into unordered dyads of countries.
  const folded = foldDyads([
    { source: 'UKRMIL', target: 'RUSMIL', date: '2020-03-16', intensity: 10, events: 1 },
    { source: 'RUS', target: 'UKR', date: '2020-03-16', intensity: 10, events: 1 },
  ], (c) => c.slice(0, 3));
  assert.deepEqual(folded, [{ a: 'RUS', b: 'UKR', date: '2020-03-16', intensity: 20, events: 2 }]);
});

test('dyad alerts from a store: the spike week is flagged with the events that drove it', async () => {
  const adb = path.join(dir, 'alerts.sqlite');
  const quiet = periodsBetween('2020-01-06', '2020-03-09', 'week').map((date, k) => ({ id: `w${k}`, date, text: `Week ${k + 1}: Russia criticized Ukraine over the gas dispute.` }));
  const spike = [
    { id: 's1', date: '2020-03-16', text: 'Russian troops attacked Ukrainian soldiers near the border.' },
    { id: 's2', date: '2020-03-17', text: 'Russia fired missiles at Ukraine.' },
    { id: 's3', date: '2020-03-18', text: 'Russian troops attacked Ukrainian soldiers near Kharkiv.' },
  ];
  const r = await run(['ingest', '-', '--db', adb], [...quiet, ...spike].map((a) => JSON.stringify(a)).join('\n'));
  assert.equal(r.code, 0, r.err);
  const out = await run(['alerts', '--db', adb, '--format', 'jsonl']);
  assert.equal(out.code, 0, out.err);
  const alerts = jsonl<{ a: string; b: string; period: string; z: number; intensity: number; events: { cameo: string; date: string }[] }>(out.out);
  assert.equal(alerts.length, 1, out.out);
  assert.deepEqual([alerts[0].a, alerts[0].b, alerts[0].period], ['RUS', 'UKR', '2020-03-16']);
  assert.ok(alerts[0].z >= 3 && alerts[0].intensity >= 20, JSON.stringify(alerts[0]));
  assert.ok(alerts[0].events.length >= 2 && alerts[0].events.every((e) => e.cameo.startsWith('19') && e.date >= '2020-03-16'), JSON.stringify(alerts[0].events));
  const table = await run(['alerts', '--db', adb]);
  assert.match(table.out, /^2020-03-16 {2}RUS-UKR {2}intensity \d+/m);
  assert.match(table.err, /1 alerts \(by week, window 8, threshold z >= 3, min intensity 10\)/);
  const none = await run(['alerts', '--db', adb, '--to', '2020-03-09']);
  assert.match(none.err, /0 alerts/);
});
