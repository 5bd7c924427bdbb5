// Article metadata a page declares about itself: JSON-LD first, then OpenGraph / <meta>, then plain HTML.
// A URL the page declares that is not http(s) is dropped: it is the page's say, not the user's.
import { httpUrl } from '../schema/url.ts';
import { isCalendarDate } from '../schema/date.ts';

export interface PageMetadata {
  title: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  author: string | null;
  publisher: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  section: string | null;
  /** URL a syndication meta tag names as the original (syndication-source, original-source). */
  syndicationSource: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|Posting/;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the page's JSON-LD blocks, @graph flattened. Malformed blocks are skipped: pages get them wrong. */
function jsonLdObjects(document: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      /* not JSON: ignore */
    }
  }
  return out;
}

function typeOf(o: Json): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : String(t ?? '');
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (isObject(v)) return nameOf(v.name);
  return null;
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (isObject(v)) return urlOf(v['@id'] ?? v.url);
  return null;
}

/** ISO form of a date the page gives; a bare date stays a date. Unparseable → null. */
export function isoDateTime(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isCalendarDate(v) ? v : null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function clean(v: string | null | undefined): string | null {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

export function readMetadata(document: Document, pageUrl?: string): PageMetadata {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const v = clean(el?.getAttribute('content'));
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLdObjects(document);
  const article = ld.find((o) => ARTICLE_TYPES.test(typeOf(o))) ?? ld.find((o) => 'headline' in o) ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? clean(v) : Array.isArray(v) ? clean(v.filter((x) => typeof x === 'string').join(', ')) : null);
  const timeAttr = (prop: string) => clean(document.querySelector(`time[itemprop="${prop}"]`)?.getAttribute('datetime'));
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;

  return {
    title: str(article.headline) ?? meta('og:title', 'twitter:title', 'title') ?? clean(document.querySelector('title')?.textContent),
    publishedAt: isoDateTime(
      str(article.datePublished) ??
        meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'DC.date.issued', 'dcterms.issued', 'date') ??
        timeAttr('datePublished'),
    ),
    modifiedAt: isoDateTime(str(article.dateModified) ?? meta('article:modified_time', 'og:updated_time', 'dateModified') ?? timeAttr('dateModified')),
    author: nameOf(article.author) ?? meta('author', 'article:author', 'parsely-author', 'DC.creator', 'byl'),
    publisher: nameOf(article.publisher) ?? meta('og:site_name', 'application-name'),
    lang: clean(document.documentElement?.getAttribute('lang')) ?? str(article.inLanguage) ?? meta('og:locale', 'content-language', 'language') ?? clean(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
    canonicalUrl: httpUrl(canonicalHref ?? meta('og:url') ?? urlOf(article.mainEntityOfPage) ?? str(article.url), pageUrl),
    section: str(article.articleSection) ?? meta('article:section', 'section', 'parsely-section'),
    syndicationSource: httpUrl(meta('syndication-source', 'original-source') ?? document.querySelector('link[rel="original-source"]')?.getAttribute('href') ?? null, pageUrl),
  };
}
