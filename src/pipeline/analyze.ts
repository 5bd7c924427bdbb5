// The analysis pipeline: text → sentences → entities, times, quantities → quotes → events → claims.
// Each stage is a function of what came before; this module only composes them.
import { createHash } from 'node:crypto';
import type { Analysis } from '../schema/analysis.ts';
import { SCHEMA_VERSION } from '../schema/vocabulary.ts';
import { normalizeText } from '../text/normalize.ts';
import { segment, type SegmentedText } from '../text/segment.ts';
import { createLanguageDetector, type LanguageDetector, type LanguageGuess } from '../lang/detect.ts';
import { FALLBACK_LANGUAGE, loadPack, packCodes } from '../lang/registry.ts';
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
  /** Language packs to use instead of the shipped ones (e.g. extended with a user's own dictionaries); absent,
   * every shipped pack is read. */
  packs?: ReadonlyMap<string, LanguagePack>;
  /** Told the CPU time of each stage (bench only); absent, stages run untimed. */
  onStage?: StageTimer;
}

export type StageName = 'language' | 'segment' | 'provenance' | 'entities' | 'times' | 'quantities' | 'quotes' | 'events' | 'claims';
export type StageTimer = (stage: StageName, cpuMicros: number) => void;

type Staged = <T>(stage: StageName, run: () => T) => T;

function timed(onStage: StageTimer | undefined): Staged {
  if (!onStage) return (_stage, run) => run();
  return (stage, run) => {
    const before = process.cpuUsage();
    const result = run();
    const used = process.cpuUsage(before);
    onStage(stage, used.user + used.system);
    return result;
  };
}

/** The language an input asks for, or null to detect it; one no pack reads is bad input. */
function requestedLanguage(input: AnalyzeInput, name: string, codes: ReadonlySet<string>): string | null {
  const requested = input.lang && input.lang !== 'auto' ? input.lang : null;
  if (requested && !codes.has(requested)) throw new InputError(name, `no language pack for '${requested}' (have: ${[...codes].join(', ')})`);
  return requested;
}

type Language = Analysis['lang'];

/** A requested language needs no guess (and has none); an undetermined one is read as the fallback language. */
function languageOf(requested: string | null, guess: LanguageGuess | null): Language {
  if (!guess) return { code: requested ?? FALLBACK_LANGUAGE, confidence: 1, detected: false };
  return { code: guess.code === 'und' ? FALLBACK_LANGUAGE : guess.code, confidence: guess.confidence, detected: true };
}

/** Every stage after language identification, with the pack the language chose. */
function analyzeIn(input: AnalyzeInput, name: string, text: string, lang: Language, pack: LanguagePack, ownPack: boolean, stage: Staged): Analysis {
  const doc = stage('segment', () => segment(text, pack.text));

  let publishedAt: string;
  let publishedAtSource: Analysis['publishedAtSource'];
  const fromDocument = input.publishedAt ? null : documentDate(doc, pack);
  if (input.publishedAt) [publishedAt, publishedAtSource] = [isoDate(input.publishedAt, name), 'option'];
  else if (fromDocument) [publishedAt, publishedAtSource] = [fromDocument, 'document'];
  else [publishedAt, publishedAtSource] = [new Date().toISOString().slice(0, 10), 'today'];

  const read = stage('provenance', () => findProvenance(doc, pack));
  const provenance = input.publisher ? { ...read, publisher: input.publisher } : read;
  // Without a pack of its own the text is read for what needs none: entities, times, numbers.
  const found = stage('entities', () => {
    const byPack = extractEntities(doc, pack, { date: publishedAt });
    return ownPack ? byPack : withCountryNames(byPack, doc, lang.code);
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
    lang,
    limits: ownPack ? null : `no language pack for ${lang.code}: entities and times only`,
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

/** An analyser with every pack in hand (the shipped ones unless given) and the language identifier loaded. */
export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const [detector, packs] = await Promise.all([
    createLanguageDetector(),
    options.packs ?? import('../lang/index.ts').then((m) => m.packs),
  ]);
  const codes = new Set(packs.keys());
  const stage = timed(options.onStage);
  return {
    analyze(input: AnalyzeInput): Analysis {
      const name = input.name ?? 'input';
      const text = normalizeText(input.text);
      const requested = requestedLanguage(input, name, codes);
      const lang = languageOf(requested, requested ? null : stage('language', () => detector.detect(text)));
      const own = packs.get(lang.code);
      return analyzeIn(input, name, text, lang, own ?? packs.get(FALLBACK_LANGUAGE)!, !!own, stage);
    },
  };
}

/** An analyser that loads what a text needs when it first needs it: the language identifier only for a text
 * of unknown language, a pack only for a text in its language. A process that reads Indonesian news given as
 * Indonesian never loads fastText or the other packs. */
export interface LazyAnalyzer {
  analyze(input: AnalyzeInput): Promise<Analysis>;
  detect(text: string): Promise<LanguageGuess>;
}

export function createLazyAnalyzer(): LazyAnalyzer {
  let detector: Promise<LanguageDetector> | null = null;
  const detect = async (text: string) => (await (detector ??= createLanguageDetector())).detect(text);
  const stage = timed(undefined);
  return {
    detect,
    async analyze(input: AnalyzeInput): Promise<Analysis> {
      const name = input.name ?? 'input';
      const text = normalizeText(input.text);
      const requested = requestedLanguage(input, name, packCodes);
      const lang = languageOf(requested, requested ? null : await detect(text));
      const own = packCodes.has(lang.code);
      const pack = await loadPack(own ? lang.code : FALLBACK_LANGUAGE);
      return analyzeIn(input, name, text, lang, pack, own, stage);
    },
  };
}
