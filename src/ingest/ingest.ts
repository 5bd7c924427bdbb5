// The ingestion run: inputs → candidates → articles → duplicates, near-duplicates and originals resolved
// against the sink → analysis → one save per article. A failing input or item is reported and skipped;
// everything saved before stays as it was.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import type { AnalyzeInput } from '../pipeline/analyze.ts';
import type { LanguageGuess } from '../lang/detect.ts';
import type { Analysis } from '../schema/analysis.ts';
import type { Article, ArticleLink } from '../schema/article.ts';
import type { ArticleSink, StoredArticleRef } from './sink.ts';
import type { Candidate, ReadResult } from './candidate.ts';
import { buildArticle, type ArticleBuilder } from './article.ts';
import { bandKeys, similarity, NEAR_DUPLICATE_THRESHOLD } from './minhash.ts';
import type { OriginalHint } from './provenance.ts';
import { kindOfPath, readPath, readUrl } from './readers.ts';
import type { Fetcher } from './fetch.ts';

/** The analyser in this thread, or a pool of worker threads that answers later. */
export interface IngestAnalyzer {
  analyze(input: AnalyzeInput): Analysis | Promise<Analysis>;
}

export interface IngestContext {
  sink: ArticleSink;
  /** null: store articles without analysis (--no-analyze). */
  analyzer: IngestAnalyzer | null;
  /** Articles analysed at once (the size of the analyser's pool); 1 by default, in input order. */
  concurrency?: number;
  /** null: no network (URLs fail, summary-only feed items fail). */
  fetcher: Fetcher | null;
  /** Tells a translation (other language) from a republication: in this thread or the analyser's pool. */
  detector: { detect(text: string): LanguageGuess | Promise<LanguageGuess> };
  /** Where articles are built (page extraction, signatures): the analysis pool's threads, which read the
   *  packs' cues themselves… */
  builder?: ArticleBuilder;
  /** …or, without a builder, this thread, with these phrases that introduce an original (every pack's). */
  originalCues?: readonly string[];
  /** Language codes the analyser has packs for; other declared languages are detected instead. */
  analyzerLanguages: ReadonlySet<string>;
  /** Publication date (ISO) for articles that state none, such as plain text files. */
  defaultPublishedAt?: string | null;
  /** The publisher of articles whose container (JSONL field, feed) names none: before page metadata and datelines. */
  publisher?: string | null;
  now?: () => Date;
}

export type IngestEvent =
  | { kind: 'input'; input: string }
  /** `limits`: what the analysis could not read (no language pack), said with every stored article. */
  | { kind: 'stored'; article: Article; nearDuplicateOf: string | null; originalId: string | null; limits: string | null }
  /** `otherSource`: the same text from another URL or publisher (a verbatim copy), not the same article again. */
  | { kind: 'duplicate'; input: string; existing: StoredArticleRef; otherSource: boolean }
  | { kind: 'failed'; input: string; problem: string }
  | { kind: 'warning'; input: string; problem: string };

export interface IngestSummary {
  inputs: number;
  stored: number;
  duplicates: number;
  /** Of the duplicates, those from another URL or publisher. */
  verbatimCopies: number;
  nearDuplicates: number;
  linkedToOriginal: number;
  failed: number;
  /** Stored articles analysed only in part, by what was left out ("no language pack for zh: entities and times only"). */
  limited: Record<string, number>;
}

/** The files an input names: itself, or a folder's article files, recursively, in name order. */
export function expandInput(input: string, visited = new Set<string>()): string[] {
  const st = input === '-' ? undefined : statSync(input, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return [input];
  // A symbolic link back up the tree would otherwise be walked forever.
  const real = realpathSync(input);
  if (visited.has(real)) return [];
  visited.add(real);
  let names: string[];
  try {
    names = readdirSync(input);
  } catch {
    return [input]; // reading it as a file names the problem
  }
  return names
    .filter((n) => !n.startsWith('.'))
    .sort()
    .flatMap((n) => {
      const p = join(input, n);
      if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) return expandInput(p, visited);
      return kindOfPath(p) ? [p] : [];
    });
}

/** The same text reached us from somewhere else: another URL, or another publisher. */
function isOtherSource(a: Omit<Article, 'originalOf'>, existing: StoredArticleRef): boolean {
  const sameUrl = a.url !== null && (a.url === existing.url || a.url === existing.canonicalUrl);
  const sameCanonical = a.canonicalUrl !== null && a.canonicalUrl === existing.canonicalUrl;
  if (sameUrl || sameCanonical) return false;
  return (a.url !== null && a.url !== existing.url) || (a.publisher !== null && a.publisher !== existing.publisher);
}

function read(input: string, fetcher: Fetcher | null): AsyncGenerator<ReadResult> {
  if (/^https?:\/\//i.test(input)) {
    if (!fetcher) throw new InputError(input, 'fetching URLs is turned off');
    return readUrl(input, fetcher);
  }
  // A name with a scheme is a URL unless a file of that name exists.
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) && !existsSync(input)) {
    throw new InputError(input, `is a ${input.split(':')[0]}: URL; only http and https URLs are fetched (give a file as a path)`);
  }
  return readPath(input, fetcher);
}

export class Ingester {
  readonly summary: IngestSummary = { inputs: 0, stored: 0, duplicates: 0, verbatimCopies: 0, nearDuplicates: 0, linkedToOriginal: 0, failed: 0, limited: {} };
  private stopping = false;

  private readonly builder: ArticleBuilder;

  constructor(
    private readonly ctx: IngestContext,
    private readonly onEvent: (e: IngestEvent) => void = () => {},
  ) {
    const cues = ctx.originalCues;
    if (ctx.builder) this.builder = ctx.builder;
    else if (cues) this.builder = { build: (c, fetchedAt) => buildArticle(c, cues, fetchedAt) };
    else throw new Error('an ingester needs a builder or the original cues to build articles with');
  }

  /** Finish the article in hand, then stop (Ctrl-C). A re-run skips what was saved. */
  stop(): void {
    this.stopping = true;
  }

  get stopped(): boolean {
    return this.stopping;
  }

  async run(inputs: string[]): Promise<IngestSummary> {
    const limit = Math.max(1, this.ctx.concurrency ?? 1);
    const inFlight = new Set<Promise<void>>();
    // A fault that is not the input's (InputError) ends the run once the articles in hand are done.
    let fault: { error: unknown } | null = null;
    for (const input of inputs.flatMap((i) => expandInput(i))) {
      if (this.stopping || fault) break;
      this.summary.inputs++;
      this.onEvent({ kind: 'input', input });
      try {
        for await (const r of read(input, this.ctx.fetcher)) {
          if ('failed' in r) this.fail(r.failed.input, r.failed.problem);
          else {
            const p: Promise<void> = this.ingest(r.candidate)
              .catch((error) => void (fault ??= { error }))
              .finally(() => inFlight.delete(p));
            inFlight.add(p);
            if (inFlight.size >= limit) await Promise.race(inFlight);
          }
          // Between articles the event loop runs (signals, a server's requests), even when nothing awaited.
          await new Promise((resolve) => setImmediate(resolve));
          if (this.stopping || fault) break;
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        this.fail(e.input, e.problem);
      }
    }
    // Stopping finishes the articles in hand.
    await Promise.all(inFlight);
    if (fault) throw (fault as { error: unknown }).error;
    return this.summary;
  }

  private fail(input: string, problem: string): void {
    this.summary.failed++;
    this.onEvent({ kind: 'failed', input, problem });
  }

  /** One candidate, end to end; its own failure does not stop the run. */
  async ingest(c: Candidate): Promise<void> {
    const { sink } = this.ctx;
    try {
      if (c.warning) this.onEvent({ kind: 'warning', input: c.origin.location, problem: c.warning });
      const fetchedAt = (this.ctx.now?.() ?? new Date()).toISOString();
      const given = this.ctx.publisher && !c.given.publisher ? { ...c, given: { ...c.given, publisher: this.ctx.publisher } } : c;
      const built = await this.builder.build(given, fetchedAt);
      const { original } = built;
      const a = { ...built.article, publishedAt: built.article.publishedAt ?? this.ctx.defaultPublishedAt ?? null };
      // A canonical URL on another site names the original, not this copy: it is no key for this article.
      const ownCanonical = original?.url === a.canonicalUrl ? null : a.canonicalUrl;
      const keys = { canonicalUrl: ownCanonical, contentHash: a.contentHash };
      const duplicate = async (existing: StoredArticleRef) => {
        const otherSource = isOtherSource(a, existing);
        this.summary.duplicates++;
        if (otherSource) {
          this.summary.verbatimCopies++;
          await sink.recordCopy?.(existing.id, { url: a.url, canonicalUrl: a.canonicalUrl, publisher: a.publisher, origin: a.origin, fetchedAt });
        }
        this.onEvent({ kind: 'duplicate', input: c.origin.location, existing, otherSource });
      };
      const existing = await sink.findExisting(keys);
      if (existing) return duplicate(existing);
      const analysis = await this.analyze(a);
      const lang = a.lang ?? analysis?.lang.code ?? null;
      const link = original ? await this.linkOriginal(original, lang, a.text) : null;
      const article: Article = { ...a, originalOf: link?.link ?? null };
      const bands = bandKeys(a.minhash);
      const nearDuplicateOf = this.nearest(article, await sink.findByBands(bands));
      // Another writer (process, or an article in flight here) may have stored it while it was analysed.
      const stored = await sink.save({ article, analysis, bandKeys: bands, nearDuplicateOf, originalId: link?.originalId ?? null, unlessStored: keys });
      if (stored) return duplicate(stored);
      this.summary.stored++;
      if (nearDuplicateOf) this.summary.nearDuplicates++;
      if (link?.originalId) this.summary.linkedToOriginal++;
      const limits = analysis?.limits ?? null;
      if (limits) this.summary.limited[limits] = (this.summary.limited[limits] ?? 0) + 1;
      this.onEvent({ kind: 'stored', article, nearDuplicateOf, originalId: link?.originalId ?? null, limits });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.fail(e.input, e.problem);
    }
  }

  private async analyze(a: Omit<Article, 'originalOf'>): Promise<Analysis | null> {
    const { analyzer, analyzerLanguages } = this.ctx;
    if (!analyzer) return null;
    const primary = a.lang?.split('-')[0]?.toLowerCase();
    try {
      return await analyzer.analyze({
        text: a.text,
        title: a.title,
        url: a.url,
        publishedAt: a.publishedAt,
        lang: primary && analyzerLanguages.has(primary) ? primary : 'auto',
        name: a.origin.location,
      });
    } catch (e) {
      // A fault in one analysis must not end the batch: the article fails and is not stored half-done.
      if (e instanceof InputError) throw e;
      throw new InputError(a.origin.location, `analysis failed (${(e as Error).message}); store it unanalysed with --no-analyze`);
    }
  }

  /** The stored copy this one most resembles, if it is close enough to be the same report. */
  private nearest(a: Article, candidates: StoredArticleRef[]): string | null {
    let best: StoredArticleRef | null = null;
    let bestScore = NEAR_DUPLICATE_THRESHOLD;
    for (const c of candidates) {
      const s = similarity(a.minhash, c.minhash);
      if (s >= bestScore) [best, bestScore] = [c, s];
    }
    return best?.id ?? null;
  }

  /**
   * The link to an original: found in the sink by URL, else by title (which may be in another language).
   * A translation when the original's title is in another language than the article; else a republication.
   */
  private async linkOriginal(hint: OriginalHint, lang: string | null, text: string): Promise<{ link: ArticleLink; originalId: string | null }> {
    const { sink, detector } = this.ctx;
    const found =
      (await sink.findOriginal({ url: hint.url, title: hint.url ? null : hint.title })) ??
      (hint.title && hint.url ? await sink.findOriginal({ url: null, title: hint.title }) : null);
    const originalTitle = found?.title ?? hint.title;
    const articleLang = (lang ?? (await detector.detect(text)).code).split('-')[0];
    const originalLang = originalTitle ? (await detector.detect(originalTitle)).code : null;
    const relation = originalLang && originalLang !== 'und' && originalLang !== articleLang ? 'translation' : 'republication';
    return {
      link: { relation, url: found?.url ?? hint.url, title: originalTitle, evidence: hint.evidence },
      originalId: found?.id ?? null,
    };
  }
}
