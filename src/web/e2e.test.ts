// The dashboard end to end: real Chromium against a real `sumber serve` with the sample article ingested.
// Each view's screenshot goes to test-artifacts/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { EventRecord } from '../store/records.ts';
import { apiCall, artifactPath, browserSkip, signInCookie, buildDashboard, launchBrowser, ROOT, startServer, type Server } from './e2e/harness.ts';

const skip = browserSkip();
const ADMIN = { name: 'root', password: 'admin-password-1', role: 'admin' };
const ANALYST = { name: 'ana', password: 'analyst-password-1', role: 'analyst' };
const VIEWER = { name: 'vic', password: 'viewer-password-1', role: 'viewer' };
const SAMPLE = readFileSync(join(ROOT, 'samples/north-korea-troops-id.txt'), 'utf8');
const OTHER = readFileSync(join(ROOT, 'samples/north-korea-troops-en.txt'), 'utf8');
// The original both samples name ("Lihat berita aslinya : …", "Read the original: …"), stored first so they link to
// it. Its text has no events, so the counts the other tests check are the sample's alone.
const ORIGINAL_TITLE = 'North Korea Begins Sending Troops to Assist Russian Military Campaign in Ukraine';
const ORIGINAL = [
  'This is the English report that both of the sample articles name as the one they were taken from.',
  'Its full text is not part of this test: only its title matters here, because the samples find it by that title.',
  'The paragraphs are plain sentences about the page itself, so that nothing in them reads as an event.',
].join('\n\n');

describe('dashboard', { skip, timeout: 240_000 }, () => {
  let server: Server;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let sampleId: string;
  let originalId: string;
  let events: EventRecord[];
  const shot = (name: string) => page.screenshot({ path: artifactPath(`${name}.png`), fullPage: false });

  before(async () => {
    buildDashboard();
    server = await startServer();
    // A fresh install lets loopback act as admin until the first user exists.
    const original = await apiCall<{ stored: { id: string }[] }>(server.base, 'POST', '/api/articles', { text: ORIGINAL, title: ORIGINAL_TITLE, publishedAt: '2024-06-27' });
    originalId = original.stored[0]!.id;
    const ingested = await apiCall<{ stored: { id: string }[] }>(server.base, 'POST', '/api/articles', { text: SAMPLE, publishedAt: '2024-06-28' });
    sampleId = ingested.stored[0]!.id;
    events = (await apiCall<{ items: EventRecord[] }>(server.base, 'GET', `/api/events?article=${sampleId}&limit=500`)).items;
    // The first user is an admin; it then adds the others (loopback is no longer admin once a user exists).
    await apiCall(server.base, 'POST', '/api/users', ADMIN);
    const cookie = await signInCookie(server.base, ADMIN);
    for (const u of [ANALYST, VIEWER]) await apiCall(server.base, 'POST', '/api/users', u, cookie);
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(user: { name: string; password: string }) {
    await page.goto(`${server.base}/#/signin`);
    await page.fill('input[name=name]', user.name);
    await page.fill('input[name=password]', user.password);
    await page.click('form.signin button[type=submit]');
    await page.waitForSelector(`.session .who:has-text("${user.name}")`);
  }

  test('the sample was ingested with events to look at', () => {
    assert.ok(events.length > 0, 'the analysed sample has no events');
  });

  test('an analyst signs in', async () => {
    await page.goto(`${server.base}/`);
    await page.waitForSelector('form.signin');
    await shot('signin');
    await signIn(ANALYST);
    assert.ok(await page.isVisible('nav.top a[href="#/review"]'));
  });

  test('the sample article opens; clicking an event shows its fields, and a field its evidence', async () => {
    await page.goto(`${server.base}/#/`);
    await page.click(`a[href="#/article/${sampleId}"]`);
    await page.waitForSelector('.article-text mark.k-event');
    const trigger = page.locator('.article-text mark.k-event[tabindex="0"]').first();
    const eventId = await trigger.getAttribute('data-event');
    await trigger.click();
    const panel = page.locator('aside.panel');
    await panel.locator('h3').first().waitFor();
    const ev = events.find((e) => e.eventId === eventId)!;
    assert.match(await panel.innerText(), new RegExp(ev.type));
    assert.match(await panel.innerText(), /Source chain/);
    // the field with evidence furthest from the trigger, so focusing it has to move the highlight
    const field = panel.locator('.evidence-link').last();
    const wanted = (await field.getAttribute('title'))!.replace(/^Show evidence: /, '');
    await field.click();
    const focus = page.locator('.article-text mark#focus');
    await focus.waitFor();
    const focused = (await page.locator('.article-text mark.focus').allInnerTexts()).join('');
    assert.equal(focused, wanted);
    assert.ok(await focus.isVisible());
    const box = await focus.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 860, 'the evidence was scrolled into view');
    await shot('article');
    // by keyboard: back to the list, then Enter on another event's trigger opens that event
    await panel.locator('button:has-text("all facts")').press('Enter');
    await panel.locator('nav.fact-list').waitFor();
    const other = page.locator('.article-text mark.k-event[tabindex="0"]').nth(1);
    const otherId = await other.getAttribute('data-event');
    await other.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash.includes(`fact=event%3A${id}`) || location.hash.includes(`fact=event:${id}`), otherId);
    // an analyst can decide on the event right there
    await panel.locator('.review-card button.accept').waitFor();
  });

  test('the events table filters and each row opens its evidence', async () => {
    await page.goto(`${server.base}/#/events`);
    await page.waitForSelector('tr.event-row');
    const all = await page.locator('tr.event-row').count();
    assert.equal(all, events.length);
    const type = events[0]!.type;
    await page.selectOption('form.filters select[name=type]', type);
    await page.click('form.filters button[type=submit]');
    const expected = events.filter((e) => e.type === type).length;
    // the filtered table replaces the full one once the API answers
    await page.waitForFunction(
      ([n, t]) => {
        const cells = Array.from(document.querySelectorAll('tr.event-row td[data-key=type]'), (c) => c.textContent!.trim().split(/\s+/)[0]);
        return location.hash.includes('type=') && cells.length === n && cells.every((c) => c === t);
      },
      [expected, type] as const,
    );
    if (expected < all) assert.ok(await page.isVisible(`text=${expected} event`));
    await page.locator('tr.event-row').first().press('Enter');
    await page.waitForSelector('tr.evidence-row blockquote.evidence mark.focus');
    await shot('events');
  });

  test('the timeline, map and network draw the sample\'s counted events', async () => {
    const counted = events.filter((e) => e.polarity === 'asserted' && !e.hypothetical);
    await page.goto(`${server.base}/#/timeline`);
    await page.waitForSelector('svg.bars');
    const drawnTypes = new Set(await page.locator('svg.bars rect[data-type]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-type'))));
    assert.deepEqual([...drawnTypes].sort(), [...new Set(counted.map((e) => e.type))].sort());
    await shot('timeline');
    // a bar lists its events under the chart, with the sentence behind each
    const bar = page.locator('svg.bars g.mark').first();
    await bar.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.selected-events li[data-event] blockquote.evidence');

    await page.goto(`${server.base}/#/map`);
    await page.waitForSelector('svg.map');
    assert.ok((await page.locator('svg.map path.country').count()) > 100, 'country outlines drawn');
    const counts = await page.locator('svg.map .point[data-count]').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-count'))));
    const unplaced = Number(await page.locator('[data-unplaced]').getAttribute('data-unplaced'));
    assert.equal(counts.reduce((a, b) => a + b, 0) + unplaced, counted.length);
    await shot('map');

    await page.goto(`${server.base}/#/network`);
    await page.waitForSelector('svg.network');
    if (counted.some((e) => e.actors.length && e.recipients.length)) {
      assert.ok((await page.locator('svg.network path.edge').count()) > 0, 'edges drawn');
      assert.ok((await page.locator('svg.network .node').count()) >= 2, 'nodes drawn');
    }
    await shot('network');
  });

  test('an analyst accepts one event and corrects another; the decisions show', async () => {
    await page.goto(`${server.base}/#/review`);
    const first = page.locator('article.review-card').first();
    await first.waitFor();
    await first.locator('button.accept').click();
    await first.locator('.badge.review-accepted').waitFor();
    if (events.length > 1) {
      const second = page.locator('article.review-card').nth(1);
      const type = events.find((e) => e.type !== 'CONSULT') ? 'CONSULT' : 'AID';
      await second.locator('button.correct').click();
      await second.locator('form.correct-form select[name=type]').selectOption(type);
      await second.locator('form.correct-form input[name=note]').fill('checked against the source');
      await second.locator('form.correct-form button[type=submit]').click();
      await second.locator('.badge.review-corrected').waitFor();
      assert.match(await second.innerText(), /machine: /);
    }
    await shot('review');
    await page.reload();
    await page.waitForSelector('p.count');
    assert.equal(await page.locator('article.review-card').count(), Math.max(0, events.length - 2));
  });

  test('the contradictions and stories views load', async () => {
    await page.goto(`${server.base}/#/contradictions`);
    await page.waitForSelector('section h1:has-text("Contradictions")');
    await shot('contradictions');
    await page.goto(`${server.base}/#/stories`);
    await page.waitForSelector('section h1:has-text("Stories")');
    await shot('stories');
  });

  test('an analyst ingests a pasted article and it opens when analysed', async () => {
    await page.goto(`${server.base}/#/ingest`);
    await page.fill('textarea[name=text]', OTHER);
    await page.fill('input[name=title]', 'Pasted: North Korea troops');
    await page.fill('input[name=publishedAt]', '2024-06-28');
    await shot('ingest');
    await page.click('form.ingest button[type=submit]');
    await page.waitForFunction((id) => location.hash.startsWith('#/article/') && !location.hash.includes(id), sampleId, { timeout: 30_000 });
    await page.waitForSelector('article.article-view h1:has-text("Pasted: North Korea troops")');
    await shot('ingested-article');
  });

  test("the original's provenance bar links to its translation and its republication", async () => {
    const pastedId = decodeURIComponent(new URL(page.url()).hash.replace('#/article/', '').split('?')[0]!);
    await page.goto(`${server.base}/#/article/${originalId}`);
    const bar = page.locator('section.provenance');
    await bar.locator('.backlinks').first().waitFor();
    assert.equal(await bar.locator(`.backlinks[data-relation=translation] a[href="#/article/${sampleId}"]`).count(), 1);
    assert.equal(await bar.locator(`.backlinks[data-relation=republication] a[href="#/article/${pastedId}"]`).count(), 1);
    await shot('original-backlinks');
  });

  test('an analyst ingests a chosen file and it opens when analysed', async () => {
    await page.goto(`${server.base}/#/ingest`);
    const text = [
      'Harvest report from the valley',
      'Farmers in the northern valley finished the wheat harvest this week, a little earlier than last year.',
      'The cooperative said the yield was good and that prices at the local market had stayed steady through the season.',
      'Volunteers from the village school helped to bring in the last fields before the autumn rain arrived on Friday.',
      'The next market day is planned for the first Saturday of the month.',
    ].join('\n\n');
    await page.setInputFiles('.dropzone input[type=file]', { name: 'harvest.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.waitForSelector('article.article-view h1:has-text("Harvest report from the valley")', { timeout: 30_000 });
  });

  test('a viewer is not offered review or ingest', async () => {
    await page.click('nav.top .session button');
    await page.waitForSelector('nav.top a[href="#/signin"]');
    await signIn(VIEWER);
    assert.equal(await page.locator('nav.top a[href="#/review"]').count(), 0);
    assert.equal(await page.locator('nav.top a[href="#/ingest"]').count(), 0);
    await page.goto(`${server.base}/#/events`);
    await page.locator('tr.event-row').first().click();
    await page.waitForSelector('tr.evidence-row blockquote.evidence');
    assert.equal(await page.locator('button.accept, button.reject, button.correct').count(), 0);
    await page.goto(`${server.base}/#/article/${sampleId}?event=${events[0]!.eventId}`);
    await page.locator('aside.panel h4:has-text("Review")').waitFor();
    assert.equal(await page.locator('button.accept, button.reject, button.correct').count(), 0);
    await shot('viewer-article');
    await page.goto(`${server.base}/#/review`);
    await page.waitForSelector('main p.empty:has-text("analyst")');
    assert.equal(await page.locator('article.review-card').count(), 0);
    await shot('viewer-review-refused');
  });

  test('script URLs through every URL path are refused or dropped; one already in a store is never a link and never runs', async () => {
    const XSS = "javascript:alert('xss')";
    const cookie = await signInCookie(server.base, ADMIN);
    const body = (topic: string) =>
      Array.from({ length: 8 }, (_, i) => `The ${topic} committee met for session ${i + 1} and discussed the harvest, the roads to the market, the price of rice and the repairs to the school roof in the valley.`).join('\n\n');
    const refused = await fetch(`${server.base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ text: body('api'), url: XSS }) });
    assert.equal(refused.status, 400);
    assert.equal((await refused.json()).parameter, 'url');
    const html = `<html><head><title>Tagged page</title><link rel="canonical" href="${XSS}"><meta name="syndication-source" content="${XSS}"></head><body><article><h1>Tagged page</h1>${body('tagged')
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const tagged = await apiCall<{ stored: { id: string }[] }>(server.base, 'POST', '/api/articles', { html, url: 'https://paper.example/tagged' }, cookie);

    const dir = mkdtempSync(join(tmpdir(), 'sumber-xss-'));
    try {
      writeFileSync(join(dir, 'lines.jsonl'), JSON.stringify({ url: XSS, title: 'JSONL line', text: body('jsonl') }) + '\n');
      const item = `<p>${body('feed').split('\n\n').join('</p><p>')}</p>`;
      writeFileSync(join(dir, 'feed.rss'), `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title><item><title>Feed item</title><link>${XSS}</link><content:encoded><![CDATA[${item}]]></content:encoded></item></channel></rss>`);
      const cli = spawnSync(process.execPath, [join(ROOT, 'bin/sumber.mjs'), 'ingest', join(dir, 'lines.jsonl'), join(dir, 'feed.rss')], {
        env: { ...process.env, SUMBER_HOME: server.home },
        encoding: 'utf8',
        timeout: 120_000,
      });
      assert.equal(cli.status, 2, cli.stderr);
      assert.match(cli.stderr, /lines\.jsonl:1: url: an absolute http\(s\) URL/);
      assert.match(cli.stderr, /is not an http\(s\) URL; dropped/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const listed = (await apiCall<{ items: { id: string; title: string | null }[] }>(server.base, 'GET', '/api/articles?limit=100', undefined, cookie)).items;
    const feedId = listed.find((a) => a.title === 'Feed item')!.id;
    assert.equal(listed.some((a) => a.title === 'JSONL line'), false);
    for (const id of [tagged.stored[0]!.id, feedId]) {
      const detail = await apiCall<object>(server.base, 'GET', `/api/articles/${id}`, undefined, cookie);
      assert.equal(JSON.stringify(detail).includes('javascript:'), false, id);
    }

    // A store written before these checks may hold such URLs: the dashboard must still draw no link.
    const db = new Database(join(server.home, 'sumber.db'));
    try {
      db.pragma('busy_timeout = 5000');
      const link = JSON.stringify({ relation: 'republication', url: XSS, title: 'the original', evidence: 'syndication-source meta tag' });
      db.prepare("UPDATE articles SET url = ?, article_json = json_set(article_json, '$.url', ?, '$.originalOf', json(?)) WHERE id = ?").run(XSS, XSS, link, feedId);
      db.prepare(
        "UPDATE articles SET original_id = NULL, analysis_json = json_set(analysis_json, '$.provenance.relation', 'republication', '$.provenance.original', json(?)) WHERE id = ?",
      ).run(JSON.stringify({ url: XSS, title: 'planted original', evidence: null }), tagged.stored[0]!.id);
    } finally {
      db.close();
    }
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const refusedByPolicy: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refusedByPolicy.push(m.text());
    });
    for (const [id, label] of [[feedId, 'the original'], [tagged.stored[0]!.id, 'planted original']] as const) {
      await page.goto(`${server.base}/#/article/${id}`);
      await page.waitForSelector('section.provenance');
      assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, id);
      const shown = page.locator(`section.provenance span.unlinked:has-text("${label}")`);
      assert.equal(await shown.count(), 1, `${label} is shown as text`);
      await shown.click();
      if (id === feedId) await page.locator('section.provenance span.unlinked:has-text("source page")').click();
    }
    assert.equal(dialogs, 0, 'no script ran');
    assert.deepEqual(refusedByPolicy, [], 'the dashboard itself needs nothing the policy refuses');
    await shot('xss-unlinked');
  });
});
