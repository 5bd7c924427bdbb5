// A candidate document into an Article: main text, metadata (the container's first, then the page's),
// content hash, MinHash signature and what it says about an original.
import { createHash } from 'node:crypto';
import { normalizeText } from '../text/normalize.ts';
import { MAX_TEXT_BYTES } from '../text/decode.ts';
import { InputError } from '../errors.ts';
import type { Article } from '../schema/article.ts';
import type { Candidate } from './candidate.ts';
import { isoDateTime } from './metadata.ts';
import { findOriginalInText, type OriginalHint } from './provenance.ts';
import { minhash, words as wordsOf } from './minhash.ts';
import { creditLine } from './credit-line.ts';

/** Fewer words than this is no article: a paywall stub, an error page, an empty file. */
const MIN_WORDS = 20;
const MAX_TITLE_CHARS = 300;

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** A plain text's title: its first line, when that line stands alone, is short and ends without a stop. */
function textTitle(text: string): string | null {
  const [first, ...rest] = text.split(/\n\s*\n/);
  if (!first || rest.length === 0 || first.includes('\n')) return null;
  const line = first.trim();
  return line.length <= MAX_TITLE_CHARS && !/[.!?]$/.test(line) ? line : null;
}

/** Declared language tags as BCP 47: en_US → en-US. */
function langTag(v: string | null | undefined): string | null {
  const t = v?.trim().replace(/_/g, '-');
  return t && /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(t) ? t : null;
}

export interface BuiltArticle {
  article: Omit<Article, 'originalOf'>;
  original: OriginalHint | null;
}

export function contentHashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** One article's text (given, or extracted from a page) is refused over the cap the analyser is built for. */
function checkTextSize(text: string, name: string): void {
  // Cheap bound first: a string has at least as many UTF-8 bytes as characters, and at most three per UTF-16 unit.
  if (text.length * 3 <= MAX_TEXT_BYTES) return;
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_TEXT_BYTES) {
    throw new InputError(name, `has ${(bytes / 1048576).toFixed(1)} MB of text; an article may be at most ${MAX_TEXT_BYTES / 1048576} MB of text`);
  }
}

/** Where articles are built: in this thread (buildArticle), or in the analysis pool's threads. */
export interface ArticleBuilder {
  build(c: Candidate, fetchedAt: string): Promise<BuiltArticle>;
}

/** Page extraction (a DOM and Readability) is loaded with the first page: text and JSONL inputs never need it. */
export async function buildArticle(c: Candidate, cues: readonly string[], fetchedAt: string): Promise<BuiltArticle> {
  const name = c.origin.location;
  if (c.text !== null) checkTextSize(c.text, name);
  const page = c.html !== null ? (await import('./extract.ts')).extractArticle(c.html, { url: c.url ?? undefined, originalCues: cues }) : null;
  if (page) checkTextSize(page.text, name);
  const text = normalizeText(page ? page.text : (c.text ?? ''));
  const words = wordsOf(text).length;
  if (words < MIN_WORDS) {
    throw new InputError(name, words === 0 ? 'no article text found' : `only ${words} words of text found; not an article`);
  }
  const m = page?.metadata;
  const contentHash = contentHashOf(text);
  const url = c.url;
  const canonicalUrl = c.given.canonicalUrl ?? m?.canonicalUrl ?? null;
  const original = page?.original ?? findOriginalInText(text, cues);
  const title = c.given.title?.trim() || m?.title || (page ? page.title : textTitle(text));
  // An article naming itself (its own URL or headline) is no copy.
  const namesItself = !!original && ((!!original.url && original.url === url) || (!original.url && original.title === title));
  return {
    article: {
      id: `art_${contentHash.slice(0, 24)}`,
      contentHash,
      url,
      canonicalUrl,
      title,
      text,
      lang: langTag(c.given.lang) ?? langTag(m?.lang),
      publishedAt: isoDateTime(c.given.publishedAt) ?? m?.publishedAt ?? null,
      modifiedAt: m?.modifiedAt ?? null,
      author: c.given.author?.trim() || m?.author || null,
      // A plain text names its publisher only in a dateline or credit line, if at all.
      publisher: c.given.publisher?.trim() || m?.publisher || creditLine(text)?.publisher || hostOf(canonicalUrl ?? url),
      section: m?.section ?? null,
      charset: c.charset,
      fetchedAt,
      origin: c.origin,
      minhash: minhash(text),
    },
    original: namesItself ? null : original,
  };
}
