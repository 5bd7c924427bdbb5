// Across sources: events merged from many reports (status, counts, every mention and why it was merged), the
// disagreements between sources with both claims and their source chains, an analyst's split, and watchlists
// with their new hits. Reads /api/merged-events, /api/disagreements and /api/watchlists.
import type { EventMention, MergedEvent, SourceDisagreement, Watchlist, WatchlistHit } from '../../schema/story.ts';
import { ApiError, queryString } from '../api.ts';
import { h, mount } from '../dom.ts';
import { moreButton } from '../components/more-button.ts';
import { canEdit, type Ctx } from '../context.ts';
import { href } from '../route.ts';
import { sourceChain } from '../components/chain.ts';
import { readableText, sourceName } from '../lib/event-fields.ts';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = (await res.json().catch(() => null)) as { message?: string } | null;
  if (!res.ok) throw new ApiError(res.status, payload?.message ?? `HTTP ${res.status}`);
  return payload as T;
}

const list = (value: string) => value.split(',').map((x) => x.trim()).filter(Boolean);

function mention(m: EventMention, event: MergedEvent, ctx: Ctx, redraw: () => void): HTMLElement {
  const split =
    canEdit(ctx.user) && event.mentions.length > 1
      ? h(
          'button',
          {
            class: 'linkish',
            title: 'Keep this report as an event of its own, across recomputations',
            onClick: async () => {
              await call('POST', `/merged-events/${encodeURIComponent(event.id)}/split`, { mention: m.key });
              redraw();
            },
          },
          'split off',
        )
      : null;
  return h(
    'li',
    {},
    h('a', { href: href('article', m.articleId, { event: m.eventId }) }, h('q', { class: 'evidence' }, m.text)),
    ` ${sourceName(m.source)}${m.copiedBy.length ? ` (also ${m.copiedBy.map(sourceName).join(', ')})` : ''} · ${sourceName(m.claimant)} · ${m.lang} · ${m.reportedAt} · `,
    h('span', { class: `badge stage-${m.polarity}` }, `${m.polarity} · ${m.stage}`),
    ' ',
    split,
    h('div', { class: 'muted small' }, readableText(m.reason)),
  );
}

function disagreement(d: SourceDisagreement): HTMLElement {
  return h(
    'div',
    { class: 'contradiction' },
    h('p', {}, h('span', { class: 'badge' }, `${d.kind} · ${d.scope}`), ` ${readableText(d.reason)}`),
    h(
      'div',
      { class: 'sides' },
      d.claims.map((c) =>
        h('div', { class: 'side' }, h('p', {}, h('q', { class: 'evidence' }, c.text), ` — ${sourceName(c.source)}, ${c.reportedAt}`), h('h4', {}, 'Source chain'), sourceChain(c.chain)),
      ),
    ),
  );
}

function event(e: MergedEvent, disagreements: SourceDisagreement[], ctx: Ctx, redraw: () => void): HTMLElement {
  return h(
    'article',
    { class: 'story' },
    h('h2', {}, readableText(`${e.type}${e.mode ? '/' + e.mode : ''}: ${e.actors.join(', ')} → ${e.recipients.join(', ') || '—'}${e.place ? ` in ${e.place.name}` : ''}`)),
    h(
      'p',
      { class: 'muted' },
      `${readableText(e.status)} · ${e.counts.mentions} mentions in ${e.counts.articles} articles from ${e.counts.sources} sources · first ${e.firstReport}, latest ${e.latestReport}`,
    ),
    [...disagreements].sort((a, b) => a.scope.localeCompare(b.scope)).map(disagreement),
    h(
      'details',
      {},
      h('summary', {}, 'Sources, with the sentence behind each statement'),
      h(
        'ul',
        {},
        e.sources.map((s) =>
          h(
            'li',
            {},
            `${sourceName(s.name)} (${s.kind}, ${s.position}) via ${s.via.map(sourceName).join(', ')}`,
            h('ul', {}, s.statements.map((st) => h('li', { class: 'small' }, `${st.reportedAt} ${st.says}: `, h('q', { class: 'evidence' }, st.evidence)))),
          ),
        ),
      ),
      e.timeline.length > 1 ? h('p', { class: 'muted small' }, `Timeline: ${e.timeline.map((t) => `${t.date} ${sourceName(t.source)} ${t.says}${t.change === 'progression' || t.change === 'denial' ? ` (${t.change})` : ''}`).join(' → ')}`) : null,
    ),
    h('details', {}, h('summary', {}, 'Mentions and why they were merged'), h('ul', {}, e.mentions.map((m) => mention(m, e, ctx, redraw)))),
  );
}

function watchlists(ctx: Ctx): HTMLElement {
  const box = h('section', { 'aria-label': 'Watchlists' }, h('h2', {}, 'Watchlists'));
  if (!canEdit(ctx.user)) return box;
  const body = h('div', {});
  const draw = async () => {
    const { items } = await call<{ items: Watchlist[] }>('GET', '/watchlists');
    const rows = await Promise.all(
      items.map(async (w) => ({ w, hits: (await call<{ items: WatchlistHit[] }>('GET', `/watchlists/${w.id}/hits?limit=50`)).items })),
    );
    mount(
      body,
      rows.length ? null : h('p', { class: 'empty' }, 'No watchlists yet.'),
      rows.map(({ w, hits }) =>
        h(
          'details',
          {},
          h('summary', {}, `${w.name}: ${hits.length} new`, w.webhook ? ` → ${w.webhook}` : ''),
          h('p', { class: 'muted small' }, JSON.stringify(w.filter)),
          h(
            'ul',
            {},
            hits.map((x) => h('li', {}, `${x.foundAt.slice(0, 16)} ${x.kind}: ${x.summary} `, h('span', { class: 'muted' }, x.delivery + (x.deliveryError ? ` (${x.deliveryError})` : '')))),
          ),
          h('button', { onClick: async () => (await call('DELETE', `/watchlists/${w.id}`), draw()) }, 'Delete'),
        ),
      ),
    );
  };
  const input = (name: string, label: string) => h('label', {}, label, ' ', h('input', { name, type: 'text' }));
  const status = h('p', { role: 'status' });
  const form = h(
    'form',
    {
      class: 'filters',
      onSubmit: async (ev: Event) => {
        ev.preventDefault();
        const f = new FormData(ev.target as HTMLFormElement);
        const get = (k: string) => String(f.get(k) ?? '');
        const filter = Object.fromEntries(
          (['type', 'actor', 'place', 'keyword'] as const).map((k) => [k, list(k === 'type' ? get(k).toUpperCase() : get(k))]).filter(([, v]) => v.length),
        );
        try {
          await call('POST', '/watchlists', { name: get('name'), filter, webhook: get('webhook') || null });
          mount(status, 'Saved.');
          draw();
        } catch (e) {
          mount(status, (e as Error).message);
        }
      },
    },
    input('name', 'Name'),
    input('type', 'Types'),
    input('actor', 'Actors'),
    input('place', 'Places'),
    input('keyword', 'Keywords'),
    input('webhook', 'Webhook URL'),
    h('button', { type: 'submit' }, 'Save watchlist'),
  );
  draw().catch((e) => mount(body, h('p', { class: 'empty' }, (e as Error).message)));
  mount(box, h('h2', {}, 'Watchlists'), form, status, body);
  return box;
}

/** Every page of a listing: disagreements are few beside the events they are about, and each page needs them all. */
async function everyPage<T>(path: string): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await call('GET', `${path}${queryString({ limit: 500, cursor })}`);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const PAGE = 50;

export async function mergedEventsView(ctx: Ctx): Promise<Node> {
  const section = h('section', {});
  const disputedOnly = ctx.route.params.get('disputed') === 'true';
  // Events two or more sources report, or that sources dispute: the API filters and pages them.
  const query = disputedOnly ? { disputed: 'true' } : { minSources: '2' };
  const draw = async () => {
    const [first, found] = await Promise.all([
      call<{ items: MergedEvent[]; nextCursor: string | null }>('GET', `/merged-events${queryString({ ...query, limit: PAGE })}`),
      everyPage<SourceDisagreement>('/disagreements'),
    ]);
    const byEvent = new Map<string, SourceDisagreement[]>();
    for (const d of found) byEvent.set(d.eventId, [...(byEvent.get(d.eventId) ?? []), d]);
    const shown = [...first.items];
    let cursor = first.nextCursor;
    const list = h('div', {});
    const countBox = h('p', { class: 'count', role: 'status' });
    const moreBox = h('div', {});
    const redraw = () => void draw();
    const drawCount = () =>
      mount(
        countBox,
        `${cursor ? `First ${shown.length}` : shown.length} event${shown.length === 1 ? '' : 's'} ${disputedOnly ? 'that sources dispute' : 'reported by two sources or more'}${cursor ? ', more below' : ''} · `,
        h('a', { href: disputedOnly ? '#/merged' : '#/merged?disputed=true' }, disputedOnly ? 'all reported by two or more' : 'only disputed'),
      );
    const drawMore = () => {
      const button = moreButton(`Show ${PAGE} more`, async () => {
        const page = await call<{ items: MergedEvent[]; nextCursor: string | null }>('GET', `/merged-events${queryString({ ...query, limit: PAGE, cursor })}`);
        shown.push(...page.items);
        cursor = page.nextCursor;
        list.append(...page.items.map((e) => event(e, byEvent.get(e.id) ?? [], ctx, redraw)));
        drawCount();
        drawMore();
      });
      mount(moreBox, cursor ? button : null);
    };
    list.append(...shown.map((e) => event(e, byEvent.get(e.id) ?? [], ctx, redraw)));
    drawCount();
    drawMore();
    mount(
      section,
      h('h1', {}, 'Across sources'),
      countBox,
      shown.length ? list : h('p', { class: 'empty' }, 'No event is reported by more than one source yet.'),
      moreBox,
      watchlists(ctx),
    );
  };
  await draw();
  return section;
}
