// Turning one input (file, folder entry, URL, standard input) into candidates: HTML pages, text files,
// JSONL lines and feed items. Feed items that carry only a summary are fetched from their link.
import { closeSync, createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { decodeBytes } from './charset.ts';
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.ts';
import type { Fetcher } from './fetch.ts';
import type { Candidate, ReadResult } from './candidate.ts';
import { HttpUrl, UserDate, type Article } from '../schema/article.ts';
import { cappedLines, type LongLine } from './lines.ts';
import { MAX_DOCUMENT_BYTES, openReadable, readFileCapped } from './read-file.ts';

export type InputKind = 'html' | 'text' | 'feed' | 'jsonl';

const BY_EXTENSION: Record<string, InputKind> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** What a file's extension says it holds; a folder walk picks up only files with a known extension. */
export function kindOfPath(path: string): InputKind | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

function sniffKind(text: string, contentType: string | null): InputKind {
  const ct = (contentType ?? '').toLowerCase();
  if (/rss|atom|rdf/.test(ct) || looksLikeFeed(text)) return 'feed';
  if (/html/.test(ct) || /^\s*(<!doctype html|<html|<head|<body|<!--)/i.test(text) || /<(p|div|article)[\s>]/i.test(text.slice(0, 4096))) return 'html';
  if (/^\s*\{/.test(text) && text.trimEnd().split('\n').every((l) => /^\s*(\{.*\})?\s*$/.test(l))) return 'jsonl';
  return 'text';
}

// Pages cut off in transfer still hold text worth keeping; the user hears about it.
function truncationWarning(html: string): string | undefined {
  return /<\/html\s*>\s*$/i.test(html.slice(-4096)) || !/<html[\s>]/i.test(html.slice(0, 4096)) ? undefined : 'the page looks truncated (no closing </html>); kept the text that could be read';
}

function documentCandidate(origin: Article['origin'], kind: 'html' | 'text', text: string, charset: string, url: string | null): Candidate {
  return kind === 'html'
    ? { origin, html: text, text: null, url, charset, given: {}, warning: truncationWarning(text) }
    : { origin, html: null, text, url, charset, given: {} };
}

const JsonlArticle = z
  .object({
    url: HttpUrl.nullish(),
    title: z.string().nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
    publishedAt: UserDate.nullish(),
    source: z.string().nullish(),
    publisher: z.string().nullish(),
    author: z.string().nullish(),
    lang: z.string().nullish(),
    canonicalUrl: HttpUrl.nullish(),
  })
  .refine((o) => !!(o.text || o.html), { message: 'needs a "text" or an "html" field' });

/** One JSONL line may hold one article page: as large as a page file. */
export const MAX_JSONL_LINE_BYTES = MAX_DOCUMENT_BYTES;

/** One article per line; a bad line fails alone, named by its line number. */
async function* readJsonl(name: string, lines: AsyncIterable<string | LongLine> | Iterable<string>): AsyncGenerator<ReadResult> {
  let n = 0;
  for await (const line of lines) {
    n++;
    const input = `${name}:${n}`;
    if (typeof line !== 'string') {
      const mb = (line.tooLong / 1048576).toFixed(1);
      yield { failed: { input, problem: `is a line of ${mb} MB; a JSONL line may be at most ${MAX_JSONL_LINE_BYTES / 1048576} MB (one article)` } };
      continue;
    }
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { failed: { input, problem: `is not valid JSON (${(e as Error).message})` } };
      continue;
    }
    const parsed = JsonlArticle.safeParse(value);
    if (!parsed.success) {
      yield { failed: { input, problem: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') } };
      continue;
    }
    const o = parsed.data;
    yield {
      candidate: {
        origin: { kind: 'jsonl', location: input, feed: null },
        html: o.html ?? null,
        text: o.html ? null : (o.text ?? null),
        url: o.url ?? null,
        charset: 'utf-8',
        given: { title: o.title, publishedAt: o.publishedAt, author: o.author, publisher: o.publisher ?? o.source, lang: o.lang, canonicalUrl: o.canonicalUrl },
      },
    };
  }
}

async function* feedItems(items: FeedItem[], feed: string, fetcher: Fetcher | null): AsyncGenerator<ReadResult> {
  for (const [i, item] of items.entries()) {
    const input = item.link ?? `${feed} item ${i + 1}`;
    const given = { title: item.title, publishedAt: item.publishedAt, author: item.author, publisher: item.feedTitle, lang: item.lang };
    if (!item.summaryOnly) {
      yield { candidate: { origin: { kind: 'feed', location: input, feed }, html: item.html, text: null, url: item.link, charset: null, given, warning: item.problem } };
      continue;
    }
    if (!item.link) {
      yield { failed: { input, problem: item.problem ?? 'the feed item has only a summary and no link to the article' } };
      continue;
    }
    if (!fetcher) {
      yield { failed: { input, problem: 'the feed item has only a summary; fetching its link is turned off' } };
      continue;
    }
    try {
      const page = await fetcher.fetch(item.link);
      const { text, charset } = decodeBytes(page.bytes, item.link, page.contentType);
      const c = documentCandidate({ kind: 'feed', location: page.url, feed }, 'html', text, charset, page.url);
      yield { candidate: { ...c, given } };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { failed: { input: e.input, problem: e.problem } };
    }
  }
}

/** Candidates from a file path or '-' (standard input). Whole-input problems throw InputError. */
export async function* readPath(path: string, fetcher: Fetcher | null): AsyncGenerator<ReadResult> {
  const name = path === '-' ? 'standard input' : path;
  const byName = path === '-' ? null : kindOfPath(path);
  // JSONL files may hold a whole archive: streamed, not read at once.
  if (byName === 'jsonl') {
    closeSync(openReadable(path, name));
    return yield* readJsonl(name, cappedLines(createReadStream(path), MAX_JSONL_LINE_BYTES));
  }
  const bytes = readFileCapped(path);
  const { text, charset } = decodeBytes(bytes, name);
  const kind = byName ?? sniffKind(text, null);
  const origin: Article['origin'] = { kind: path === '-' ? 'stdin' : 'file', location: name, feed: null };
  if (kind === 'feed') return yield* feedItems(await parseFeed(text, name), name, fetcher);
  if (kind === 'jsonl') return yield* readJsonl(name, text.split(/\r?\n/));
  yield { candidate: documentCandidate(origin, kind, text, charset, null) };
}

/** Candidates from an http(s) URL: a page, a text, or a feed whose items follow. */
export async function* readUrl(url: string, fetcher: Fetcher): AsyncGenerator<ReadResult> {
  const page = await fetcher.fetch(url);
  const { text, charset } = decodeBytes(page.bytes, url, page.contentType);
  const kind = sniffKind(text, page.contentType);
  if (kind === 'feed') return yield* feedItems(await parseFeed(text, url, page.url), url, fetcher);
  const asText = kind === 'text' || kind === 'jsonl';
  yield { candidate: documentCandidate({ kind: 'url', location: url, feed: null }, asText ? 'text' : 'html', text, charset, page.url) };
}
