// The cross-article test corpus: 13 inputs, ingested in this order through the real ingestion and analysis.
// Real: the Indonesian sample (Aboluowang, 28 June 2024). Written for the tests: everything else — the English
// text of the sample's facts (bundled sample), and the files in testdata/ (short reports in the style of wire
// news; the outlets are made-up .example hosts).
//   Story "North Korean troops": the Indonesian sample (twice: the second is a duplicate), its English report,
//     a verbatim wire copy of that report at another outlet, and Seoul's denial (a disagreement between sources).
//   Story "Kyiv strike": an English report, its verbatim copy elsewhere, a lightly edited rewrite (near-duplicate),
//     the Indonesian report (cross-language pair), and Moscow's denial that civilians were attacked.
//   Story "Japan–Australia pact": an English and an Indonesian report.
//   Alone: floods in Kenya.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Candidate } from '../ingest/candidate.ts';

export interface CorpusInput {
  file: string;
  url: string;
  publisher: string;
  publishedAt: string;
  real: boolean;
}

const sample = (name: string) => fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));
const data = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));

export const CORPUS: readonly CorpusInput[] = [
  { file: sample('north-korea-troops-id.txt'), url: 'https://aboluowang.example/2024/06/nk-troops', publisher: 'Aboluowang.com', publishedAt: '2024-06-28', real: true },
  { file: sample('north-korea-troops-id.txt'), url: 'https://aboluowang.example/2024/06/nk-troops', publisher: 'Aboluowang.com', publishedAt: '2024-06-28', real: true },
  { file: sample('north-korea-troops-en.txt'), url: 'https://english-desk.example/nk-troops', publisher: 'English Desk', publishedAt: '2024-06-29', real: false },
  { file: sample('north-korea-troops-en.txt'), url: 'https://mirror-news.example/world/nk-troops', publisher: 'Mirror News', publishedAt: '2024-06-29', real: false },
  { file: data('seoul-denies-troops-en.txt'), url: 'https://seoul-daily.example/nk-denial', publisher: 'Seoul Daily', publishedAt: '2024-07-01', real: false },
  { file: data('kyiv-strike-en.txt'), url: 'https://kyiv-wire.example/strike', publisher: 'Kyiv Wire', publishedAt: '2024-07-08', real: false },
  { file: data('kyiv-strike-en.txt'), url: 'https://another-outlet.example/kyiv', publisher: 'Another Outlet', publishedAt: '2024-07-08', real: false },
  { file: data('kyiv-strike-rewrite-en.txt'), url: 'https://third-paper.example/kyiv-strike', publisher: 'Third Paper', publishedAt: '2024-07-08', real: false },
  { file: data('kyiv-strike-id.txt'), url: 'https://berita.example/rusia-serang-kyiv', publisher: 'Berita', publishedAt: '2024-07-08', real: false },
  { file: data('moscow-denies-civilians-en.txt'), url: 'https://moscow-herald.example/strikes', publisher: 'Moscow Herald', publishedAt: '2024-07-09', real: false },
  { file: data('japan-australia-pact-en.txt'), url: 'https://tokyo-times.example/pact', publisher: 'Tokyo Times', publishedAt: '2024-07-05', real: false },
  { file: data('japan-australia-pact-id.txt'), url: 'https://kabar.example/pakta', publisher: 'Kabar', publishedAt: '2024-07-05', real: false },
  { file: data('flood-kenya-en.txt'), url: 'https://nairobi-post.example/floods', publisher: 'Nairobi Post', publishedAt: '2024-07-03', real: false },
];

export function corpusCandidate(input: CorpusInput): Candidate {
  const text = readFileSync(input.file, 'utf8');
  return {
    origin: { kind: 'file', location: input.url, feed: null },
    html: null,
    text,
    url: input.url,
    charset: null,
    given: { title: text.split('\n')[0]!.trim(), publishedAt: input.publishedAt, lang: null, publisher: input.publisher },
  };
}
