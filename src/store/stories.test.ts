// Watchlists over the store, on SQLite and PostgreSQL: what matches when saved is baseline, later matches are
// new and POSTed to the webhook (a node:http receiver on 127.0.0.1); loopback is refused unless private
// addresses are allowed, and a webhook that fails is recorded, retried, and never stops anything.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forEachStore } from './test-stores.ts';
import type { Store } from './types.ts';
import { storiesOf } from './stories.ts';
import { syntheticArticle } from './synthetic.ts';
import { InputError } from '../errors.ts';
import type { WatchlistInput } from '../schema/story.ts';

const analyst = { kind: 'cli' as const, id: 'test', name: 'analyst' };
const servers: Server[] = [];
after(() => servers.forEach((s) => s.close()));

async function receiver(status = 200): Promise<{ url: string; bodies: any[] }> {
  const bodies: any[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c)).on('end', () => {
      bodies.push(JSON.parse(body));
      res.statusCode = status;
      res.end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies };
}

async function storeWith(open: () => Promise<Store>, seeds: number[]) {
  const store = await open();
  for (const seed of seeds) {
    const { article, analysis } = syntheticArticle({ seed, events: 4, publisher: `Outlet ${seed}` });
    await store.save({ article, analysis, bandKeys: [], nearDuplicateOf: null, originalId: null });
  }
  return store;
}

const assaults = (webhook: string | null): WatchlistInput => ({ name: 'assaults', filter: { type: ['ASSAULT'] }, disagreements: true, webhook });

forEachStore('a loopback webhook is refused unless private addresses are allowed', async (open) => {
  const store = await storeWith(open, [1]);
  const index = storiesOf(store);
  await assert.rejects(index.createWatchlist(assaults('http://127.0.0.1:9/hook'), analyst), (e: Error) => e instanceof InputError && /private/.test(e.message));
  await assert.rejects(index.createWatchlist(assaults('http://localhost:9/hook'), analyst), InputError);
  index.allowPrivateWebhooks = true;
  assert.equal((await index.createWatchlist(assaults('http://127.0.0.1:9/hook'), analyst)).webhook, 'http://127.0.0.1:9/hook');
});

forEachStore('matches at saving are baseline; new matching events are listed and POSTed once as JSON', async (open) => {
  const store = await storeWith(open, [1, 2]);
  const index = storiesOf(store);
  index.allowPrivateWebhooks = true;
  const hook = await receiver();
  const list = await index.createWatchlist(assaults(hook.url), analyst);
  const baseline = (await index.listHits(list.id, { includeBaseline: true }, { limit: 100 })).items;
  assert.ok(baseline.length > 0 && baseline.every((h) => h.baseline && h.delivery === 'none'));
  assert.deepEqual((await index.listHits(list.id, {}, { limit: 100 })).items, []);

  // Months later, so these are new events rather than new mentions of old ones.
  let added = 0;
  for (let seed = 40; added < 2; seed++) {
    const { article, analysis } = syntheticArticle({ seed, events: 4, publishedAt: '2025-03-01', publisher: `Outlet ${seed}` });
    if (!analysis.events.some((e) => e.type === 'ASSAULT')) continue;
    await store.save({ article, analysis, bandKeys: [], nearDuplicateOf: null, originalId: null });
    added++;
  }
  const refreshed = await index.refresh();
  assert.ok(refreshed && refreshed.newHits > 0);
  await index.deliver();
  const fresh = (await index.listHits(list.id, {}, { limit: 100 })).items;
  assert.ok(fresh.length > 0 && fresh.every((h) => !h.baseline && h.delivery === 'delivered'));
  assert.equal(hook.bodies.length, 1);
  assert.equal(hook.bodies[0].watchlist.id, list.id);
  assert.deepEqual(hook.bodies[0].events.map((e: { type: string }) => e.type).filter((t: string) => t !== 'ASSAULT'), []);
  assert.equal(hook.bodies[0].events.length, fresh.filter((h) => h.kind === 'event').length);

  await index.deliver();
  assert.equal(hook.bodies.length, 1, 'delivered hits are not sent again');
});

forEachStore('a failing webhook is recorded and retried, never thrown; an unreachable one too', async (open) => {
  const store = await storeWith(open, [1]);
  const index = storiesOf(store);
  index.allowPrivateWebhooks = true;
  const refusing = await receiver(500);
  const list = await index.createWatchlist(assaults(refusing.url), analyst);
  const closed = await index.createWatchlist({ ...assaults('http://127.0.0.1:1/hook'), name: 'closed port' }, analyst);
  for (let seed = 70; ; seed++) {
    const { article, analysis } = syntheticArticle({ seed, events: 4, publishedAt: '2025-03-01', publisher: `Outlet ${seed}` });
    if (!analysis.events.some((e) => e.type === 'ASSAULT')) continue;
    await store.save({ article, analysis, bandKeys: [], nearDuplicateOf: null, originalId: null });
    break;
  }
  await index.refresh();
  const first = await index.deliver();
  assert.ok(first.failed > 0 && first.delivered === 0);
  const hits = (await index.listHits(list.id, {}, { limit: 100 })).items;
  assert.ok(hits.every((h) => h.delivery === 'pending' && h.deliveryError === 'HTTP 500'));
  assert.ok((await index.listHits(closed.id, {}, { limit: 100 })).items.every((h) => h.deliveryError !== null));
  await index.deliver();
  await index.deliver();
  assert.ok((await index.listHits(list.id, {}, { limit: 100 })).items.every((h) => h.delivery === 'failed'));
  assert.equal(refusing.bodies.length, 3);
});

forEachStore('a verbatim copy at another outlet is recorded once, and not for the same outlet', async (open) => {
  const store = await storeWith(open, [5]);
  const index = storiesOf(store);
  const id = (await store.listArticles({}, { limit: 1 })).items[0]!.id;
  const copy = { url: 'https://mirror.example/a', canonicalUrl: null, origin: { kind: 'url' as const, location: 'https://mirror.example/a', feed: null }, fetchedAt: '2024-06-28T00:00:00Z' };
  await store.recordCopy!(id, { ...copy, publisher: 'Mirror' });
  await store.recordCopy!(id, { ...copy, publisher: 'Mirror' });
  await store.recordCopy!(id, { ...copy, publisher: 'Outlet 5' });
  const story = (await index.listStories({ limit: 1 })).items[0]!;
  assert.deepEqual((await index.getStory(story.id))!.articles[0]!.copiedBy, ['Mirror']);
});
