// A demonstration corpus of a few thousand real texts, read from the repository and from the evaluation data
// beside it (../shared): news articles, coded news sentences, treebank documents and news pages. It feeds
// `npm run demo:store`, which ingests it so the dashboard can be tried, and tested, at the size of real use.
// Each source is read as it is: no text is changed beyond joining tokens back into sentences.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATASETS, DEV_SETS, REPO_ROOT } from '../eval/data.ts';
import { CORPUS as STORY_CORPUS } from '../stories/test-corpus.ts';

/** One line of the ingest JSONL (src/ingest/readers.ts reads the same fields). */
export interface DemoArticle {
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  source?: string;
  lang?: string;
}

export interface DemoSource {
  name: string;
  articles: DemoArticle[];
}

const read = (path: string) => readFileSync(path, 'utf8');
const jsonLines = (path: string) =>
  read(path)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** Tokens back into a sentence: no space before closing punctuation or after opening brackets. */
export function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)(?=\s|$)/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/" (.*?) "/g, '"$1"');
}

const title = (text: string, max = 90) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max)) || text.slice(0, max)}…`);

/** CoNLL-2003 style token files: documents split by -DOCSTART-, a headline, a dateline with the date, then the story. */
export function conllDocuments(text: string, source: string): DemoArticle[] {
  const docs: DemoArticle[] = [];
  for (const chunk of text.split(/^-DOCSTART-.*$/m)) {
    const sentences = chunk
      .split(/\n\s*\n/)
      .map((block) => detokenize(block.split('\n').filter(Boolean).map((l) => l.split(' ')[0]!)))
      .filter(Boolean);
    if (sentences.length < 3) continue;
    const [headline, dateline, ...body] = sentences;
    const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(dateline!)?.[1];
    docs.push({ title: headline, text: [`${dateline} - ${body[0] ?? ''}`, ...body.slice(1)].join('\n\n'), publishedAt: date, source, lang: 'en' });
  }
  return docs;
}

/**
 * A CoNLL-U treebank's documents (`# newdoc`), paragraphs kept. Parallel (PUD) treebanks name the document in
 * each sentence id (n01001011: document n01001, sentence 011), whatever their `# newdoc` lines say.
 */
export function treebankDocuments(text: string, lang: string, source: string, keep: (docId: string) => boolean = () => true): DemoArticle[] {
  const docs: { id: string; paragraphs: string[][] }[] = [];
  const marked = /^# newdoc/m.test(text) && !/^# sent_id = [nw]\d{8}$/m.test(text);
  for (const line of text.split('\n')) {
    const doc = marked ? /^# newdoc(?: id = (.+))?$/.exec(line) : /^# sent_id = ([nw]\d{5})\d+$/.exec(line);
    if (doc && (doc[1] === undefined || doc[1].trim() !== docs.at(-1)?.id)) docs.push({ id: doc[1]?.trim() ?? `${docs.length + 1}`, paragraphs: [[]] });
    else if (/^# newpar/.test(line) && docs.at(-1)?.paragraphs.at(-1)?.length) docs.at(-1)!.paragraphs.push([]);
    else {
      const sentence = /^# text = (.+)$/.exec(line);
      if (sentence && docs.length) docs.at(-1)!.paragraphs.at(-1)!.push(sentence[1]!.trim());
    }
  }
  return docs
    .filter((d) => keep(d.id))
    .map((d) => {
      const ps = d.paragraphs.filter((p) => p.length).map((p) => p.join(' '));
      // A dated document id (ParlaMint-UA_2022-01-25-…) gives the date of the sitting.
      const date = /(\d{4}-\d{2}-\d{2})/.exec(d.id)?.[1];
      return { title: title(ps[0] ?? ''), text: ps.join('\n\n'), source, lang, ...(date ? { publishedAt: date } : {}) };
    });
}

/** Ingestion refuses texts of fewer than 20 words as not articles; the corpus leaves them out beforehand. */
const MIN_WORDS = 20;
export const longEnough = (a: DemoArticle) => (a.html !== undefined ? true : (a.text ?? '').split(/\s+/).filter(Boolean).length >= MIN_WORDS);

const isoFromCompact = (d: unknown) => (typeof d === 'string' && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : undefined);

/** The sources under an evaluation data root (../shared/eval) and its treebanks (../shared/ud); absent ones are skipped. */
export function sharedSources(evalRoot: string): DemoSource[] {
  const at = (p: string) => join(evalRoot, p);
  const ud = resolve(evalRoot, '../ud');
  const sources: DemoSource[] = [];
  const add = (name: string, path: string, articles: (path: string) => DemoArticle[]) => {
    if (existsSync(path)) sources.push({ name, articles: articles(path).filter(longEnough) });
  };
  add('CoNLL++ dev (Reuters, 1996)', at(DATASETS.nerConllppDev), (p) => conllDocuments(read(p), 'Reuters'));
  // The GSR's dates are all one placeholder day: its sentences are stored undated.
  add('PLOVER GSR dev sentences', at(DATASETS.ploverDev), (p) =>
    jsonLines(p).map((r) => ({ title: title(String(r.text)), text: String(r.text), source: 'PLOVER GSR', lang: 'en' })),
  );
  add('PETRARCH2 unit-test sentences', at(DATASETS.petrarchRecords), (p) =>
    jsonLines(p).map((r) => ({ title: title(String(r.text)), text: String(r.text), publishedAt: isoFromCompact(r.date), source: 'PETRARCH2 tests', lang: 'en' })),
  );
  add('news pages (article-extraction benchmark)', at(DATASETS.extractionBenchmark), (dir) => {
    const truth = JSON.parse(read(join(dir, 'ground-truth.json'))) as Record<string, { url: string }>;
    return readdirSync(join(dir, 'html'))
      .filter((f) => f.endsWith('.html.gz'))
      .sort()
      .map((f) => ({ html: gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8'), url: truth[f.replace(/\.html\.gz$/, '')]?.url }));
  });
  const treebanks: [string, string, string, string, ((id: string) => boolean)?][] = [
    ['en/ewt-dev.conllu', 'en', 'UD English EWT', 'EWT web text (dev)'],
    ['en/ewt-test.conllu', 'en', 'UD English EWT', 'EWT web text (test)'],
    ['en/gum-open-train.conllu', 'en', 'UD English GUM', 'GUM documents (train)'],
    ['en/gum-open-dev.conllu', 'en', 'UD English GUM', 'GUM documents (dev)'],
    ['en/gum-open-test.conllu', 'en', 'UD English GUM', 'GUM documents (test)'],
    ['id/pud-test.conllu', 'id', 'UD Indonesian PUD', 'PUD news (id)', (id) => id.startsWith('n')],
    ['es/pud-test.conllu', 'es', 'UD Spanish PUD', 'PUD news (es)', (id) => id.startsWith('n')],
    ['ru/pud-test.conllu', 'ru', 'UD Russian PUD', 'PUD news (ru): no language pack', (id) => id.startsWith('n')],
    ['ko/pud-test.conllu', 'ko', 'UD Korean PUD', 'PUD news (ko): no language pack', (id) => id.startsWith('n')],
    ['ru/taiga-dev.conllu', 'ru', 'UD Russian Taiga', 'Taiga documents (ru): no language pack'],
    ['ru/taiga-test.conllu', 'ru', 'UD Russian Taiga', 'Taiga documents (ru): no language pack'],
    ['uk/parlamint-dev.conllu', 'uk', 'ParlaMint-UA', 'ParlaMint speeches (uk): no language pack'],
    ['uk/parlamint-test.conllu', 'uk', 'ParlaMint-UA', 'ParlaMint speeches (uk): no language pack'],
  ];
  for (const [file, lang, source, name, keep] of treebanks) add(name, join(ud, file), (p) => treebankDocuments(read(p), lang, source, keep));
  return sources;
}

/** The repository's own real and written texts: the samples, the story corpora and the event dev sets. */
export function repositorySources(): DemoSource[] {
  const stories = STORY_CORPUS.map((c) => {
    const text = read(c.file);
    return { title: text.split('\n')[0]!.trim(), text, url: c.url, source: c.publisher, publishedAt: c.publishedAt };
  });
  const realDir = resolve(REPO_ROOT, 'src/stories/testdata/real');
  const real = read(join(realDir, 'README.md'))
    .split('\n')
    .map((l) => l.split('|').map((c) => c.trim()))
    .filter((c) => c[1]?.endsWith('.txt') && existsSync(join(realDir, c[1])))
    .map((c) => ({ text: read(join(realDir, c[1]!)), source: c[2]!.replace(/ \(.*\)$/, ''), publishedAt: c[3], url: c[4] }));
  const dev = DEV_SETS.flatMap(({ path }) => {
    const docs = new Map<string, Record<string, unknown>[]>();
    for (const r of jsonLines(path)) docs.set(String(r.doc), [...(docs.get(String(r.doc)) ?? []), r]);
    return [...docs.values()].map((rs) => ({
      text: rs.map((r) => String(r.text)).join('\n\n'),
      url: String(rs[0]!.url),
      source: String(rs[0]!.outlet).replace(/ \(.*\)$/, ''),
      publishedAt: String(rs[0]!.date),
      lang: String(rs[0]!.language),
    }));
  });
  return [
    { name: 'story corpus (samples and written reports)', articles: stories },
    { name: 'real story excerpts', articles: real },
    { name: 'real-news event dev sets', articles: dev },
  ].map((s) => ({ ...s, articles: s.articles.filter(longEnough) }));
}
