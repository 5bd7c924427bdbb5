// The home page: stored articles, newest first, with search.
import { api } from '../api.ts';
import { h } from '../dom.ts';
import { canEdit, type Ctx } from '../context.ts';
import { href } from '../route.ts';

/** The store marks search matches in snippets with [brackets]. */
function snippet(text: string): (string | HTMLElement)[] {
  return text.split(/\[([^\]]*)\]/).map((part, i) => (i % 2 ? h('mark', { class: 'hl focus' }, part) : part));
}

export async function articlesView(ctx: Ctx): Promise<Node> {
  const q = ctx.route.params.get('q') ?? '';
  const items = await api.articles(q || undefined);
  const form = h(
    'form',
    {
      role: 'search',
      class: 'inline-form',
      onSubmit: (e: Event) => {
        e.preventDefault();
        const v = String(new FormData(form).get('q') ?? '').trim();
        ctx.go(href('', null, v ? { q: v } : undefined));
      },
    },
    h('label', {}, 'Search articles ', h('input', { name: 'q', type: 'search', value: q })),
    h('button', { type: 'submit' }, 'Search'),
  );
  return h(
    'section',
    {},
    h('h1', {}, 'Articles'),
    form,
    items.length
      ? h(
          'table',
          { class: 'data' },
          h('thead', {}, h('tr', {}, ['Title', 'Source', 'Published', 'Language', 'Events'].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            items.map((a) =>
              h(
                'tr',
                {},
                h('td', {}, h('a', { href: href('article', a.id) }, a.title ?? a.url ?? a.id), a.snippet ? h('div', { class: 'muted small' }, snippet(a.snippet)) : null),
                h('td', {}, a.source ?? '—'),
                h('td', {}, a.publishedAt?.slice(0, 10) ?? '—'),
                h('td', {}, a.lang ?? '—'),
                h('td', { class: 'num' }, a.eventCount),
              ),
            ),
          ),
        )
      : h(
          'p',
          { class: 'empty' },
          q ? 'No article matches.' : 'No articles yet.',
          canEdit(ctx.user) ? [' ', h('a', { href: '#/ingest' }, 'Ingest one.')] : null,
        ),
  );
}
