import { createAnalyzer } from '../src/pipeline/analyze.ts';
import { createLanguageDetector } from '../src/lang/detect.ts';
import { packs } from '../src/lang/index.ts';
import { originalCues } from '../src/ingest/provenance.ts';
import { Ingester } from '../src/ingest/ingest.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { storiesOf } from '../src/store/stories.ts';
import { CORPUS, corpusCandidate } from '../src/stories/test-corpus.ts';
const store = openSqliteStore(':memory:');
const [analyzer, detector] = await Promise.all([createAnalyzer(), createLanguageDetector()]);
const ing = new Ingester({ sink: store, analyzer, fetcher: null, detector, originalCues: originalCues(packs.values()), analyzerLanguages: new Set(packs.keys()) }, () => {});
for (const input of CORPUS) await ing.ingest(corpusCandidate(input));
const idx = storiesOf(store);
for (const e of idx.listMergedEvents({}, { limit: 500 }).items) {
  if (!/PRK/.test(e.actors.join())) continue;
  console.log(e.id, e.type, e.mode, e.actors, e.recipients, JSON.stringify(e.time), e.place?.name, e.status);
  for (const m of e.mentions) console.log('   ', m.key.slice(0, 12), m.source, m.stage, m.polarity, '|', m.text, '|', m.reason);
}
