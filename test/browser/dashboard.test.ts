// The dashboard in a real browser (Debian's chromium through playwright-core): `dyad serve` runs as a child
// process, the seed article (../shared/seed) and a few made-up ones go in through POST /api/articles, and the
// views are checked as a reader sees them. An article carrying <script> and <img onerror> must run nothing.
// Screenshots go to artifacts/ (git-ignored). Run with `npm run test:browser`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sharedDir } from '../shared/shared-dir.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = path.join(REPO, 'artifacts');
const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const TOKEN = 'browser-test-token-0123456789';
const SEED = path.join(sharedDir(), 'seed', 'liaison-office-2020-06-17.txt');

// Made-up weekly history between the Koreas, written for this test, so the dyad view has a trajectory and the
// week of the seed article stands out as an alert.
const HISTORY = [
  { id: 'h1', date: '2020-03-04', text: 'North Korea criticized South Korea over its joint military drills with the United States.' },
  { id: 'h2', date: '2020-03-18', text: 'South Korea offered food aid to North Korea.' },
  { id: 'h3', date: '2020-04-01', text: 'North Korea accused South Korea of hostile acts along the border.' },
  { id: 'h4', date: '2020-04-15', text: 'South Korean officials met North Korean officials in Panmunjom.' },
  { id: 'h5', date: '2020-04-29', text: "North Korea rejected South Korea's offer of talks." },
  { id: 'h6', date: '2020-05-13', text: 'South Korea urged North Korea to return to the negotiating table.' },
  { id: 'h7', date: '2020-05-27', text: 'North Korea criticized South Korea for failing to stop the leaflet campaigns.' },
  { id: 'h8', date: '2020-06-09', text: 'North Korea cut off all communication lines with South Korea.' },
  { id: 'h9', date: '2020-06-16', text: 'North Korean troops fired artillery at South Korean guard posts near the border.' },
  { id: 'h10', date: '2020-06-18', text: 'North Korea threatened to attack South Korea.' },
];

// Every field a page shows carries markup that would run if it were ever parsed as HTML.
const PROBE = {
  id: 'xss-probe',
  date: '2020-06-17',
  title: '<img src=x onerror="window.__xss=\'title\'">Probe',
  url: "javascript:window.__xss='url'",
  text: "North Korea accused South Korea <script>window.__xss = 'script'</script> of violating the deal.\n"
    + '<img src=x onerror="window.__xss = \'img\'; alert(\'img\')"> Pyongyang criticized Seoul over the leaflets.\n'
    + '"<b onmouseover=alert(1)>We</b> will respond," a North Korean official said <svg onload="window.__xss=\'svg\'"></svg>.',
};

let server: ChildProcess;
let base = '';
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
const work = mkdtempSync(path.join(tmpdir(), 'dyad-browser-'));

function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, DYAD_TOKEN: TOKEN };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'test', 'cli-child.ts'), 'serve', '--db', db, '--port', '0'],
    { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`dyad serve did not start in 30 s: ${err}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`dyad serve exited with ${code}: ${err}`)); });
  });
}

async function post(body: unknown, contentType = 'application/json'): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}/api/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function open(hash: string): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector('main .view', { timeout: 15_000 });
}

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set DYAD_CHROMIUM`);
  // The dashboard as `npm install` builds it, from the current source.
  const build = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'build-web.ts')], { cwd: REPO, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  mkdirSync(ARTIFACTS, { recursive: true });
  const s = await startServer(path.join(work, 'browser.sqlite'));
  server = s.child;
  base = s.url;

  const seed = await post({ id: 'liaison-office', date: '2020-06-17', title: 'North Korea blows up liaison office', text: readFileSync(SEED, 'utf8') });
  assert.equal(seed.status, 200, JSON.stringify(seed.json));
  const history = await post(HISTORY.map((a) => JSON.stringify(a)).join('\n'), 'application/x-ndjson');
  assert.equal(history.status, 200, JSON.stringify(history.json));
  const probe = await post(PROBE);
  assert.equal(probe.status, 200, JSON.stringify(probe.json));

  context = await chromium.launchPersistentContext(mkdtempSync(path.join(work, 'profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

after(async () => {
  await context?.close();
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

test('dyad view PRK-KOR: the events per week both ways, the alert week marked; a click on it lists its events', async () => {
  await open('#/dyad?a=PRK&b=KOR');
  await page.waitForSelector('.chart[data-dir="ab"] canvas');
  await page.waitForSelector('.chart[data-dir="ba"] canvas');
  const week = page.locator('table.periods tr[data-period="2020-06-15"]');
  const cells = await week.locator('td').allInnerTexts();
  assert.ok(Number(cells[1]) >= 3, `PRK->KOR events in the week of 2020-06-15: ${cells}`);
  assert.ok(Number(cells[2]) >= 1, `KOR->PRK events in the week of 2020-06-15: ${cells}`);
  assert.match(cells[4], /alert/, 'the week of the demolition is an alert');
  assert.ok(await page.locator('table.periods tr[data-period="2020-03-16"]').count(), 'earlier weeks are there too');

  // Click the bar of that week on the PRK -> KOR chart.
  const chart = page.locator('.chart[data-dir="ab"]');
  const x = JSON.parse((await chart.getAttribute('data-period-x'))!)['2020-06-15'] as number;
  const over = (await chart.locator('.u-over').boundingBox())!;
  await page.mouse.move(over.x + x, over.y + over.height - 5);
  await page.mouse.click(over.x + x, over.y + over.height - 5);
  await page.waitForSelector('.period-events table.events tbody tr[data-event]');
  const heading = await page.locator('.period-events h3').innerText();
  assert.match(heading, /week of 2020-06-15/);
  const sentences = await page.locator('.period-events td.sentence').allInnerTexts();
  assert.ok(sentences.some((s) => s.includes('Pyongyang accused Seoul')), `events of the week:\n${sentences.join('\n')}`);
  assert.ok(sentences.some((s) => s.includes('fired artillery')), 'the made-up history is there too');
  await shot('dashboard-dyad');
  // The README's picture: the top of this view (docs/img/dashboard.png is a reduced copy of it).
  await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), clip: { x: 0, y: 0, width: 1280, height: 1000 }, fullPage: true });
  assert.deepEqual(pageErrors, []);
});

test('article view: source, verb and target of each event marked in the text; quotes with speakers; dates with how found', async () => {
  await open('#/article/liaison-office');
  const text = page.locator('.article-text');
  const marked = async (role: string) => text.locator(`mark.hl.${role}`).allInnerTexts();
  assert.ok((await marked('source')).some((t) => t.includes('Pyongyang')), 'source Pyongyang');
  assert.ok((await marked('verb')).includes('accused'), 'verb accused');
  assert.ok((await marked('target')).includes('Seoul'), 'target Seoul');
  const rows = page.locator('table.article-events tbody tr[data-event]');
  const n = await rows.count();
  assert.ok(n >= 8, `events listed: ${n}`);
  assert.ok((await marked('verb')).length >= new Set(await page.locator('table.article-events tbody tr td:nth-child(4)').allInnerTexts()).size - 1);
  const dates = await page.locator('table.article-events tbody tr td:nth-child(2)').allInnerTexts();
  assert.ok(dates.some((d) => d.includes('2020-06-16') && d.includes('a day after')), `dates with how found:\n${dates.join('\n')}`);
  const quotes = await page.locator('ul.quotes li').allInnerTexts();
  assert.ok(quotes.some((q) => q.startsWith('KORGOV') || q.startsWith('PRKGOV')), `quotes with speakers:\n${quotes.join('\n')}`);

  // Picking the accusation in the list marks its three spans.
  const accusation = rows.filter({ hasText: 'accused' }).first();
  await accusation.click();
  const active = await text.locator('mark.active').allInnerTexts();
  assert.ok(active.includes('accused') && active.some((t) => t.includes('Pyongyang')) && active.includes('Seoul'), `marked: ${active}`);
  await shot('dashboard-article');
});

test('an article whose text carries <script> and <img onerror> runs nothing, in any view', async () => {
  await page.evaluate(() => { delete (window as { __xss?: unknown }).__xss; });
  for (const hash of ['#/article/xss-probe', '#/events?text=violating&sort=date', '#/search?q=leaflets', '#/dyad?a=PRK&b=KOR&pick=2020-06-15', '#/overview?from=2020-06-01&to=2020-06-30']) {
    await open(hash);
    await page.waitForTimeout(150);
    const flag = await page.evaluate(() => (window as { __xss?: unknown }).__xss);
    assert.equal(flag, undefined, `${hash}: a payload ran (${String(flag)})`);
  }
  assert.deepEqual(dialogs, [], 'no dialog opened');

  await open('#/article/xss-probe');
  const text = await page.locator('.article-text').textContent();
  assert.ok(text!.includes("<script>window.__xss = 'script'</script>"), 'the markup is shown as text');
  assert.ok(text!.includes('<img src=x onerror='));
  assert.equal(await page.locator('main img, main script, main svg, main iframe, main b[onmouseover]').count(), 0, 'no element was made from article text');
  assert.match(await page.locator('main h2').innerText(), /^<img src=x onerror=/, 'the title too is text');
  assert.equal(await page.locator('main a[href^="javascript:"]').count(), 0, 'a javascript: URL is not a link');
  assert.ok((await page.locator('.article-text mark.hl.verb').allInnerTexts()).includes('accused'), 'its events are still marked');
  await page.locator('.article-text mark').first().hover();
  assert.equal(await page.evaluate(() => (window as { __xss?: unknown }).__xss), undefined);
  assert.deepEqual(dialogs, []);
  await shot('dashboard-xss-probe');
});

test('event table: filters, sortable columns, pages; overview: top dyads, top actors, latest alerts', async () => {
  await open('#/events?dyad=PRK,KOR&sort=goldstein&order=asc');
  const g = (await page.locator('table.events tbody td:nth-child(6)').allInnerTexts()).map(Number);
  assert.ok(g.length >= 5);
  assert.deepEqual(g, [...g].sort((x, y) => x - y), 'sorted by Goldstein');
  await page.locator('th button[data-sort="date"]').click();
  await page.waitForFunction(() => location.hash.includes('sort=date'));
  await page.waitForSelector('main .view');
  assert.match(await page.locator('nav.pager span').first().innerText(), /^1–\d+ of \d+$/);
  await shot('dashboard-events');

  await open('#/overview?from=2020-03-01&to=2020-06-30');
  const dyads = await page.locator('table.top.dyads tbody tr').allInnerTexts();
  assert.match(dyads[0], /KOR – PRK/);
  const alerts = await page.locator('ul.alerts li').allInnerTexts();
  assert.ok(alerts.some((a) => a.includes('KOR – PRK') && a.includes('2020-06-15')), `alerts:\n${alerts.join('\n')}`);
  await shot('dashboard-overview');
  assert.deepEqual(pageErrors, []);
});
