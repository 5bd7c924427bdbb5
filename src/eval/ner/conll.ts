// CoNLL-style NER files: one token a line (TOKEN … TAG, space- or tab-separated), blank lines between
// sentences, `-DOCSTART-` lines between documents. The text is rebuilt with offsets so that Sumber can read it.
import { normalizeText } from '../../text/normalize.ts';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export interface ConllFile {
  documents: ConllDocument[];
  /** The file had -DOCSTART- lines; otherwise every sentence is its own document. */
  hasDocumentBreaks: boolean;
}

const DOCSTART = '-DOCSTART-';

export function parseConll(content: string): ConllFile {
  const documents: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sentence: ConllSentence = { tokens: [], tags: [] };
  let hasDocumentBreaks = false;
  const endSentence = () => {
    if (sentence.tokens.length) doc.sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (doc.sentences.length) documents.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const fields = line.includes('\t') ? line.split('\t') : line.trim().split(/ +/);
    if (fields[0] === DOCSTART) {
      hasDocumentBreaks = true;
      endDocument();
      continue;
    }
    sentence.tokens.push(fields[0]!);
    sentence.tags.push(fields.length > 1 ? fields[fields.length - 1]!.trim() : 'O');
  }
  endDocument();
  if (hasDocumentBreaks) return { documents, hasDocumentBreaks };
  return { documents: documents.flatMap((d) => d.sentences.map((s) => ({ sentences: [s] }))), hasDocumentBreaks };
}

export interface TokenOffset {
  start: number;
  end: number;
}

export interface RebuiltText {
  text: string;
  /** Per sentence, per token: where the token is in `text`. */
  offsets: TokenOffset[][];
}

const SENTENCE_BREAK = '\n\n';

/** A token as Sumber will see it: normalised, without inner whitespace, never empty. */
function tokenForm(token: string): string {
  return normalizeText(token).replace(/\s+/g, '_') || '_';
}

/**
 * Tokens joined by spaces, sentences by a blank line (so that no sentence runs into the next). The result
 * is unchanged by Sumber's normalisation, so analysis offsets index it directly.
 */
export function rebuildText(doc: ConllDocument): RebuiltText {
  let text = '';
  const offsets: TokenOffset[][] = [];
  doc.sentences.forEach((s, i) => {
    if (i > 0) text += SENTENCE_BREAK;
    offsets.push(
      s.tokens.map((tok, j) => {
        if (j > 0) text += ' ';
        const form = tokenForm(tok);
        const start = text.length;
        text += form;
        return { start, end: text.length };
      }),
    );
  });
  return { text, offsets };
}
