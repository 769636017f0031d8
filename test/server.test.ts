// `dyad serve` in-process: every route through app.inject (no port), its schema checks, access rules and errors,
// and every answer checked against the schema /openapi.json publishes for it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { segments } from '../src/web/highlight.js';
import { snippetParts } from '../src/server/queries.js';
import { closeStore, openStore, type Store } from '../src/store/open.js';
import { ArticleStore } from '../src/store/article-store.js';
import { periodsBetween } from '../src/analysis/periods.js';
import { run } from './helpers.js';
import { coded, event, sourceArticle, tmp } from './store-helpers.js';

const TOKEN = 'test-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
const dir = tmp('dyad-server-');
const web = path.join(dir, 'web');
let store: Store;
let app: FastifyInstance;
let validate: (method: string, url: string, res: LightMyRequestResponse) => void;

// Made-up articles (written for this test).
const ARTICLES = [
  { id: 's1', date: '2020-06-16', title: 'Border row', text: 'North Korea accused South Korea of violating the deal.' },
  { id: 's2', date: '2020-06-17', text: 'South Korean troops fired on North Korean soldiers near the border.' },
  { id: 's3', date: '2020-06-20', url: 'https://wire.example/pipeline', text: 'Russia criticized Ukraine over the pipeline dispute.' },
  { id: 's4', date: '2020-07-01', text: 'Turkey and Greece agreed to resume talks.\n"We will keep talking," the Greek foreign minister said.' },
];
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** Eleven weeks of SYR-TUR events straight into the store: ten quiet weeks (one accusation each), then heavy fighting. */
function seedAlertHistory(s: Store): void {
  const writer = new ArticleStore(s.db);
  const weeks = periodsBetween('2021-01-04', '2021-03-15', 'week');
  weeks.forEach((w, i) => {
    const id = `hist-${i}`;
    const a = sourceArticle(id, `Syria and Turkey, week ${w}.`, { date: w });
    const who = { source: { text: 'Syria', code: 'SYR', country: 'SYR', agent: null, start: 0, end: 5 }, target: { text: 'Turkey', code: 'TUR', country: 'TUR', agent: null, start: 10, end: 16 } };
    const quiet = [event(id, 0, { ...who, date: w })];
    const loud = [190, 193, 194, 195, 1711].map((c, k) => event(id, k, {
      ...who, date: w, cameo: String(c), root: String(c).slice(0, 2), quadClass: 4, goldstein: -10, plover: { type: 'ASSAULT', mode: null },
    }));
    writer.save({ article: a, hash: `hash-${id}`, coded: coded(a, i === weeks.length - 1 ? loud : quiet), duplicate: null, signature: null, buckets: [] });
  });
}

async function inject(method: 'GET' | 'POST', url: string, opts: { headers?: Record<string, string>; payload?: string | object; app?: FastifyInstance } = {}) {
  const res = await (opts.app ?? app).inject({ method, url, headers: opts.headers, payload: opts.payload as string });
  validate(method, url, res);
  return res;
}

const body = <T = Record<string, any>>(r: LightMyRequestResponse) => JSON.parse(r.body) as T;

before(async () => {
  mkdirSync(web);
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>dyad</title>');
  store = openStore(path.join(dir, 'server.sqlite'));
  seedAlertHistory(store);
  app = await buildApp({ store, token: TOKEN, webDir: web });
  const doc = body((await app.inject('/openapi.json')));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(doc, 'openapi');
  validate = (method, url, res) => {
    const route = url.split('?')[0].replace(/^\/api\/articles\/[^/]+$/, '/api/articles/{id}');
    const op = doc.paths[route]?.[method.toLowerCase()];
    if (!op) return; // the dashboard's files, unknown routes
    const documented = op.responses[String(res.statusCode)];
    assert.ok(documented, `${method} ${url}: status ${res.statusCode} is not documented (${res.body.slice(0, 200)})`);
    const pointer = ['paths', route, method.toLowerCase(), 'responses', String(res.statusCode), 'content', 'application/json', 'schema']
      .map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
    const check = ajv.getSchema(`openapi#/${pointer}`)!;
    assert.ok(check(JSON.parse(res.body)), `${method} ${url}: answer does not match its schema: ${ajv.errorsText(check.errors)}`);
  };
});

after(async () => {
  await app.close();
  closeStore(store);
});

test('POST /api/articles: needs the token; one article as JSON, a JSONL batch; failures named; sending again is a no-op', async () => {
  assert.equal((await inject('POST', '/api/articles', { payload: ARTICLES[0] })).statusCode, 401);
  const wrong = await inject('POST', '/api/articles', { headers: { authorization: 'Bearer nope' }, payload: ARTICLES[0] });
  assert.equal(wrong.statusCode, 401);
  assert.equal(body(wrong).code, 'DYAD_ERR_UNAUTHORIZED');
  assert.match(String(wrong.headers['www-authenticate']), /^Bearer/);

  const one = await inject('POST', '/api/articles', { headers: auth, payload: ARTICLES[0] });
  assert.equal(one.statusCode, 200, one.body);
  assert.deepEqual(body(one).results.map((r: { status: string; id: string }) => [r.status, r.id]), [['stored', 's1']]);
  assert.ok(body(one).events >= 1);

  const batch = await inject('POST', '/api/articles', {
    headers: { ...auth, 'content-type': 'application/x-ndjson' },
    payload: jsonl(ARTICLES.slice(1)) + '{"title": "no text"}\nnot json\n' + JSON.stringify(ARTICLES[0]) + '\n',
  });
  assert.equal(batch.statusCode, 400, 'a batch with a bad record answers with the first failure\'s status');
  const b = body(batch);
  assert.equal(b.stored, 3);
  assert.equal(b.failed, 2);
  assert.equal(b.already, 1);
  assert.deepEqual(b.results.filter((r: { status: string }) => r.status === 'failed').map((r: { record: number; error: { code: string } }) => [r.record, r.error.code]),
    [[4, 'DYAD_ERR_BAD_RECORD'], [5, 'DYAD_ERR_BAD_JSONL']]);
  assert.match(b.results[3].error.message, /^line 4: no "text"/);

  const array = await inject('POST', '/api/articles?date=2020-06-18', { headers: auth, payload: [{ text: 'Israeli warplanes struck targets in Gaza, the military said.' }] });
  assert.equal(array.statusCode, 200, array.body);
  const bad = await inject('POST', '/api/articles', { headers: auth, payload: { text: '   ' } });
  assert.equal(bad.statusCode, 400);
  assert.equal(body(bad).code, 'DYAD_ERR_EMPTY_INPUT', 'one article: the error itself');
  const missing = await inject('POST', '/api/articles', { headers: auth, payload: { txt: 'typo' } });
  assert.equal(missing.statusCode, 400);
  assert.match(body(missing).message, /"text" is required/);
});

test('POST /api/articles: off without a token; body limit (413); other content types (415); broken JSON (400)', async () => {
  const s = openStore(path.join(dir, 'small.sqlite'));
  const open = await buildApp({ store: s, webDir: null });
  const off = await inject('POST', '/api/articles', { app: open, headers: auth, payload: ARTICLES[0] });
  assert.equal(off.statusCode, 403);
  assert.equal(body(off).code, 'DYAD_ERR_INGEST_OFF');
  await open.close();

  const small = await buildApp({ store: s, token: TOKEN, webDir: null, bodyLimit: 500 });
  const big = await inject('POST', '/api/articles', { app: small, headers: { ...auth, 'content-type': 'application/x-ndjson' }, payload: jsonl([{ text: 'x'.repeat(600) }]) });
  assert.equal(big.statusCode, 413);
  assert.equal(body(big).code, 'DYAD_ERR_TOO_LARGE');
  const xml = await inject('POST', '/api/articles', { app: small, headers: { ...auth, 'content-type': 'text/xml' }, payload: '<a/>' });
  assert.equal(xml.statusCode, 415);
  assert.equal(body(xml).code, 'DYAD_ERR_MEDIA_TYPE');
  const broken = await inject('POST', '/api/articles', { app: small, headers: { ...auth, 'content-type': 'application/json' }, payload: '{"text": ' });
  assert.equal(broken.statusCode, 400);
  await small.close();
  closeStore(s);
});

type Ev = { eventId: number; cameo: string; date: string; goldstein: number; article: string; source: { code: string }; target: { code: string } | null; numMentions: number };
const codes = (evs: Ev[]) => evs.map((e) => `${e.source.code}>${e.target?.code ?? ''}:${e.cameo}`).sort();

test('GET /api/events: the filters of dyad query, pages with totals, sorting', async () => {
  const get = async (q: string) => {
    const r = await inject('GET', `/api/events${q}`);
    assert.equal(r.statusCode, 200, r.body);
    return body<{ total: number; events: Ev[] }>(r);
  };
  assert.deepEqual(codes((await get('?dyad=PRK,KOR')).events), ['KORMIL>PRKMIL:193', 'PRK>KOR:112']);
  assert.deepEqual(codes((await get('?dyad=kor,prk&quad=4')).events), ['KORMIL>PRKMIL:193']);
  assert.deepEqual(codes((await get('?country=UKR')).events), ['RUS>UKR:111']);
  assert.deepEqual(codes((await get('?text=warplanes')).events), ['ISRMIL>PSE:190']);
  assert.deepEqual(codes((await get('?text=Moon%20Jae-in')).events), [], 'words that are not FTS5 syntax are quoted');
  assert.deepEqual(codes((await get('?root=11&from=2020-06-17&to=2020-06-30')).events), ['RUS>UKR:111']);

  const all = await get('?limit=500');
  assert.ok(all.total >= 7);
  const page1 = await get('?limit=3&sort=date&order=desc');
  const page2 = await get('?limit=3&offset=3&sort=date&order=desc');
  assert.equal(page1.total, all.total);
  assert.equal(page2.total, all.total);
  assert.equal(page1.events.length, 3);
  const ids = [...page1.events, ...page2.events].map((e) => e.eventId);
  assert.equal(new Set(ids).size, 6, 'pages do not overlap');
  const dates = [...page1.events, ...page2.events].map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
  const byG = (await get('?sort=goldstein&order=asc&limit=500')).events.map((e) => e.goldstein);
  assert.deepEqual(byG, [...byG].sort((x, y) => x - y));
  const e = all.events.find((x) => x.cameo === '112')!;
  assert.equal(e.numMentions, 1);
  assert.equal(e.article, 's1');
});

test('bad requests are 400s that say which parameter and what it must be', async () => {
  const cases: [string, RegExp, string?][] = [
    ['/api/events?acter=PRK', /unknown query parameter "acter"/],
    ['/api/events?quad=5', /"quad".*quad classes 1-4/],
    ['/api/events?dyad=PRK', /"dyad"/],
    ['/api/events?limit=5000', /"limit" must be <= 500/],
    ['/api/events?limit=ten', /"limit" must be integer/],
    ['/api/events?from=2020-13-01', /parameter "from" must be YYYY-MM-DD/, 'DYAD_ERR_BAD_DATE'],
    ['/api/events?sort=color', /"sort" must be equal to one of the allowed values/],
    ['/api/events?text=%22unbalanced', /./],
    ['/api/series?a=PRK', /"b" is required/],
    ['/api/series?a=PRK&b=K%20R', /"b" must match pattern/],
    ['/api/series?a=PRK&b=KOR&from=2020-07-01&to=2020-06-01', /after/],
    ['/api/series?a=PRK&b=KOR&by=year', /"by"/],
    ['/api/alerts?window=1', /"window" must be >= 2/],
    ['/api/search', /"q" is required/],
    ['/api/top/dyads?level=city', /"level"/],
  ];
  for (const [url, message, code] of cases) {
    const r = await inject('GET', url);
    if (url.includes('unbalanced')) { assert.ok([200, 400].includes(r.statusCode), url); continue; }
    assert.equal(r.statusCode, 400, `${url}: ${r.body}`);
    const b = body(r);
    assert.equal(b.code, code ?? 'DYAD_ERR_BAD_REQUEST', url);
    assert.match(b.message, message, url);
  }
  const nowhere = await inject('GET', '/api/nowhere');
  assert.equal(nowhere.statusCode, 404);
  assert.equal(body(nowhere).code, 'DYAD_ERR_NO_SUCH_ITEM');
});

test('GET /api/series: both directions per period; /api/top/*: the busiest dyads and actors', async () => {
  const r = await inject('GET', '/api/series?a=prk&b=kor&by=day&from=2020-06-15&to=2020-06-18');
  const s = body(r);
  assert.equal(s.a, 'PRK');
  assert.deepEqual(s.rows.map((x: { period: string; ab: { events: number }; ba: { events: number } }) => [x.period, x.ab.events, x.ba.events]),
    [['2020-06-15', 0, 0], ['2020-06-16', 1, 0], ['2020-06-17', 0, 1], ['2020-06-18', 0, 0]]);
  assert.deepEqual(s.rows[2].ba.quad, [0, 0, 0, 1]);

  const dyads = body(await inject('GET', '/api/top/dyads?from=2020-06-01&to=2020-07-31'));
  const kp = dyads.dyads.find((d: { a: string; b: string }) => d.a === 'KOR' && d.b === 'PRK');
  assert.deepEqual([kp.events, kp.ab, kp.ba, kp.aName, kp.bName], [2, 1, 1, 'South Korea', 'North Korea']);
  assert.ok(!dyads.dyads.some((d: { a: string }) => d.a === 'SYR'), 'the period bounds the count');
  const recent = body(await inject('GET', '/api/top/dyads'));
  assert.equal(recent.to, '2021-03-15', 'by default, the last 30 days of data');
  assert.deepEqual(recent.dyads.map((d: { a: string; b: string; events: number }) => `${d.a}-${d.b}:${d.events}`), ['SYR-TUR:9'], 'four quiet weeks and the loud one');
  const actors = body(await inject('GET', '/api/top/actors?from=2020-06-01&to=2020-07-31&level=code&limit=3'));
  assert.equal(actors.actors.length, 3);
  assert.ok(actors.actors.every((a: { events: number; asSource: number; asTarget: number }) => a.events === a.asSource + a.asTarget));
});

test('GET /api/alerts: the spike week of SYR-TUR, newest first, with its events; filtered by dyad', async () => {
  const r = body(await inject('GET', '/api/alerts?events=2'));
  assert.equal(r.by, 'week');
  const [first] = r.alerts;
  assert.deepEqual([first.a, first.b, first.period, first.events], ['SYR', 'TUR', '2021-03-15', 5]);
  assert.ok(first.z >= 3);
  assert.equal(first.eventList.length, 2);
  assert.ok(first.eventList.every((e: Ev) => e.goldstein === -10));
  assert.equal(body(await inject('GET', '/api/alerts?dyad=TURMIL,SYR')).total, r.total);
  assert.equal(body(await inject('GET', '/api/alerts?dyad=PRK,KOR')).total, 0);
  assert.equal(body(await inject('GET', '/api/alerts?threshold=1000')).total, 0);
});

test('GET /api/articles/:id: text, sentences, every event and quote; GET /api/search: hits with snippets', async () => {
  const r = await inject('GET', '/api/articles/s4');
  assert.equal(r.statusCode, 200, r.body);
  const a = body(r);
  assert.equal(a.published, '2020-07-01');
  assert.equal(a.dateBasis, 'request "date"');
  assert.equal(a.sentences.length, 2);
  for (const s of a.sentences) assert.equal(a.text.slice(s.start, s.end), s.text, 'sentence offsets index the text');
  const found = a.events.map((e: Ev) => `${e.source.code}>${e.target?.code}:${e.cameo}`);
  for (const x of ['GRC>TUR:036', 'TUR>GRC:036']) assert.ok(found.includes(x), `${x} in ${found}`);
  const e = a.events[0];
  const verbAt = a.sentences[e.sentence].start + e.evidence.verb.start;
  assert.equal(a.text.slice(verbAt, verbAt + e.evidence.verb.text.length), e.evidence.verb.text);
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].quote.text, 'We will keep talking,');
  const urlId = `https://wire.example/2020/06/17/${'long-slug-'.repeat(15)}?page=1`;
  await inject('POST', '/api/articles', { headers: auth, payload: { id: urlId, text: 'Japan praised Australia for the trade deal.' } });
  assert.equal(body(await inject('GET', `/api/articles/${encodeURIComponent(urlId)}`)).id, urlId, 'ids may be long URLs');
  const missing = await inject('GET', '/api/articles/nope');
  assert.equal(missing.statusCode, 404);
  assert.equal(body(missing).code, 'DYAD_ERR_NO_SUCH_ITEM');

  const hits = body(await inject('GET', '/api/search?q=pipeline'));
  assert.equal(hits.total, 1);
  assert.equal(hits.hits[0].id, 's3');
  assert.deepEqual(hits.hits[0].snippet.filter((p: { hit: boolean }) => p.hit).map((p: { text: string }) => p.text), ['pipeline']);
  assert.deepEqual(snippetParts('a \u0002b\u0003 c'), [{ text: 'a ', hit: false }, { text: 'b', hit: true }, { text: ' c', hit: false }]);
});

test('GET /api/stats, /api/actors, /api/health', async () => {
  const s = body(await inject('GET', '/api/stats'));
  assert.ok(s.articles >= 5 && s.events >= 7);
  assert.deepEqual([s.ingest, s.private], [true, false]);
  const actors = body(await inject('GET', '/api/actors?prefix=kor'));
  assert.ok(actors.actors.length >= 2);
  assert.ok(actors.actors.every((x: { code: string }) => x.code.startsWith('KOR')));
  assert.deepEqual(body(await inject('GET', '/api/health')), { ok: true });
});

test('--private: reads need the token; health, the OpenAPI document and the dashboard files stay open', async () => {
  const priv = await buildApp({ store, token: TOKEN, private: true, webDir: web });
  for (const url of ['/api/events', '/api/series?a=PRK&b=KOR', '/api/stats', '/api/articles/s1', '/api/search?q=deal', '/api/alerts', '/api/top/dyads']) {
    const r = await inject('GET', url, { app: priv });
    assert.equal(r.statusCode, 401, url);
    assert.equal((await inject('GET', url, { app: priv, headers: auth })).statusCode, 200, url);
  }
  for (const url of ['/api/health', '/openapi.json', '/']) assert.equal((await priv.inject(url)).statusCode, 200, url);
  const doc = body(await priv.inject('/openapi.json'));
  assert.deepEqual(doc.paths['/api/events'].get.security, [{ bearer: [] }]);
  await priv.close();
});

test('/openapi.json documents every route with its parameters, answers and errors', async () => {
  const doc = body(await inject('GET', '/openapi.json'));
  assert.equal(doc.openapi, '3.1.0');
  const ops = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([p, m]) => Object.keys(m).map((k) => `${k.toUpperCase()} ${p}`)).sort();
  assert.deepEqual(ops, ['GET /api/actors', 'GET /api/alerts', 'GET /api/articles/{id}', 'GET /api/events', 'GET /api/health', 'GET /api/search',
    'GET /api/series', 'GET /api/stats', 'GET /api/top/actors', 'GET /api/top/dyads', 'POST /api/articles']);
  const events = doc.paths['/api/events'].get;
  assert.deepEqual(events.parameters.map((p: { name: string }) => p.name),
    ['actor', 'country', 'dyad', 'cameo', 'root', 'plover', 'quad', 'from', 'to', 'text', 'limit', 'offset', 'sort', 'order']);
  assert.ok(events.responses['400']);
  assert.equal(events.security, undefined, 'reads are open by default');
  const post = doc.paths['/api/articles'].post;
  assert.deepEqual(Object.keys(post.requestBody.content), ['application/json', 'application/x-ndjson', 'application/jsonl', 'application/jsonlines']);
  assert.deepEqual(post.security, [{ bearer: [] }]);
  assert.ok(doc.components.schemas.Event.properties.cameo, 'the event record schema is the repository\'s own');
  for (const [p, methods] of Object.entries(doc.paths as Record<string, Record<string, { summary?: string; responses: object }>>)) {
    for (const [m, op] of Object.entries(methods)) {
      assert.ok(op.summary, `${m} ${p}: no summary`);
      assert.ok(Object.keys(op.responses).includes('200'), `${m} ${p}: no 200 answer`);
    }
  }
});

test('the dashboard: its files with a Content-Security-Policy; a clear 503 when it is not built', async () => {
  const r = await inject('GET', '/');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<title>dyad<\/title>/);
  assert.match(String(r.headers['content-security-policy']), /script-src 'self'/);
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  const api = await inject('GET', '/api/health');
  assert.equal(api.headers['x-content-type-options'], 'nosniff', 'API answers are never sniffed as HTML either');
  const unbuilt = await buildApp({ store, webDir: path.join(dir, 'nothing-here') });
  const u = await unbuilt.inject('/');
  assert.equal(u.statusCode, 503);
  assert.match(u.body, /npm run build/);
  await unbuilt.close();
});

test('article highlights: overlapping spans become segments with every role and event that covers them', () => {
  const s = segments(20, [
    { start: 0, end: 5, role: 'source', item: 0 },
    { start: 0, end: 5, role: 'source', item: 1 },
    { start: 6, end: 10, role: 'verb', item: 0 },
    { start: 8, end: 14, role: 'quote', item: -1 },
    { start: 15, end: 40, role: 'target', item: 2 }, // out of the text: ignored
  ]);
  assert.deepEqual(s.map((x) => [x.start, x.end, x.roles.join('+'), x.items.join(',')]), [
    [0, 5, 'source', '0,1'], [5, 6, '', ''], [6, 8, 'verb', '0'], [8, 10, 'verb+quote', '-1,0'], [10, 14, 'quote', '-1'], [14, 20, '', ''],
  ]);
});

test('dyad serve: --help, and usage errors for --private without a token and bad options', async () => {
  const saved = process.env.DYAD_TOKEN;
  delete process.env.DYAD_TOKEN;
  try {
    const help = await run(['serve', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: dyad serve/);
    const priv = await run(['serve', '--private', '--db', path.join(dir, 'server.sqlite')]);
    assert.equal(priv.code, 2);
    assert.match(priv.err, /--private needs a token/);
    assert.equal((await run(['serve', '--port', 'http'])).code, 2);
    const none = await run(['serve', '--db', path.join(dir, 'absent.sqlite'), '--port', '0']);
    assert.equal(none.code, 1);
    assert.match(none.err, /DYAD_ERR_NOT_FOUND/);
  } finally {
    if (saved !== undefined) process.env.DYAD_TOKEN = saved;
  }
});
