// Where an article comes from: the publisher on the byline under the headline, and the original it says it
// translates or republishes ("Lihat berita aslinya : <title>", "Read the original: <title>").
import type { Evidence, Provenance, Sentence } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { ProvenanceLexicon } from './lexicon.ts';

/** A byline is a short line: a site or outlet name, not a sentence. */
const MAX_BYLINE_WORDS = 4;
const MAX_BYLINE_CHARS = 60;
/** A title whose words mostly do not occur in the article is in another language: the article translates it. */
const SHARED_WORDS_OF_SAME_LANGUAGE = 0.5;
/** Below this many words the article says too little to tell a language apart. */
const MIN_BODY_WORDS = 20;

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/;
const WORD = /[\p{L}\p{N}]+/gu;

function evidence(doc: SegmentedText, start: number, end: number): Evidence {
  const sentence = doc.sentences.find((s) => s.end > start) ?? doc.sentences[doc.sentences.length - 1];
  return { start, end, text: doc.text.slice(start, end), sentence: sentence?.index ?? 0 };
}

const paragraphSentences = (doc: SegmentedText, p: number) => doc.sentences.filter((s) => s.paragraph === p);

/** A one-sentence paragraph without a final stop: a headline or a byline. */
function shortLine(doc: SegmentedText, p: number): Sentence | null {
  const ss = paragraphSentences(doc, p);
  return ss.length === 1 && !/[.!?]$/.test(ss[0]!.text) ? ss[0]! : null;
}

/** The publisher named on the line under the headline ("Aboluowang.com"), skipping an author line. */
function byline(doc: SegmentedText, lex: ProvenanceLexicon): Sentence | null {
  if (!shortLine(doc, 0)) return null;
  for (const p of [1, 2]) {
    const line = shortLine(doc, p);
    if (!line) return null;
    const firstWord = line.text.match(WORD)?.[0]?.toLowerCase() ?? '';
    if (lex.authorPrefixes.has(firstWord)) continue;
    const words = line.text.match(WORD)?.length ?? 0;
    return words <= MAX_BYLINE_WORDS && line.text.length <= MAX_BYLINE_CHARS ? line : null;
  }
  return null;
}

interface CueHit {
  cue: string;
  start: number;
  end: number;
  /** What follows the cue on its line (the original's title or address). */
  restStart: number;
  restEnd: number;
}

/** The last line that opens with a cue. */
function originalCue(text: string, lex: ProvenanceLexicon): CueHit | null {
  const lower = text.toLowerCase();
  let found: CueHit | null = null;
  for (const line of text.matchAll(/^[ \t]*(\S[^\n]*)$/gm)) {
    const lineStart = line.index! + line[0].length - line[1]!.length;
    for (const cue of lex.originalCues) {
      if (!lower.startsWith(cue.toLowerCase(), lineStart)) continue;
      const end = lineStart + cue.length;
      if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      const rest = /^[\s:–—-]*/.exec(text.slice(end, lineStart + line[1]!.length))!;
      const restStart = end + rest[0].length;
      const restEnd = lineStart + line[1]!.trimEnd().length;
      found = { cue, start: lineStart, end, restStart, restEnd };
      break;
    }
  }
  return found;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Whether `word` stands in `text` as a whole word. */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + word.length] ?? ' ')) return true;
  }
  return false;
}

/** Whether the title is in another language than the article: most of its words the article never uses. */
function inOtherLanguage(title: string, body: string, bodyWords: number): boolean {
  const words = (title.match(WORD) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0 || bodyWords < MIN_BODY_WORDS) return false;
  const lower = body.toLowerCase();
  return words.filter((w) => hasWord(lower, w)).length / words.length < SHARED_WORDS_OF_SAME_LANGUAGE;
}

export function findProvenance(doc: SegmentedText, pack: LanguagePack): Provenance {
  const lex = pack.provenance;
  const line = byline(doc, lex);
  const hit = originalCue(doc.text, lex);
  const evidenceList: Evidence[] = line ? [evidence(doc, line.start, line.end)] : [];
  if (!hit) return { relation: 'original', publisher: line?.text ?? null, original: null, evidence: evidenceList };

  const rest = doc.text.slice(hit.restStart, hit.restEnd);
  const url = URL_IN_TEXT.exec(rest)?.[0].replace(/[.,;]+$/, '') ?? null;
  const title = url ? null : rest || null;
  const body = doc.text.slice(0, hit.start);
  const bodyWords = doc.tokens.filter((t) => t.kind === 'word' && t.end <= hit.start).length;
  const foreign = title !== null && inOtherLanguage(title, body, bodyWords);
  const relation = lex.translationCues.has(hit.cue) || foreign ? 'translation' : 'republication';
  evidenceList.push(evidence(doc, hit.start, hit.end));
  return {
    relation,
    publisher: line?.text ?? null,
    original: { title, url, evidence: rest ? evidence(doc, hit.restStart, hit.restEnd) : null },
    evidence: evidenceList,
  };
}
