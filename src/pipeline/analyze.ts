// The analysis pipeline: text → sentences → entities, times, quantities → quotes → events → claims.
// Each stage is a function of what came before; this module only composes them.
import { createHash } from 'node:crypto';
import { Analysis, SCHEMA_VERSION } from '../schema/analysis.ts';
import { normalizeText } from '../text/normalize.ts';
import { segment, type SegmentedText } from '../text/segment.ts';
import { createLanguageDetector, type LanguageDetector } from '../lang/detect.ts';
import { FALLBACK_LANGUAGE, packs as shippedPacks } from '../lang/index.ts';
import type { LanguagePack } from '../lang/types.ts';
import { extractEntities, type EntityResult } from '../entities/index.ts';
import { findCountriesIn } from '../entities/world-names.ts';
import { documentDate, extractTimes } from '../time/index.ts';
import { extractQuantities } from '../quantities/index.ts';
import { extractQuotes } from '../quotes/index.ts';
import { extractEvents } from '../events/index.ts';
import { findClaims } from '../claims/index.ts';
import { findProvenance } from '../provenance/index.ts';
import { InputError } from '../errors.ts';
import { isoDate } from './iso-date.ts';

export const ANALYZER_VERSION = '0.1.0';

export interface AnalyzeInput {
  text: string;
  /** Where the text came from, for error messages. */
  name?: string;
  title?: string | null;
  url?: string | null;
  /** ISO date or date-time of publication; relative times resolve against it. */
  publishedAt?: string | null;
  /** 'auto' (default) or a language code. */
  lang?: string;
  /** The publisher, when the caller knows it (`--source`): it names the article's own voice instead of the byline. */
  publisher?: string | null;
}

export interface Analyzer {
  analyze(input: AnalyzeInput): Analysis;
}

const MAX_TITLE_CHARS = 300;


/** A first paragraph of one short sentence without a final stop is the headline. */
function headline(doc: SegmentedText): string | null {
  const first = doc.sentences[0];
  if (!first || doc.sentences[1]?.paragraph === first.paragraph) return null;
  if (first.text.length > MAX_TITLE_CHARS || /[.!?]$/.test(first.text)) return null;
  return first.text;
}

export interface AnalyzerOptions {
  /** Language packs to use instead of the shipped ones (e.g. extended with a user's own dictionaries). */
  packs?: ReadonlyMap<string, LanguagePack>;
  /** Told the CPU time of each stage (bench only); absent, stages run untimed. */
  onStage?: StageTimer;
}

export type StageName = 'language' | 'segment' | 'provenance' | 'entities' | 'times' | 'quantities' | 'quotes' | 'events' | 'claims';
export type StageTimer = (stage: StageName, cpuMicros: number) => void;

function timed(onStage: StageTimer | undefined): <T>(stage: StageName, run: () => T) => T {
  if (!onStage) return (_stage, run) => run();
  return (stage, run) => {
    const before = process.cpuUsage();
    const result = run();
    const used = process.cpuUsage(before);
    onStage(stage, used.user + used.system);
    return result;
  };
}

export function createAnalyzerWith(detector: LanguageDetector, options: AnalyzerOptions = {}): Analyzer {
  const packs = options.packs ?? shippedPacks;
  const packFor = (code: string) => packs.get(code) ?? packs.get(FALLBACK_LANGUAGE)!;
  const stage = timed(options.onStage);
  return {
    analyze(input: AnalyzeInput): Analysis {
      const name = input.name ?? 'input';
      const text = normalizeText(input.text);
      const requested = input.lang && input.lang !== 'auto' ? input.lang : null;
      if (requested && !packs.has(requested)) {
        throw new InputError(name, `no language pack for '${requested}' (have: ${[...packs.keys()].join(', ')})`);
      }
      // A requested language needs no guess.
      const guess = requested ? null : stage('language', () => detector.detect(text));
      const langCode = requested ?? (guess!.code === 'und' ? 'en' : guess!.code);
      const pack = packFor(langCode);
      // Without a pack of its own the text is read for what needs none: entities, times, numbers.
      const ownPack = packs.has(langCode);
      const doc = stage('segment', () => segment(text, pack.text));

      let publishedAt: string;
      let publishedAtSource: Analysis['publishedAtSource'];
      const fromDocument = input.publishedAt ? null : documentDate(doc, pack);
      if (input.publishedAt) [publishedAt, publishedAtSource] = [isoDate(input.publishedAt, name), 'option'];
      else if (fromDocument) [publishedAt, publishedAtSource] = [fromDocument, 'document'];
      else [publishedAt, publishedAtSource] = [new Date().toISOString().slice(0, 10), 'today'];

      const read = stage('provenance', () => findProvenance(doc, pack));
      const provenance = input.publisher ? { ...read, publisher: input.publisher } : read;
      const found = stage('entities', () => {
        const byPack = extractEntities(doc, pack, { date: publishedAt });
        return ownPack ? byPack : withCountryNames(byPack, doc, langCode);
      });
      const times = stage('times', () => extractTimes(doc, pack, publishedAt));
      const quantities = stage('quantities', () => extractQuantities(doc, pack, { exclude: times }));
      const articleSource = provenance.publisher ?? input.url ?? 'this article';
      const quotes = ownPack ? stage('quotes', () => extractQuotes(doc, pack, found, articleSource)) : [];
      const events = !ownPack ? [] : stage('events', () =>
        extractEvents(doc, pack, {
          ...found,
          times,
          quantities,
          quotes,
          articleSource,
        }),
      );
      const { claims, contradictions } = stage('claims', () => findClaims(events, quantities));

      return {
        schemaVersion: SCHEMA_VERSION,
        id: createHash('sha256').update(text).digest('hex'),
        lang: { code: langCode, confidence: guess ? guess.confidence : 1, detected: !requested },
        limits: ownPack ? null : `no language pack for ${langCode}: entities and times only`,
        title: input.title ?? headline(doc),
        url: input.url ?? null,
        publishedAt,
        publishedAtSource,
        text,
        sentences: doc.sentences,
        tokens: doc.tokens,
        entities: found.entities,
        mentions: found.mentions,
        times,
        quantities,
        events,
        quotes,
        claims,
        contradictions,
        provenance,
        analyzer: { version: ANALYZER_VERSION, backends: ['rules'] },
      };
    },
  };
}

/** The fallback pack's entities with the countries the text names in its own language. */
function withCountryNames(found: EntityResult, doc: SegmentedText, lang: string): EntityResult {
  const extra = findCountriesIn(doc.text, doc.sentences, lang, found.mentions, found.mentions.length + 1);
  const entities = new Map(found.entities.map((e) => [e.id, e]));
  for (const e of extra.entities) {
    const known = entities.get(e.id);
    entities.set(e.id, known ? { ...known, mentionIds: [...known.mentionIds, ...e.mentionIds] } : e);
  }
  return { entities: [...entities.values()], mentions: [...found.mentions, ...extra.mentions].sort((a, b) => a.start - b.start) };
}

export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  return createAnalyzerWith(await createLanguageDetector(), options);
}

/** Checks a result against the schema; tests and the store's boundary use it. */
export function validateAnalysis(value: unknown): Analysis {
  return Analysis.parse(value);
}
