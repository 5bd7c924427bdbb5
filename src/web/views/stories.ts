// Stories: articles about the same matter, across languages and sources, as the stories API groups them.
import { api, type Story } from '../api.ts';
import { h } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { href } from '../route.ts';

function story(st: Story, titles: ReadonlyMap<string, string>): HTMLElement {
  return h(
    'article',
    { class: 'story' },
    h('h2', {}, st.title),
    h(
      'p',
      { class: 'muted' },
      `${st.start === st.end ? st.start : `${st.start} – ${st.end}`} · ${st.articleIds.length} article${st.articleIds.length === 1 ? '' : 's'} · ${st.eventIds.length} event${st.eventIds.length === 1 ? '' : 's'} · ${st.languages.join(', ')}`,
    ),
    h('p', {}, 'Sources: ', st.sources.join(', ') || '—'),
    h('ul', { class: 'related' }, st.articleIds.map((id) => h('li', {}, h('a', { href: href('article', id) }, titles.get(id) ?? id)))),
    st.reasons.length ? h('details', {}, h('summary', {}, 'Why these belong together'), h('ul', {}, st.reasons.map((r) => h('li', {}, r)))) : null,
  );
}

export async function storiesView(_ctx: Ctx): Promise<Node> {
  const items = await api.stories();
  const titles = new Map(items.length ? (await api.articles()).map((a) => [a.id, a.title ?? a.url ?? a.id]) : []);
  return h(
    'section',
    {},
    h('h1', {}, 'Stories'),
    h('p', { class: 'count', role: 'status' }, `${items.length} stor${items.length === 1 ? 'y' : 'ies'}`),
    items.length ? items.map((st) => story(st, titles)) : h('p', { class: 'empty' }, 'No stories yet: stories appear when several articles report the same events.'),
  );
}
