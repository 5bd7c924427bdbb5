// Reading one file (or standard input) whole, refusing one over a cap before reading it. Apart from the
// readers of ingestion so that `analyze` reads a file without loading feed and page parsers.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { InputError } from '../errors.ts';

/** A page or feed larger than this is not one article or one feed; the file is refused before reading it. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export function openReadable(path: string, name: string): number {
  try {
    return path === '-' ? 0 : openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(name, code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code})`);
  }
}

/** What may be how large, for the message that refuses a larger one. */
export interface ReadLimit {
  bytes: number;
  rule: string;
}

const DOCUMENT_LIMIT: ReadLimit = {
  bytes: MAX_DOCUMENT_BYTES,
  rule: `a page, text or feed may be at most ${MAX_DOCUMENT_BYTES / 1048576} MB (split large collections into JSONL)`,
};

/** A file's (or, for '-', standard input's) bytes, refusing a file over the cap before reading it. */
export function readFileCapped(path: string, limit: ReadLimit = DOCUMENT_LIMIT): Buffer {
  const name = path === '-' ? 'standard input' : path;
  const fd = openReadable(path, name);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(name, 'is a folder, not a file');
    if (st.isFile() && st.size > limit.bytes) throw new InputError(name, `is ${(st.size / 1048576).toFixed(1)} MB; ${limit.rule}`);
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.alloc(1 << 16);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code === 'EOF') break;
        throw new InputError(name, `cannot be read (${code})`);
      }
      if (n === 0) break;
      total += n;
      if (total > limit.bytes) throw new InputError(name, `is larger than ${(limit.bytes / 1048576).toFixed(1)} MB; ${limit.rule}`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    if (total === 0) throw new InputError(name, 'is empty');
    return Buffer.concat(chunks);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

