// A server over a fresh store (in-memory SQLite unless a test asks for PostgreSQL) with three users, a token per role, two analysed articles, and an
// ingestor that stores a synthetic article (the real one is tested on its own).
import type { FastifyInstance } from 'fastify';
import type { TestContext } from 'node:test';
import { openSqliteStore, type SqliteStore } from '../store/sqlite.ts';
import { openTestStore, type StoreKind } from '../store/test-stores.ts';
import type { Store } from '../store/types.ts';
import { syntheticArticle } from '../store/synthetic.ts';
import type { Actor, Role } from '../store/records.ts';
import { buildServer } from './server.ts';
import { hashPassword, newSecret, secretHash } from './credentials.ts';
import type { ApiIngestor } from './ingest.ts';

export const PASSWORD = 'correct horse battery';
const setupActor: Actor = { kind: 'cli', id: 'test', name: 'setup' };
let passwordHash: Promise<string> | null = null;

export const fakeIngestor: ApiIngestor = {
  async ingest(req, sink) {
    const { article, analysis } = syntheticArticle({ seed: (req.text ?? req.html ?? req.url ?? '').length + 1000, events: 2 });
    if (await sink.findExisting({ canonicalUrl: null, contentHash: article.contentHash })) {
      return { stored: [], duplicates: [{ id: article.id, input: 'api' }], failed: [] };
    }
    await sink.save({ article, analysis, bandKeys: [], nearDuplicateOf: null, originalId: null });
    return { stored: [{ id: article.id, title: article.title, nearDuplicateOf: null, originalId: null, limits: null }], duplicates: [], failed: [] };
  },
};

export interface Fixture<S extends Store = SqliteStore> {
  app: FastifyInstance;
  store: S;
  tokens: Record<Role, string>;
  spareTokenId: string;
  articleId: string;
  eventKey: string;
  entityId: string;
}

interface Options {
  users?: boolean;
  webDir?: string | null;
}

/** With `store` and `t`: a fresh store of that kind, dropped when the test ends. */
export async function fixture(options?: Options): Promise<Fixture>;
export async function fixture(options: Options & { store: StoreKind; t: TestContext }): Promise<Fixture<Store>>;
export async function fixture(options: Options & { store?: StoreKind; t?: TestContext } = {}): Promise<Fixture<Store>> {
  const store = options.store && options.t ? await openTestStore(options.store, options.t) : openSqliteStore(':memory:');
  const tokens = {} as Record<Role, string>;
  let spareTokenId = '';
  if (options.users !== false) {
    const hash = await (passwordHash ??= hashPassword(PASSWORD));
    for (const [name, role] of [['root', 'admin'], ['ana', 'analyst'], ['vic', 'viewer'], ['dummy', 'viewer']] as const) {
      await store.createUser({ name, role, passwordHash: hash }, setupActor);
      if (name === 'dummy') continue;
      tokens[role] = newSecret('smb');
      await store.createToken({ userName: name, name: 'test', role, hash: secretHash(tokens[role]) }, setupActor);
    }
    spareTokenId = (await store.createToken({ userName: 'dummy', name: 'spare', role: 'viewer', hash: secretHash('spare') }, setupActor)).id;
  }
  let articleId = '';
  for (const seed of [1, 2]) {
    const { article, analysis } = syntheticArticle({ seed, events: 3 });
    await store.saveAnalysis(article, analysis);
    articleId = article.id;
  }
  const event = (await store.listEvents({ article: articleId }, { limit: 1 })).items[0]!;
  const app = await buildServer({ store, ingestor: fakeIngestor, webDir: options.webDir ?? null });
  return { app, store, tokens, spareTokenId, articleId, eventKey: event.key, entityId: event.actors[0]!.entityId! };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
