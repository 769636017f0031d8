// Sources: text, HTML, JSONL, RSS/Atom (file and local HTTP), directories and stdin; the article date from
// metadata, dateline or --date with its origin; bad inputs named while the batch goes on; reruns add nothing;
// near-duplicates linked; progress on stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { run } from './helpers.js';
import { fixture, FIXTURES, tmp } from './store-helpers.js';
import { readDateline } from '../src/ingest/dateline.js';
import { publishedDate } from '../src/ingest/published-date.js';
import { xmlProblem } from '../src/ingest/xml-check.js';
import { kindOf } from '../src/ingest/detect.js';
import { Progress, summaryLine, zeroCounts } from '../src/cli/progress.js';

interface ArticleRow {
  id: string; url: string | null; title: string | null; byline: string | null; outlet: string | null; published: string | null;
  date_origin: string; date_basis: string | null; origin: string; text: string; duplicate_of: string | null; similarity: number | null; n_events: number;
}

function articles(db: string): ArticleRow[] {
  const d = new Database(db, { readonly: true });
  try { return d.prepare('SELECT * FROM articles ORDER BY rid').all() as ArticleRow[]; } finally { d.close(); }
}

const byOrigin = (rows: ArticleRow[], end: string) => {
  const r = rows.find((a) => a.origin.endsWith(end));
  assert.ok(r, `no article from ${end}: ${rows.map((a) => a.origin).join(', ')}`);
  return r;
};

test('a directory is read recursively: text, HTML, JSONL and feeds, each article with its date origin', async () => {
  const db = path.join(tmp(), 'dir.sqlite');
  const r = await run(['ingest', FIXTURES, '--db', db, '--date', '2020-06-20']);
  const rows = articles(db);

  const wire = byOrigin(rows, 'korea-wire.txt');
  assert.deepEqual([wire.published, wire.date_origin, wire.date_basis, wire.outlet], ['2020-06-17', 'dateline', "dateline 'SEOUL, June 17 (Reuters) -'", 'Reuters']);

  const page = byOrigin(rows, 'korea-daily.html');
  assert.deepEqual(
    [page.published, page.date_origin, page.date_basis, page.title, page.byline, page.outlet, page.url],
    ['2020-06-16', 'metadata', 'meta article:published_time', 'Pyongyang lashes out at Seoul', 'Jane Roe', 'The Morning Ledger', 'https://ledger.example/world/pyongyang-seoul'],
  );
  assert.match(page.text, /^North Korea accused South Korea/);
  for (const chrome of ['Subscribe', 'Home', 'Sport', 'tracking', 'By Jane Roe']) assert.ok(!page.text.includes(chrome), `boilerplate "${chrome}" kept`);
  assert.equal(page.text.split('\n').length, 3, 'one paragraph a line');

  const ld = byOrigin(rows, 'ldjson-page.html');
  // Metadata beats the dateline ("March 1") in the text.
  assert.deepEqual([ld.published, ld.date_basis, ld.title, ld.byline, ld.outlet], ['2021-03-02', 'JSON-LD datePublished', 'Turkey and Greece to resume talks', 'Sam Poe', 'Harbour Times']);
  assert.deepEqual([byOrigin(rows, 'time-page.html').published, byOrigin(rows, 'time-page.html').date_basis], ['2019-11-05', '<time datetime>']);

  const note = byOrigin(rows, path.join('nested', 'deeper', 'note.txt'));
  assert.deepEqual([note.published, note.date_origin, note.date_basis], ['2020-06-20', 'user', '--date']);

  const rss = byOrigin(rows, 'wire.rss#1');
  assert.deepEqual([rss.id, rss.url, rss.published, rss.date_basis, rss.byline, rss.outlet], ['wire-gaza-1', 'https://wire.example/gaza-strikes', '2020-06-16', 'RSS pubDate', 'Wire staff', 'Example World Wire']);
  assert.equal(rss.text, 'Israeli warplanes struck targets in Gaza, the military said.\nHamas fired rockets at Israel.', 'content:encoded over the short description');
  // The publisher's calendar date, not UTC's: 09:00 +0300 on the 15th.
  assert.equal(byOrigin(rows, 'wire.rss#2').published, '2020-06-15');
  assert.equal(byOrigin(rows, 'wire.rss#2').text, 'Russia condemned Ukraine for the sanctions, the foreign ministry said.');

  const atom = byOrigin(rows, 'wire.atom#1');
  assert.deepEqual([atom.url, atom.published, atom.date_basis, atom.byline, atom.outlet], ['https://atom.example/paris-berlin', '2020-06-12', 'Atom published', 'Ann Atom', 'Atom Desk']);

  const jsonl = byOrigin(rows, 'dump.jsonl:3');
  assert.deepEqual([jsonl.id, jsonl.published, jsonl.date_basis], ['dump-3', '2020-06-11', 'JSONL "date"']);
  assert.ok(byOrigin(rows, 'malformed.html').text.startsWith('Russia criticized Ukraine over the pipeline dispute'), 'malformed HTML still read');

  // Bad inputs are named, the rest is stored, and the exit status says something failed.
  assert.equal(r.code, 1);
  assert.match(r.err, /dump\.jsonl:2: no "text" string \(DYAD_ERR_BAD_RECORD\)/);
  assert.match(r.err, /no-text\.html: no readable text in the page \(DYAD_ERR_BAD_HTML\)/);
  assert.match(r.err, /broken-title\.html: no readable text in the page \(DYAD_ERR_BAD_HTML\)/);
  assert.match(r.err, /not-xml\.rss: not a feed: not well-formed XML \(begins with "\{"this"/);
  assert.match(r.err, /truncated\.xml: not a feed: not well-formed XML \(<title> is never closed, line 3\) \(DYAD_ERR_BAD_FEED\)/);
  assert.match(r.err, /wire\.rss#3: feed item "An item with nothing in it" has no text \(DYAD_ERR_EMPTY_INPUT\)/);
  assert.ok(!r.err.includes('image.png') && !r.err.includes('README'), 'other file types are left alone');
  assert.match(r.err, /dyad ingest: \d+ articles read: \d+ coded, 0 duplicate, 0 already stored, 6 failed; \d+ events \(\d+ new\); [\d.]+ s/);
  assert.equal(rows.length, 11);

  // Ingesting the same sources again adds nothing.
  const again = await run(['ingest', FIXTURES, '--db', db, '--date', '2020-06-20']);
  assert.match(again.err, /articles read: 0 coded, 0 duplicate, 11 already stored, 6 failed; 0 events/);
  assert.equal(articles(db).length, 11);
});

test('stdin is sniffed (an HTML page here), and a --date completes a dateline without a year', async () => {
  const db = path.join(tmp(), 'stdin.sqlite');
  const r = await run(['ingest', '-', '--db', db], readFileSync(fixture('korea-daily.html'), 'utf8'));
  assert.equal(r.code, 0, r.err);
  assert.equal(articles(db)[0].title, 'Pyongyang lashes out at Seoul');
  const r2 = await run(['ingest', '-', '--db', db, '--date', '2021-01-10'], 'BERLIN, Dec 30 (Wire) - France praised Germany for its leadership on climate.');
  assert.equal(r2.code, 0, r2.err);
  const a = articles(db)[1];
  assert.deepEqual([a.published, a.date_origin, a.outlet, a.origin], ['2020-12-30', 'dateline', 'Wire', '<stdin>']);
});

test('feeds and pages over HTTP (127.0.0.1), with an HTTP error named and the batch going on', async () => {
  const rss = readFileSync(fixture('wire.rss'));
  const server = createServer((req, res) => {
    if (req.url === '/feed') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(rss); return; }
    if (req.url === '/page') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(readFileSync(fixture('korea-daily.html'))); return; }
    res.writeHead(404, { 'content-type': 'text/plain' }); res.end('gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const db = path.join(tmp(), 'http.sqlite');
    const r = await run(['ingest', `${base}/feed`, `${base}/missing`, `${base}/page`, '--db', db]);
    assert.equal(r.code, 1);
    assert.match(r.err, /\/missing: HTTP 404 Not Found \(DYAD_ERR_FETCH\)/);
    const rows = articles(db);
    assert.deepEqual(rows.map((a) => a.origin), [`${base}/feed#1`, `${base}/feed#2`, `${base}/page`]);
    assert.equal(rows[2].published, '2020-06-16');
    const closed = await run(['ingest', 'http://127.0.0.1:1/feed', '--db', db]);
    assert.match(closed.err, /127\.0\.0\.1:1\/feed: cannot fetch .*\(DYAD_ERR_FETCH\)/);
  } finally {
    server.close();
  }
});

test('a near-duplicate (a wire copy with small edits) is linked to its original and not coded again', async () => {
  const dir = tmp();
  const db = path.join(dir, 'dup.sqlite');
  const story = [
    'North Korea accused South Korea of violating the military agreement on Tuesday, and said it would close the liaison office',
    'in the border town of Kaesong. The statement, carried by the official news agency, blamed activists who sent leaflets across',
    'the frontier by balloon. Officials in Seoul said the government urged calm and asked Pyongyang to return to talks. China called',
    'for restraint on both sides, and the United Nations said it was following the situation closely. Analysts said the',
    'dispute had been growing for weeks and that further steps could follow.',
  ].join(' ');
  const copy = story.replace('on Tuesday', 'late on Tuesday').replace('closely', 'very closely').replace('Analysts said', 'Several analysts said');
  const other = 'Turkey and Greece agreed to resume talks on their maritime dispute, the two foreign ministries said in a joint statement issued on Monday after a meeting of senior diplomats in Ankara. Both sides called the talks constructive.';
  const lines = [
    { id: 'orig', text: story, date: '2020-06-16', url: 'https://one.example/a' },
    { id: 'copy', text: copy, date: '2020-06-16', url: 'https://two.example/b' },
    { id: 'other', text: other, date: '2020-06-16' },
  ].map((x) => JSON.stringify(x)).join('\n');
  const r = await run(['ingest', '-', '--db', db], lines);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /3 articles read: 2 coded, 1 duplicate/);
  const rows = articles(db);
  const c = rows.find((a) => a.id === 'copy')!;
  assert.equal(c.duplicate_of, 'orig');
  assert.ok(c.similarity! >= 0.8 && c.similarity! < 1, String(c.similarity));
  assert.equal(c.n_events, 0, 'the copy adds no events');
  assert.equal(rows.find((a) => a.id === 'other')!.duplicate_of, null);
  // A stricter threshold keeps the copy as an article of its own.
  const strict = await run(['ingest', '-', '--db', path.join(dir, 'strict.sqlite'), '--similarity', '0.99'], lines);
  assert.match(strict.err, /3 articles read: 3 coded, 0 duplicate/);
});

test('the same id with different text is kept apart; identical text under another id is already stored', async () => {
  const db = path.join(tmp(), 'ids.sqlite');
  await run(['ingest', '-', '--db', db], JSON.stringify({ id: 'same', text: 'Iran threatened Israel with retaliation.', date: '2020-06-10' }));
  const r = await run(['ingest', '-', '--db', db], [
    JSON.stringify({ id: 'same', text: 'Russia condemned Ukraine for the sanctions.', date: '2020-06-10' }),
    JSON.stringify({ id: 'other-id', text: 'Iran threatened  Israel with retaliation.', date: '2020-06-10' }),
  ].join('\n'));
  assert.match(r.err, /2 articles read: 1 coded, 0 duplicate, 1 already stored/);
  assert.deepEqual(articles(db).map((a) => a.id.replace(/~[0-9a-f]{8}$/, '~HASH')), ['same', 'same~HASH']);
});

test('progress: a summary line when stderr is not a terminal, a bar with rate and ETA when asked for', async () => {
  const db = path.join(tmp(), 'progress.sqlite');
  const bar = await run(['ingest', fixture('dump.jsonl'), '--db', db, '--progress', 'bar']);
  assert.match(bar.err, /\r\x1b\[K/);
  assert.match(bar.err, /dyad ingest: 3 articles read: 2 coded, 0 duplicate, 0 already stored, 1 failed; \d+ events/);
  const p = new Progress(() => {}, 'bar', 1000);
  const c = { ...zeroCounts(), read: 50, mentions: 70 };
  assert.equal(p.bar(c, 250, 10), ' 25% [######------------------] 50 articles, 5.0/s, 70 events, 0 failed, ETA 0:30');
  assert.equal(new Progress(() => {}, 'bar', null).bar(c, 0, 10), '50 articles, 5.0/s, 70 events, 0 failed, 0:10');
  assert.equal(summaryLine({ ...c, coded: 40, duplicate: 5, already: 3, failed: 2, newEvents: 60 }, 12.34),
    'dyad ingest: 50 articles read: 40 coded, 5 duplicate, 3 already stored, 2 failed; 70 events (60 new); 12.3 s');
  const quiet = await run(['ingest', fixture('dump.jsonl'), '--db', db, '--progress', 'none']);
  assert.equal(quiet.err, '');
  assert.equal(quiet.code, 1);
});

test('datelines, publication dates, XML well-formedness and source kinds', () => {
  assert.deepEqual(readDateline('SEOUL, June 17 (Reuters) - North Korea ...', '2020-06-20'), { text: 'SEOUL, June 17 (Reuters) -', date: '2020-06-17', outlet: 'Reuters' });
  assert.equal(readDateline('WASHINGTON, Dec 31 - ...', '2021-01-02')?.date, '2020-12-31', 'no future dates: last year');
  assert.equal(readDateline('NEW YORK, March 3, 1987 (AP) — Stocks ...', null)?.date, '1987-03-03');
  assert.equal(readDateline('North Korea accused South Korea - again.', null), null);
  assert.equal(publishedDate('2020-06-17T08:30:00+09:00'), '2020-06-17');
  assert.equal(publishedDate('Wed, 17 Jun 2020 23:30:00 -0500'), '2020-06-17');
  assert.equal(publishedDate('2020-02-30'), null);
  assert.equal(publishedDate('soon'), null);
  assert.equal(xmlProblem('<rss><channel><title>A &amp; B</title><![CDATA[<p>x</p>]]></channel></rss>'), null);
  assert.match(xmlProblem('<rss><channel></rss>')!.message, /does not match/);
  assert.match(xmlProblem('<rss>A & B</rss>')!.message, /bare "&"/);
  assert.match(xmlProblem('<a/><b/>')!.message, /more than one root/);
  assert.equal(kindOf('', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(kindOf('', '<!DOCTYPE html><html>'), 'html');
  assert.equal(kindOf('', '{"id": 1, "text": "x"}'), 'jsonl');
  assert.equal(kindOf('', 'SEOUL, June 17 - text'), 'text');
  assert.equal(kindOf('.php', '', 'application/atom+xml; charset=utf-8'), 'feed');
});
