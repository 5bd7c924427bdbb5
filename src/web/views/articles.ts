// The home page: stored articles, newest first (undated ones after the dated, marked), with search; a page at a
// time with "N of M".
import { api, type ArticleSummary } from '../api.ts';
import { h, mount } from '../dom.ts';
import { moreButton } from '../components/more-button.ts';
import { canEdit, type Ctx } from '../context.ts';
import { href } from '../route.ts';

/** The store marks search matches in snippets with [brackets]. */
function snippet(text: string): (string | HTMLElement)[] {
  return text.split(/\[([^\]]*)\]/).map((part, i) => (i % 2 ? h('mark', { class: 'hl focus' }, part) : part));
}

export async function articlesView(ctx: Ctx): Promise<Node> {
  const q = ctx.route.params.get('q') ?? '';
  const [first, total] = await Promise.all([api.articlePage(q || undefined), api.articleCount(q || undefined)]);
  const items = [...first.items];
  let cursor = first.nextCursor;
  const countBox = h('p', { class: 'count', role: 'status' });
  const moreBox = h('div', {});
  const body = h('tbody', {});
  const drawCount = () =>
    mount(countBox, items.length < total ? `Showing ${items.length} of ${total.toLocaleString('en')} articles` : `${total.toLocaleString('en')} article${total === 1 ? '' : 's'}`);
  const drawMore = () => {
    const button = moreButton(`Show ${Math.min(50, total - items.length)} more`, async () => {
      const page = await api.articlePage(q || undefined, cursor);
      items.push(...page.items);
      cursor = page.nextCursor;
      body.append(...page.items.map(row));
      drawCount();
      drawMore();
    });
    mount(moreBox, cursor ? button : null);
  };
  countBox.setAttribute('data-total', String(total));
  body.append(...items.map(row));
  drawCount();
  drawMore();
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
    countBox,
    items.length
      ? h(
          'div',
          { class: 'table-box' },
          h('table', { class: 'data' }, h('thead', {}, h('tr', {}, ['Title', 'Source', 'Published', 'Language', 'Events'].map((c) => h('th', { scope: 'col' }, c)))), body),
        )
      : h(
          'p',
          { class: 'empty' },
          q ? 'No article matches.' : 'No articles yet.',
          canEdit(ctx.user) ? [' ', h('a', { href: '#/ingest' }, 'Ingest one.')] : null,
        ),
    moreBox,
  );
}

/** An article named by its title, else its address's host and path, never the whole URL. */
function articleName(a: ArticleSummary): string {
  if (a.title) return a.title;
  if (!a.url) return a.id;
  try {
    const u = new URL(a.url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.length > 1 ? ` · ${decodeURIComponent(u.pathname).slice(0, 60)}` : ''}`;
  } catch {
    return a.id;
  }
}

function row(a: ArticleSummary): HTMLElement {
  return h(
    'tr',
    {},
    h('td', {}, h('a', { href: href('article', a.id), title: a.url ?? '' }, articleName(a)), a.snippet ? h('div', { class: 'muted small' }, snippet(a.snippet)) : null),
    h('td', {}, a.source ?? '—'),
    a.publishedAt
      ? h('td', {}, a.publishedAt.slice(0, 10))
      : h('td', { class: 'undated', title: 'neither the page nor the text gives a date' }, h('span', { class: 'badge' }, 'date unknown'), h('div', { class: 'muted small' }, `ingested ${a.fetchedAt.slice(0, 10)}`)),
    h('td', {}, a.lang ?? '—'),
    h('td', { class: 'num' }, a.eventCount),
  );
}
