// sumber stories refresh|list|events|disagreements|split|unsplit|watchlists: the cross-article layer from the
// command line. `ingest` and `analyze --store` refresh it themselves (refreshStories).
import type { Command } from 'commander';
import { userInfo } from 'node:os';
import { InputError } from '../../errors.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/types.ts';
import { storiesOf, type StoryIndex } from '../../store/stories.ts';
import { MergedEventFilter, type MergedEvent } from '../../schema/story.ts';
import { formatDisagreements, formatMergedEvents, formatStories, type ArticleLookup } from '../stories-pretty.ts';

const DB_HELP = 'the store (default: $SUMBER_HOME/sumber.db, SUMBER_HOME defaulting to ./.sumber)';
const actor = (command: string) => ({ kind: 'cli' as const, id: userInfo().username, name: `sumber stories ${command}` });
const PAGE = { limit: 500 };

/** Brings stories up to date after articles were stored, sends watchlist webhooks, and says what it did. */
export async function refreshStories(store: Store, options: { allowPrivate?: boolean; full?: boolean } = {}): Promise<void> {
  const index = storiesOf(store);
  index.allowPrivateWebhooks = !!options.allowPrivate;
  const s = await index.refresh({ full: options.full });
  const sent = await index.deliver();
  if (!s) return;
  const how = s.full ? 'recomputed' : `updated ${s.changedEvents} merged events and ${s.changedStories} stories`;
  process.stderr.write(
    `sumber: stories ${how}: ${s.stories} stories, ${s.events} merged events from ${s.mentions} mentions in ${s.articles} articles ` +
      `(${s.readArticles} read), ${s.disagreements} disagreements, ${s.newHits} new watchlist hits, in ${s.ms} ms` +
      (sent.delivered || sent.failed ? `; webhooks: ${sent.delivered} delivered, ${sent.failed} failed` : '') +
      '\n',
  );
}

async function withStore(db: string | undefined, work: (store: Store) => Promise<void> | void): Promise<void> {
  const store = await openStore(db);
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

const line = (x: unknown) => process.stdout.write(JSON.stringify(x) + '\n');
const JSON_HELP = 'JSON lines instead of the readable report';

/** The stored articles the records name, read once. */
async function lookup(index: StoryIndex, ids: Iterable<string>): Promise<ArticleLookup> {
  const found = new Map((await index.articles([...new Set(ids)])).map((a) => [a.id, a]));
  return (id) => found.get(id);
}

function filterOf(opts: Record<string, string | undefined>): MergedEventFilter {
  const lists = ['type', 'actor', 'place', 'keyword'];
  const raw = Object.fromEntries(Object.entries(opts).filter(([k, v]) => v !== undefined && k !== 'db').map(([k, v]) => [k, lists.includes(k) ? v!.split(',') : v]));
  const r = MergedEventFilter.strict().safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new InputError(`--${String(issue.path[0])}`, issue.message);
}

export function registerStories(program: Command): void {
  const stories = program.command('stories');

  stories
    .command('refresh')
    .description('bring stories and merged events up to date with what changed (ingest and analyze --store do it themselves)')
    .option('--full', 'recompute everything, not only what changed articles can join')
    .option('--allow-private', 'let watchlist webhooks reach loopback and private addresses')
    .option('--db <path>', DB_HELP)
    .action((opts: { full?: boolean; allowPrivate?: boolean; db?: string }) =>
      withStore(opts.db, (store) => refreshStories(store, { full: opts.full, allowPrivate: opts.allowPrivate })),
    );

  stories
    .command('list')
    .description('stories, latest first, grouped by topic: titles, articles with where they were read, outlets and why they belong together')
    .option('--json', JSON_HELP)
    .option('--db <path>', DB_HELP)
    .action((opts: { db?: string; json?: boolean }) =>
      withStore(opts.db, async (store) => {
        const index = storiesOf(store);
        const items = (await index.listStories(PAGE)).items;
        if (opts.json) return items.forEach(line);
        process.stdout.write(formatStories(items, await lookup(index, items.flatMap((s) => s.articleIds))));
      }),
    );

  stories
    .command('events')
    .description('merged events: who reported and who denied each, with the sentence behind every statement, and its timeline')
    .option('--type <types>', 'PLOVER types, comma-separated')
    .option('--actor <codes>', 'actor codes, countries or entity ids (prefixes), comma-separated')
    .option('--place <names>', 'place names or entity ids, comma-separated')
    .option('--keyword <words>', 'words in triggers, claimants, places or titles, comma-separated')
    .option('--from <date>', 'latest report on or after, YYYY-MM-DD')
    .option('--to <date>', 'first report on or before, YYYY-MM-DD')
    .option('--min-sources <n>', 'at least this many distinct sources')
    .option('--disputed <yes>', 'true: only events sources disagree on')
    .option('--json', JSON_HELP)
    .option('--db <path>', DB_HELP)
    .action((opts: Record<string, string | undefined>) => {
      const { minSources, json, ...rest } = opts;
      const filter = filterOf({ ...rest, minSources });
      return withStore(opts.db, async (store) => {
        const index = storiesOf(store);
        const items = (await index.listMergedEvents(filter, PAGE)).items;
        if (json) return items.forEach(line);
        process.stdout.write(formatMergedEvents(items, await lookup(index, items.flatMap((e) => e.mentions.map((m) => m.articleId)))));
      });
    });

  stories
    .command('disagreements')
    .description('disagreements between sources: both claims, who made them, when, and the sentences')
    .option('--event <id>', 'of one merged event')
    .option('--json', JSON_HELP)
    .option('--db <path>', DB_HELP)
    .action((opts: { event?: string; db?: string; json?: boolean }) =>
      withStore(opts.db, async (store) => {
        const index = storiesOf(store);
        const items = (await index.listDisagreements({ event: opts.event }, PAGE)).items;
        if (opts.json) return items.forEach(line);
        const events = new Map<string, MergedEvent>();
        for (const id of new Set(items.map((d) => d.eventId))) {
          const e = (await index.getMergedEvent(id))?.event;
          if (e) events.set(id, e);
        }
        process.stdout.write(formatDisagreements(items, events, await lookup(index, items.flatMap((d) => d.claims.map((c) => c.articleId)))));
      }),
    );

  stories
    .command('split')
    .description('split a mention off a merged event (kept across recomputation, audited)')
    .argument('<event>', 'merged event id')
    .argument('<mention>', 'mention key, articleId#eventId')
    .option('--note <text>', 'why')
    .option('--db <path>', DB_HELP)
    .action((event: string, mention: string, opts: { note?: string; db?: string }) =>
      withStore(opts.db, async (store) => {
        const r = await storiesOf(store).split(event, mention, opts.note ?? null, actor('split'));
        if (r === 'no-event') throw new InputError(event, 'is no merged event');
        if (r === 'no-mention') throw new InputError(mention, `is no mention of ${event}`);
        if (r === 'alone') throw new InputError(mention, 'is already an event of its own');
        line(r);
      }),
    );

  stories
    .command('unsplit')
    .description('withdraw a split: the mention merges again where it fits')
    .argument('<mention>', 'mention key, articleId#eventId')
    .option('--db <path>', DB_HELP)
    .action((mention: string, opts: { db?: string }) =>
      withStore(opts.db, async (store) => {
        if (!(await storiesOf(store).unsplit(mention, actor('unsplit')))) throw new InputError(mention, 'was not split off');
      }),
    );

  stories
    .command('watchlists')
    .description('saved watchlists and how many new hits each has (manage them through the API or the dashboard)')
    .option('--db <path>', DB_HELP)
    .action((opts: { db?: string }) =>
      withStore(opts.db, async (store) => {
        const index = storiesOf(store);
        for (const w of await index.listWatchlists()) line({ ...w, newHits: (await index.listHits(w.id, {}, PAGE)).items.length });
      }),
    );
}
