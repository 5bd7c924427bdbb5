// The dashboard on a real corpus, in real Chromium: a store of 2,000+ articles built by `npm run demo:store`
// (or the one SUMBER_DEMO_DB names, copied), every view at 1440 and 390 px into test-artifacts/, every count shown
// checked against the API's count for the same filter, and no raw entity id or full URL used as a label.
// Time to first render of the events page and the network is measured and reported, never asserted.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { EventCount } from '../store/records.ts';
import { apiCall, artifactPath, browserSkip, buildDashboard, launchBrowser, ROOT, startServer, type Server } from './e2e/harness.ts';

const MIN_ARTICLES = 2000;
const BUILD_TIMEOUT_MS = 15 * 60_000;
const WIDTHS = [1440, 390];
/** An entity id or a whole URL where a person reads a name. */
const RAW_LABEL = /\b(geonames|person|org|actor|country):[A-Za-z0-9-]+|https?:\/\/\S+/;

/** The demo store: a copy of SUMBER_DEMO_DB (a store built before), else built here from the corpus. */
async function demoHome(): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'sumber-corpus-'));
  const given = process.env.SUMBER_DEMO_DB;
  if (given && existsSync(given)) {
    // SQLite's backup: a consistent copy even while another process has the store open
    const source = new Database(given, { readonly: true });
    try {
      await source.backup(join(home, 'sumber.db'));
    } finally {
      source.close();
    }
    return home;
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/demo-store.ts'), '--db', join(home, 'sumber.db')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    env: { ...process.env, SUMBER_FROM_SOURCE: '1' },
  });
  if (r.status !== 0) throw new Error(`npm run demo:store failed (${r.status ?? r.signal}):\n${r.stderr.slice(-3000)}`);
  return home;
}

describe('dashboard on a corpus of 2,000+ articles', { skip: browserSkip(), timeout: BUILD_TIMEOUT_MS + 10 * 60_000 }, () => {
  let server: Server;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const count = (query = '') => apiCall<EventCount>(server.base, 'GET', `/api/events/count${query}`);

  /** Opens a route and waits for its view to finish loading; returns the milliseconds that took. */
  async function open(route: string): Promise<number> {
    const start = Date.now();
    await page.goto(`${server.base}/#/${route}`);
    await page.waitForFunction(() => !document.getElementById('main')!.hasAttribute('aria-busy') && !!document.querySelector('main h1'), null, { timeout: 60_000 });
    return Date.now() - start;
  }
  const shot = (name: string, width: number) => page.screenshot({ path: artifactPath(`corpus-${name}-${width}.png`), fullPage: false });
  const shown = async (selector: string) => Number(await page.locator(selector).first().getAttribute('data-total'));

  before(async () => {
    const home = await demoHome();
    buildDashboard();
    server = await startServer(home);
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test(`the store holds at least ${MIN_ARTICLES} articles`, () => {
    const db = new Database(join(server.home, 'sumber.db'), { readonly: true });
    try {
      const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
      assert.ok(n >= MIN_ARTICLES, `${n} articles`);
    } finally {
      db.close();
    }
  });

  test('the events table shows 50 of all, says so, pages on, and its counts are the API\'s', async (t) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const ms = await open('events');
    t.diagnostic(`events page: first render ${ms} ms`);
    console.log(`# time to first render, events page: ${ms} ms`);
    const all = await count();
    assert.equal(await shown('p.count[data-total]'), all.total);
    assert.equal(await page.locator('tr.event-row').count(), 50);
    assert.match(await page.locator('p.count').first().innerText(), new RegExp(`Showing 50 of ${all.total.toLocaleString('en')} events`));
    await page.locator('button.more').click();
    await page.waitForFunction(() => document.querySelectorAll('tr.event-row').length === 100);
    // negated events: their own filter, their own look, and the API's count
    await open('events?polarity=negated');
    const negated = await count('?polarity=negated');
    assert.ok(negated.total > 0, 'the corpus has negated events');
    assert.equal(await shown('p.count[data-total]'), negated.total);
    assert.equal(await page.locator('tr.event-row.modality-negated').count(), Math.min(50, negated.total));
    assert.ok(all.counted <= all.total - negated.total, 'negated events are not counted in charts unless asked for');
    // lowest confidence first
    await open('events?sort=confidence');
    const conf = (await page.locator('tr.event-row td[data-key=confidence]').allInnerTexts()).map(Number);
    assert.deepEqual(conf, [...conf].sort((a, b) => a - b));
  });

  test('the timeline draws every counted event: drawn plus left off the axis equals the API\'s count', async () => {
    await open('timeline');
    const all = await count();
    const drawn = await page.locator('svg.bars rect[data-count]').evaluateAll((rs) => rs.reduce((n, r) => n + Number(r.getAttribute('data-count')), 0));
    const leftOff = Number((await page.locator('[data-left-off]').getAttribute('data-left-off').catch(() => '0')) ?? 0);
    assert.equal(drawn + leftOff, all.counted);
    // dragging across the chart selects a period and lists its events
    const box = (await page.locator('svg.bars').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.98, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForSelector('.selected-events p.count[data-total]');
  });

  test('the map draws every counted event at its place or country, or says it cannot', async () => {
    await open('map');
    const all = await count();
    const drawn = await page.locator('svg.map .point[data-count]').evaluateAll((cs) => cs.reduce((n, c) => n + Number(c.getAttribute('data-count')), 0));
    const unplaced = Number(await page.locator('[data-unplaced]').getAttribute('data-unplaced'));
    assert.equal(drawn + unplaced, all.counted);
    await page.locator('button[aria-label="Zoom in"]').click();
    await page.locator('svg.map .mark').first().press('Enter');
    await page.waitForSelector('.map-detail h3');
  });

  test('the network draws the top actors by name and says how many of how many', async (t) => {
    const ms = await open('network');
    t.diagnostic(`network: first render ${ms} ms`);
    console.log(`# time to first render, network: ${ms} ms`);
    const info = page.locator('[data-actors]');
    assert.equal(Number(await info.getAttribute('data-actors')), 20);
    assert.ok(Number(await info.getAttribute('data-actor-total')) > 20);
    const labels = await page.locator('svg.network .node-label').allTextContents();
    assert.ok(labels.length > 0 && labels.length <= 20);
    for (const l of labels) assert.doesNotMatch(l, RAW_LABEL);
    await page.locator('svg.network .mark').last().press('Enter');
    await page.waitForSelector('.map-detail li[data-event]');
  });

  test('the review queue pages by 50, lowest confidence first, with a live count', async () => {
    await open('review');
    const queue = await count('?review=unreviewed');
    assert.equal(await shown('p.count[data-total]'), queue.total);
    assert.equal(await page.locator('article.review-card').count(), Math.min(50, queue.total));
    const first = page.locator('article.review-card').first();
    await first.focus();
    await page.keyboard.press('a');
    await first.locator('.badge.review-accepted').waitFor();
    await page.waitForFunction((n) => Number(document.querySelector('p.count[data-total]')?.getAttribute('data-total')) === n, queue.total - 1);
    assert.equal((await count('?review=unreviewed')).total, queue.total - 1);
  });

  test('every view at 1440 and 390 px: screenshots, and no raw id or URL as a label', async () => {
    const article = (await apiCall<{ items: { id: string }[] }>(server.base, 'GET', '/api/articles?limit=1')).items[0]!.id;
    const views = ['', 'events', 'timeline', 'map', 'network', 'review', 'merged', 'stories', 'contradictions', `article/${article}`];
    const readable = ['events', 'timeline', 'map', 'network', 'review', 'merged', 'contradictions'];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      for (const v of views) {
        await open(v);
        await shot(v.split('/')[0] || 'articles', width);
        if (readable.includes(v)) {
          // labels only: the quoted sentences are the sources' own words
          const text = await page.evaluate(() => {
            const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
            main.querySelectorAll('blockquote, .evidence, .article-text, form').forEach((e) => e.remove());
            return main.textContent ?? '';
          });
          const raw = RAW_LABEL.exec(text);
          assert.equal(raw, null, `${v} at ${width}px shows ${raw?.[0]}`);
        }
      }
    }
  });
});
