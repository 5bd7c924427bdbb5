// The dashboard's only way to the data: the HTTP API under /api/. Types are the store's and the schema's
// (type-only imports: no zod in the bundle).
import type {
  AggregateKind,
  AggregateRow,
  ArticleDetail,
  ArticleSummary,
  ContradictionRecord,
  Correction,
  EventCount,
  EventDetail,
  EventFilter,
  EventRecord,
  EventSort,
  Review,
  Role,
  User,
} from '../store/records.ts';

import type { Story } from '../schema/story.ts';

export type { Story };
export type { AggregateKind, AggregateRow, ArticleDetail, ArticleSummary, ContradictionRecord, Correction, EventCount, EventDetail, EventFilter, EventRecord, EventSort, Review, Role, User };
export type ReviewAction = 'accept' | 'correct' | 'reject';
export interface SessionUser {
  name: string;
  role: Role;
  /** False for a fresh install's open loopback access: there is no session to end. */
  signedIn: boolean;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const message = (payload as { message?: string } | null)?.message;
    throw new ApiError(res.status, message || res.statusText || `HTTP ${res.status}`);
  }
  return payload as T;
}

/** Query string of a filter: list filters (type, stage, review) repeat their key. */
export function queryString(params: Record<string, string | readonly string[] | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, String(one));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** How many events a view shows per page; the rest are a "more" away, and the count says how many. */
export const EVENT_PAGE = 50;

/** Reads every page up to `max` items, for lists a view shows whole. */
async function all<T>(path: string, params: Record<string, string | readonly string[] | undefined>, max = 2000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await call<Page<T>>('GET', `${path}${queryString({ ...params, limit: '500', cursor })}`);
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < max);
  return out;
}

export interface IngestRequest {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  publishedAt?: string;
}

export interface IngestResult {
  stored: { id: string; title: string | null; nearDuplicateOf: string | null; originalId: string | null }[];
  duplicates: { id: string; input: string }[];
  failed: { input: string; problem: string }[];
}


export const api = {
  /** The signed-in user with the role of this session (a token may carry less than its user). */
  me: () =>
    call<{ user: User | null; role: Role; via: 'token' | 'session' | 'anonymous' }>('GET', '/me').then(
      (r): SessionUser => ({ name: r.user?.name ?? 'anonymous (local, no users yet)', role: r.role, signedIn: r.via === 'session' }),
    ),
  signIn: (name: string, password: string) => call<unknown>('POST', '/session', { name, password }),
  signOut: () => call<unknown>('DELETE', '/session'),
  articles: (q?: string) => all<ArticleSummary>('/articles', { q }, 200),
  /** One page of articles, newest first (undated ones last), or of search results. */
  articlePage: (q: string | undefined, cursor?: string | null) => call<Page<ArticleSummary>>('GET', `/articles${queryString({ q, cursor, limit: EVENT_PAGE })}`),
  articleCount: (q?: string) => call<{ total: number }>('GET', `/articles/count${queryString({ q })}`).then((r) => r.total),
  article: (id: string) => call<ArticleDetail>('GET', `/articles/${encodeURIComponent(id)}`),
  ingest: (req: IngestRequest) => call<IngestResult>('POST', '/articles', req),
  /** One page of events; `cursor` is the previous page's nextCursor. */
  eventPage: (f: EventFilter, o: { cursor?: string | null; sort?: EventSort; limit?: number } = {}) =>
    call<Page<EventRecord>>('GET', `/events${queryString({ ...f, limit: o.limit ?? EVENT_PAGE, cursor: o.cursor, sort: o.sort })}`),
  eventCount: (f: EventFilter) => call<EventCount>('GET', `/events/count${queryString({ ...f })}`),
  aggregate: (kind: AggregateKind, f: EventFilter) =>
    call<{ kind: AggregateKind; rows: AggregateRow[] }>('GET', `/aggregates/${kind}${queryString({ ...f })}`).then((r) => r.rows),
  event: (key: string) => call<EventDetail>('GET', `/events/${encodeURIComponent(key)}`),
  review: (key: string, body: { action: ReviewAction; correction?: Correction; note?: string }) =>
    call<Review>('POST', `/events/${encodeURIComponent(key)}/review`, body),
  contradictions: () => all<ContradictionRecord>('/contradictions', {}, Infinity),
  stories: () => all<Story>('/stories', {}, 500),
};
