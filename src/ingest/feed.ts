// RSS 2.0, Atom and RDF feeds (already decoded to text) into their items.
import FeedParser from 'feedparser';
import { Readable } from 'node:stream';
import { InputError } from '../errors.ts';
import { isoDateTime } from './metadata.ts';
import { httpUrl } from '../schema/url.ts';

export interface FeedItem {
  title: string | null;
  /** The item's http(s) link; any other link is dropped and named in `problem`. */
  link: string | null;
  problem?: string;
  /** The item's content as HTML: the full article when the feed carries it, else a summary. */
  html: string | null;
  /** The content is a summary: the article itself must be fetched from `link`. */
  summaryOnly: boolean;
  publishedAt: string | null;
  author: string | null;
  feedTitle: string | null;
  lang: string | null;
}

/** Feeds that carry whole articles give at least this many words per item; fewer is a teaser. */
const FULL_TEXT_MIN_WORDS = 150;

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/<\?xml[^>]*>|<!--[\s\S]*?-->/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)\b/i.test(head) || (/^<\?xml/i.test(text.trimStart()) && /<(rss|feed|rdf:RDF)\b/i.test(text.slice(0, 4096)));
}

function wordCount(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function parseFeed(text: string, inputName: string, feedUrl?: string): Promise<FeedItem[]> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ feedurl: feedUrl, resume_saxerror: false });
    const items: FeedItem[] = [];
    let failed = false;
    parser.on('error', (e: Error) => {
      if (failed) return;
      failed = true;
      const why = e.message === 'Not a feed' ? 'is not an RSS, Atom or RDF feed' : `is not a well-formed feed (${e.message.split('\n').join(', ')})`;
      reject(new InputError(inputName, why));
    });
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) {
        const html = item.description ?? item.summary;
        const rawLink: string | null = item.origlink ?? item.link ?? null;
        const link = httpUrl(rawLink);
        items.push({
          title: item.title?.trim() || null,
          link,
          problem: rawLink && !link ? `the item's link '${rawLink.slice(0, 80)}' is not an http(s) URL; dropped` : undefined,
          html,
          summaryOnly: !html || wordCount(html) < FULL_TEXT_MIN_WORDS,
          publishedAt: isoDateTime((item.pubdate ?? item.date)?.toISOString()),
          author: item.author,
          feedTitle: item.meta?.title ?? null,
          lang: item.meta?.language ?? null,
        });
      }
    });
    parser.on('end', () => {
      if (!failed) resolve(items);
    });
    Readable.from([text]).pipe(parser);
  });
}
