// Request and answer shapes particular to the HTTP API; the records themselves are src/store/records.ts.
import { z } from 'zod';
import { EventFilter, EventSort, IsoDate, Role, User } from '../store/records.ts';
import { MIN_PASSWORD_CHARS } from './credentials.ts';
import { HttpUrl, UserDate } from '../schema/article.ts';

export const MAX_PAGE = 500;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50).describe(`rows per page, at most ${MAX_PAGE}`),
  cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
});

export const EventQuery = EventFilter.extend({
  ...PageQuery.shape,
  sort: EventSort.default('date').describe('date: newest first; confidence: lowest first'),
}).strict();

export const ArticleQuery = z
  .object({
    q: z.string().max(500).optional().describe('full-text search, any language, case and diacritics ignored'),
    lang: z.string().max(20).optional(),
    source: z.string().max(200).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    ...PageQuery.shape,
  })
  .strict();

export const IdParam = z.object({ id: z.string().min(1).max(300) }).strict();
export const KeyParam = z.object({ key: z.string().min(1).max(500) }).strict();
export const NameParam = z.object({ name: z.string().min(1).max(100) }).strict();

export const Ok = z.object({ ok: z.literal(true) });

export const Health = z.object({
  ok: z.literal(true),
  version: z.string(),
  openAccess: z.boolean().describe('no users yet: loopback callers act as admin'),
});

export const SignIn = z.object({ name: z.string().min(1).max(100), password: z.string().min(1).max(1000) }).strict();

export const Me = z.object({ user: User.nullable(), role: Role, via: z.enum(['token', 'session', 'anonymous']) });

const Password = z.string().min(MIN_PASSWORD_CHARS, `at least ${MIN_PASSWORD_CHARS} characters`).max(1000);
const UserName = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash or underscore, at most 64');

export const NewUser = z.object({ name: UserName, role: Role, password: Password }).strict();
export const UserChange = z.object({ role: Role.optional(), disabled: z.boolean().optional(), password: Password.optional() }).strict();

export const NewToken = z
  .object({
    user: z.string().optional().describe('whose token; yourself by default'),
    name: z.string().min(1).max(100).describe('what the token is for'),
    role: Role.describe("the token's scope; at most its user's role"),
  })
  .strict();

export const IngestRequest = z
  .object({
    text: z.string().min(1).optional().describe('the article as plain text'),
    html: z.string().min(1).optional().describe('the article page as HTML'),
    url: HttpUrl.optional().describe('where it was published; fetched when neither text nor html is given'),
    title: z.string().max(1000).optional(),
    publishedAt: UserDate.optional().describe('ISO date or date-time'),
    lang: z.string().max(20).optional(),
    source: z.string().min(1).max(200).optional().describe("the publisher, when the page's metadata or the text's dateline does not name it"),
  })
  .strict()
  .refine((b) => b.text !== undefined || b.html !== undefined || b.url !== undefined, { message: 'give text, html or url', path: ['text'] })
  .refine((b) => !(b.text !== undefined && b.html !== undefined), { message: 'give text or html, not both', path: ['html'] });
export type IngestRequest = z.infer<typeof IngestRequest>;

export const IngestResult = z.object({
  stored: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      nearDuplicateOf: z.string().nullable(),
      originalId: z.string().nullable(),
      limits: z.string().nullable().describe('what its analysis could not read, e.g. "no language pack for zh: entities and times only"'),
    }),
  ),
  duplicates: z.array(z.object({ id: z.string(), input: z.string() })),
  failed: z.array(z.object({ input: z.string(), problem: z.string() })),
});
export type IngestResult = z.infer<typeof IngestResult>;
