// Lines of a stream, each at most a given number of bytes: a longer line is skipped without being held in
// memory whole (a 50 MB JSONL line must not become a 50 MB string), and reported by its length.
import type { Readable } from 'node:stream';

/** A line over the cap: only how long it was is kept. */
export interface LongLine {
  tooLong: number;
}

export async function* cappedLines(input: Readable | AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<string | LongLine> {
  let parts: Buffer[] = [];
  let held = 0;
  // Bytes of the current line when it is over the cap (and no longer held); 0 otherwise.
  let skipped = 0;
  const end = (): string | LongLine => {
    const line = skipped ? { tooLong: skipped } : Buffer.concat(parts, held).toString('utf8').replace(/\r$/, '');
    parts = [];
    held = 0;
    skipped = 0;
    return line;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      if (skipped) skipped += piece.length;
      else if (held + piece.length > maxBytes) {
        skipped = held + piece.length;
        parts = [];
        held = 0;
      } else if (piece.length) {
        parts.push(piece);
        held += piece.length;
      }
      if (nl < 0) break;
      yield end();
      start = nl + 1;
    }
  }
  if (held || skipped) yield end();
}
