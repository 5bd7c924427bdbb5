// Stories: articles grouped by what they report. The stories API may not exist yet: that shows as empty.
import { api, ApiError, type StoryRow } from '../api.ts';
import { h } from '../dom.ts';
import type { Ctx } from '../context.ts';

export async function storiesView(_ctx: Ctx): Promise<Node> {
  let items: StoryRow[] = [];
  let note: string | null = null;
  try {
    items = await api.stories();
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
    note = 'This server does not group stories yet.';
  }
  return h(
    'section',
    {},
    h('h1', {}, 'Stories'),
    items.length
      ? h(
          'ul',
          { class: 'stories' },
          items.map((st) =>
            h('li', {}, h('strong', {}, st.title ?? st.id), st.articleCount !== undefined ? ` — ${st.articleCount} articles` : '', st.eventCount !== undefined ? `, ${st.eventCount} events` : ''),
          ),
        )
      : h('p', { class: 'empty' }, note ?? 'No stories yet: stories appear when several articles report the same events.'),
  );
}
