// Calls for the role and bad-input tables (roles.test.ts, params.test.ts) on the stories routes. Over the test
// fixture: two synthetic articles whose one shared ASSAULT is a merged event of two mentions.
import type { Fixture } from '../test-fixture.ts';
import { storiesOf } from '../../store/stories.ts';
import type { WatchlistInput } from '../../schema/story.ts';

const enc = encodeURIComponent;
const analyst = { kind: 'cli' as const, id: 'test', name: 'test' };
const WATCH: WatchlistInput = { name: 'assaults', filter: { type: ['ASSAULT'] }, disagreements: true, webhook: null };

/** The merged event with more than one mention (splits of earlier calls withdrawn), and its second mention. */
async function merged(f: Fixture): Promise<{ id: string; mention: string }> {
  const index = storiesOf(f.store);
  for (const e of (await index.listMergedEvents({}, { limit: 100 })).items) {
    for (const s of (await index.getMergedEvent(e.id))!.splits) await index.unsplit(s.mentionKey, analyst);
  }
  const e = (await index.listMergedEvents({}, { limit: 100 })).items.find((x) => x.mentions.length > 1);
  if (!e) throw new Error('the fixture has no merged event of two mentions');
  return { id: e.id, mention: e.mentions[1]!.key };
}
const story = async (f: Fixture) => (await storiesOf(f.store).listStories({ limit: 1 })).items[0]!.id;
const watchlist = async (f: Fixture) => (await storiesOf(f.store).listWatchlists())[0]?.id ?? (await storiesOf(f.store).createWatchlist(WATCH, analyst)).id;

type Call = { url: string; payload?: unknown };
export const storyRoleCases: Record<string, (f: Fixture) => Call | Promise<Call>> = {
  'GET /api/stories': () => ({ url: '/api/stories' }),
  'GET /api/stories/:id': async (f) => ({ url: `/api/stories/${await story(f)}` }),
  'GET /api/merged-events': () => ({ url: '/api/merged-events?type=ASSAULT&actor=RUS,UKR&limit=5' }),
  'GET /api/merged-events/:id': async (f) => ({ url: `/api/merged-events/${(await merged(f)).id}` }),
  'POST /api/merged-events/:id/split': async (f) => {
    const m = await merged(f);
    return { url: `/api/merged-events/${m.id}/split`, payload: { mention: m.mention, note: 'two attacks' } };
  },
  'DELETE /api/merged-events/splits/:key': async (f) => {
    const m = await merged(f);
    await storiesOf(f.store).split(m.id, m.mention, null, analyst);
    return { url: `/api/merged-events/splits/${enc(m.mention)}` };
  },
  'GET /api/disagreements': () => ({ url: '/api/disagreements?kind=polarity' }),
  'GET /api/watchlists': () => ({ url: '/api/watchlists' }),
  'POST /api/watchlists': () => ({ url: '/api/watchlists', payload: WATCH }),
  'GET /api/watchlists/:id': async (f) => ({ url: `/api/watchlists/${await watchlist(f)}` }),
  'PATCH /api/watchlists/:id': async (f) => ({ url: `/api/watchlists/${await watchlist(f)}`, payload: { ...WATCH, name: 'renamed' } }),
  'DELETE /api/watchlists/:id': async (f) => ({ url: `/api/watchlists/${(await storiesOf(f.store).createWatchlist(WATCH, analyst)).id}` }),
  'GET /api/watchlists/:id/hits': async (f) => ({ url: `/api/watchlists/${await watchlist(f)}/hits?baseline=true` }),
};

interface Bad {
  method?: string;
  url: string | ((f: Fixture) => string | Promise<string>);
  payload?: unknown;
  status: number;
  parameter?: string | null;
}
export const storyBadCases: Record<string, Bad[]> = {
  'GET /api/stories': [{ url: '/api/stories?limit=-1', status: 400, parameter: 'limit' }],
  'GET /api/stories/:id': [{ url: '/api/stories/sty_missing', status: 404 }],
  'GET /api/merged-events': [
    { url: '/api/merged-events?type=RIOT', status: 400, parameter: 'type' },
    { url: '/api/merged-events?minSources=0', status: 400, parameter: 'minSources' },
    { url: '/api/merged-events?disputed=maybe', status: 400, parameter: 'disputed' },
    { url: '/api/merged-events?cursor=bogus', status: 400, parameter: 'cursor' },
  ],
  'GET /api/merged-events/:id': [{ url: '/api/merged-events/evt_missing', status: 404 }],
  'POST /api/merged-events/:id/split': [
    { url: '/api/merged-events/evt_missing/split', payload: { mention: 'a#e1' }, status: 404 },
    { url: async (f) => `/api/merged-events/${(await merged(f)).id}/split`, payload: {}, status: 400, parameter: 'mention' },
    { url: async (f) => `/api/merged-events/${(await merged(f)).id}/split`, payload: { mention: 'art_none#e9' }, status: 400, parameter: 'mention' },
  ],
  'DELETE /api/merged-events/splits/:key': [{ url: '/api/merged-events/splits/art_none%23e1', status: 404 }],
  'GET /api/disagreements': [{ url: '/api/disagreements?kind=mood', status: 400, parameter: 'kind' }],
  'GET /api/watchlists': [{ url: '/api/watchlists?all=1', status: 400, parameter: 'all' }],
  'POST /api/watchlists': [
    { url: '/api/watchlists', payload: { filter: {} }, status: 400, parameter: 'name' },
    { url: '/api/watchlists', payload: { name: 'x', filter: { colour: ['red'] } }, status: 400, parameter: 'colour' },
    { url: '/api/watchlists', payload: { name: 'x', filter: {}, webhook: 'ftp://example.com/x' }, status: 400, parameter: 'webhook' },
    { url: '/api/watchlists', payload: { name: 'x', filter: {}, webhook: 'http://127.0.0.1:9/hook' }, status: 400, parameter: 'webhook' },
    { url: '/api/watchlists', payload: { name: 'x', filter: {}, webhook: 'javascript:alert(1)//http://a.example' }, status: 400, parameter: 'webhook' },
    { url: '/api/watchlists', payload: { name: 'x', filter: {}, webhook: 'http://192.0.2.7/hook' }, status: 400, parameter: 'webhook' },
  ],
  'GET /api/watchlists/:id': [{ url: '/api/watchlists/wl_missing', status: 404 }],
  'PATCH /api/watchlists/:id': [
    { method: 'PATCH', url: '/api/watchlists/wl_missing', payload: WATCH, status: 404 },
    { method: 'PATCH', url: async (f) => `/api/watchlists/${await watchlist(f)}`, payload: { ...WATCH, name: '' }, status: 400, parameter: 'name' },
  ],
  'DELETE /api/watchlists/:id': [{ url: '/api/watchlists/wl_missing', status: 404 }],
  'GET /api/watchlists/:id/hits': [
    { url: '/api/watchlists/wl_missing/hits', status: 404 },
    { url: async (f) => `/api/watchlists/${await watchlist(f)}/hits?baseline=yes`, status: 400, parameter: 'baseline' },
  ],
};
