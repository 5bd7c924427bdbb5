// The dashboard shell: header navigation, session, and the hash router that renders one view at a time.
import './style.css';
import { api, ApiError, type SessionUser } from './api.ts';
import { h, mount } from './dom.ts';
import { canEdit, type Ctx, type View } from './context.ts';
import { href, parseRoute } from './route.ts';
import { articlesView } from './views/articles.ts';
import { articleView } from './views/article.ts';
import { eventsView } from './views/events.ts';
import { timelineView } from './views/timeline.ts';
import { mapView } from './views/map.ts';
import { networkView } from './views/network.ts';
import { contradictionsView } from './views/contradictions.ts';
import { storiesView } from './views/stories.ts';
import { mergedEventsView } from './views/merged-events.ts';
import { reviewView } from './views/review.ts';
import { ingestView } from './views/ingest.ts';
import { signInView } from './views/signin.ts';

interface NavItem {
  view: string;
  label: string;
  render: View;
  /** Keeps the event filters when switching between these views. */
  filtered?: boolean;
  editorsOnly?: boolean;
}

const NAV: NavItem[] = [
  { view: '', label: 'Articles', render: articlesView },
  { view: 'events', label: 'Events', render: eventsView, filtered: true },
  { view: 'timeline', label: 'Timeline', render: timelineView, filtered: true },
  { view: 'map', label: 'Map', render: mapView, filtered: true },
  { view: 'network', label: 'Network', render: networkView, filtered: true },
  { view: 'contradictions', label: 'Contradictions', render: contradictionsView },
  { view: 'stories', label: 'Stories', render: storiesView },
  { view: 'merged', label: 'Across sources', render: mergedEventsView },
  { view: 'review', label: 'Review', render: reviewView, editorsOnly: true },
  { view: 'ingest', label: 'Ingest', render: ingestView, editorsOnly: true },
];
const HIDDEN: Record<string, View> = { article: articleView, signin: signInView };

const notAllowed: View = (ctx) =>
  h('p', { class: 'empty' }, ctx.user ? `A ${ctx.user.role} may not do this: it needs an analyst or admin account.` : 'Sign in as an analyst to do this.');

const top = document.getElementById('top')!;
const main = document.getElementById('main')!;
let user: SessionUser | null = null;
let renderCount = 0;

function header(ctx: Ctx): HTMLElement {
  const current = NAV.find((n) => n.view === ctx.route.view);
  const keep = current?.filtered ? ctx.route.params : undefined;
  return h(
    'nav',
    { class: 'top', 'aria-label': 'Main' },
    h('a', { class: 'brand', href: '#/' }, 'Sumber'),
    h(
      'ul',
      {},
      NAV.filter((n) => !n.editorsOnly || canEdit(ctx.user)).map((n) =>
        h(
          'li',
          {},
          h('a', { href: href(n.view, null, n.filtered ? keep : undefined), 'aria-current': n === current ? 'page' : null }, n.label),
        ),
      ),
    ),
    h(
      'div',
      { class: 'session' },
      ctx.user?.signedIn
        ? [
            h('span', { class: 'who' }, `${ctx.user.name} · ${ctx.user.role}`),
            h('button', { class: 'secondary', onClick: () => void api.signOut().finally(() => void ctx.refreshUser()) }, 'Sign out'),
          ]
        : [ctx.user ? h('span', { class: 'who' }, `${ctx.user.name} · ${ctx.user.role}`) : null, h('a', { href: '#/signin' }, 'Sign in')],
    ),
  );
}

async function render(): Promise<void> {
  const count = ++renderCount;
  const route = parseRoute(location.hash);
  const ctx: Ctx = {
    route,
    user,
    go: (hash) => {
      if (location.hash === hash) void render();
      else location.hash = hash;
    },
    refreshUser: async () => {
      user = await api.me().catch(() => null);
      void render();
    },
  };
  mount(top, header(ctx));
  const item = NAV.find((n) => n.view === route.view);
  const view = item ? (item.editorsOnly && !canEdit(user) ? notAllowed : item.render) : HIDDEN[route.view];
  main.setAttribute('aria-busy', 'true');
  let content: Node;
  try {
    content = view ? await view(ctx) : h('p', {}, `No view '${route.view}'.`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) content = await signInView(ctx);
    else content = h('p', { class: 'error', role: 'alert' }, `Could not load: ${(e as Error).message}`);
  }
  if (count !== renderCount) return; // a newer navigation won
  mount(main, content);
  main.removeAttribute('aria-busy');
  document.title = `Sumber · ${item?.label ?? route.view}`;
  // a route change moves focus to the new page's heading, so keyboard and screen-reader users start there
  const heading = main.querySelector<HTMLElement>('h1');
  if (heading && count > 1) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

async function start(): Promise<void> {
  window.addEventListener('hashchange', () => void render());
  // the skip link would be read as a route ("#main"): it moves focus instead
  document.querySelector('a.skip')?.addEventListener('click', (e) => {
    e.preventDefault();
    main.focus();
  });
  user = await api.me().catch(() => null);
  await render();
}

void start();
