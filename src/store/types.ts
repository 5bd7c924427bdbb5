// The store behind one interface: the pipeline, the API, exports and the CLI use only this, so another
// database (PostgreSQL) can implement it without touching them. Reads are async for that reason; the SQLite
// implementation answers at once. Ingestion writes through ArticleSink (src/ingest/sink.ts), also async.
import type { Analysis } from '../schema/analysis.ts';
import type { Article } from '../schema/article.ts';
import type { ArticleSink } from '../ingest/sink.ts';
import type { StoryIndex } from './stories.ts';
import type {
  Actor,
  AggregateKind,
  AggregateRow,
  ArticleBacklink,
  ArticleDetail,
  ArticleSummary,
  AuditEntry,
  ContradictionRecord,
  EntitySummary,
  EventDetail,
  EventCount,
  EventFilter,
  EventSort,
  EventRecord,
  QuoteRecord,
  Review,
  ReviewDecision,
  Role,
  TokenInfo,
  User,
} from './records.ts';

export interface PageRequest {
  limit: number;
  cursor?: string | null;
}
/** A page of events, in one of the orders of filter-sql.ts (newest first by default). */
export interface EventPageRequest extends PageRequest {
  sort?: EventSort;
}
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ArticleQuery {
  q?: string;
  lang?: string;
  source?: string;
  from?: string;
  to?: string;
}

export interface SavedArticle {
  id: string;
  created: boolean;
  eventCount: number;
}

/** A user found by name with the hash to check a password against. */
export interface Credentials {
  user: User;
  passwordHash: string;
}

/** Who is behind a token or a session. */
export interface Principal {
  user: User;
  role: Role;
  tokenId: string | null;
}

export interface Store extends ArticleSink {
  close(): void | Promise<void>;

  /** Stores an analysed article (replacing earlier machine output, keeping reviews), audited when `actor` is given. */
  saveAnalysis(article: Article, analysis: Analysis, actor?: Actor): Promise<SavedArticle>;
  /** Runs ingestion's writes and the audit row in one transaction. */
  auditedSink(actor: Actor, action: string): ArticleSink;

  listArticles(query: ArticleQuery, page: PageRequest): Promise<PageOf<ArticleSummary>>;
  /** How many articles listArticles would list in all. */
  countArticles(query: ArticleQuery): Promise<number>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  /** The stored articles that name this one as their original or as their near-duplicate group's first copy. */
  articlesLinkingTo(id: string): Promise<ArticleBacklink[]>;

  listEvents(filter: EventFilter, page: EventPageRequest): Promise<PageOf<EventRecord>>;
  /** How many events match the filter, and how many of them charts count (records.ts countedFilter). */
  countEvents(filter: EventFilter): Promise<EventCount>;
  /** Every event matching the filter, in order, without holding them all in memory: exports read this. */
  streamEvents(filter: EventFilter): AsyncIterable<EventDetail>;
  getEvent(key: string): Promise<EventDetail | null>;
  aggregate(kind: AggregateKind, filter: EventFilter): Promise<AggregateRow[]>;

  listEntities(query: { q?: string; type?: string }, page: PageRequest): Promise<PageOf<EntitySummary>>;
  getEntity(id: string): Promise<(EntitySummary & { articles: ArticleSummary[] }) | null>;
  listQuotes(query: { speaker?: string; article?: string; q?: string }, page: PageRequest): Promise<PageOf<QuoteRecord>>;
  listContradictions(query: { article?: string }, page: PageRequest): Promise<PageOf<ContradictionRecord>>;

  /** Stories, latest first (the story index's first page of them). */
  listStories(page: PageRequest): Promise<PageOf<unknown>>;
  /** The cross-article layer over this store: stories, merged events, disagreements, splits, watchlists. */
  storyIndex(): StoryIndex;

  review(key: string, decision: ReviewDecision, actor: Actor): Promise<Review | null>;
  clearReview(key: string, actor: Actor): Promise<boolean>;

  countUsers(): Promise<number>;
  createUser(input: { name: string; role: Role; passwordHash: string }, actor: Actor): Promise<User>;
  listUsers(): Promise<User[]>;
  updateUser(name: string, change: { role?: Role; disabled?: boolean; passwordHash?: string }, actor: Actor): Promise<User | null>;
  credentials(name: string): Promise<Credentials | null>;

  createToken(input: { userName: string; name: string; role: Role; hash: string }, actor: Actor): Promise<TokenInfo>;
  listTokens(userName?: string): Promise<TokenInfo[]>;
  revokeToken(id: string, actor: Actor): Promise<TokenInfo | null>;
  principalForToken(hash: string): Promise<Principal | null>;

  createSession(input: { hash: string; userId: string; expiresAt: string }, actor: Actor): Promise<void>;
  deleteSession(hash: string, actor: Actor): Promise<void>;
  principalForSession(hash: string): Promise<Principal | null>;

  /** An audit row for something that changed nothing else (a failed sign-in). */
  recordAudit(actor: Actor, action: string, target: string | null, detail?: unknown): Promise<void>;
  listAudit(page: PageRequest): Promise<PageOf<AuditEntry>>;
}
