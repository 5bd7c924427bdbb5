// Main text and metadata of an HTML page: @mozilla/readability on a linkedom document,
// its result turned into text block by block.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { blockText } from './block-text.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';
import { findLinkedOriginal, type OriginalHint } from './provenance.ts';

export interface ExtractedArticle {
  title: string | null;
  text: string;
  metadata: PageMetadata;
  /** What the page says about an original it translates or republishes, if anything. */
  original: OriginalHint | null;
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A fragment (a feed item's `<p>…</p>`, an API body) as a page: linkedom gives a fragment no <body> to read. */
export function asDocument(html: string): string {
  const head = html.replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '').slice(0, 1024);
  return /^<(!doctype|html|head|body|title|meta|link)[\s>]/i.test(head) ? html : `<!doctype html><html><head></head><body><article>${html}</article></body></html>`;
}

/** The page's declared title (JSON-LD, OpenGraph, <title>), else Readability's; empty text when no article was found. */
export function extractArticle(html: string, opts: { url?: string; originalCues?: readonly string[] } = {}): ExtractedArticle {
  const document = parseDocument(asDocument(html));
  const metadata = readMetadata(document, opts.url);
  const original = findLinkedOriginal(document, metadata, opts.originalCues ?? [], opts.url);
  // Short wire briefs fall under Readability's default threshold of 500 characters.
  const parsed = new Readability(document, { charThreshold: 300 }).parse();
  let text = '';
  if (parsed?.content) {
    const body = parseDocument(`<!doctype html><html><body>${parsed.content}</body></html>`).body;
    text = blockText(body as unknown as Parameters<typeof blockText>[0]);
  }
  const title = metadata.title ?? parsed?.title?.trim() ?? null;
  return { title: title || null, text, metadata, original };
}
