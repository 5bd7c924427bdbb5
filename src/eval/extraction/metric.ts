// The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark evaluate.py), ported:
// word 4-gram shingles as multisets, per-document TP/FP/FN normalised to sum 1, precision and recall
// averaged over documents, F1 from the two averages; accuracy = share of exactly equal token sequences.

/** Python's `\w+` on str: letters, digits (all Unicode numbers) and underscore; not combining marks. */
const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokenizeWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(text: string): Map<string, number> {
  const tokens = tokenizeWords(text);
  const counts = new Map<string, number>();
  // A text shorter than the shingle gives one shorter shingle; an empty one gives none.
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const gram = tokens.slice(i, i + SHINGLE);
    if (!gram.length) continue;
    const key = gram.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface DocumentMatch {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(truth: string, predicted: string): DocumentMatch {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: DocumentMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: DocumentMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  documents: number;
}

export function exactTokens(truth: string, predicted: string): boolean {
  const a = tokenizeWords(truth);
  const b = tokenizeWords(predicted);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Scores predictions against the truth, both keyed by item id; an item without prediction counts as empty. */
export function scoreExtraction(truth: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ExtractionScore {
  const matches: DocumentMatch[] = [];
  const exact: boolean[] = [];
  for (const [id, body] of truth) {
    const pred = predicted.get(id) ?? '';
    matches.push(shingleMatch(body, pred));
    exact.push(exactTokens(body, pred));
  }
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(precisionOf));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(recallOf));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: mean(exact.map(Number)), documents: matches.length };
}
