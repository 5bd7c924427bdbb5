// Reads a file or standard input as bytes, refusing what is too large before reading it all.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { MAX_TEXT_BYTES } from '../text/decode.ts';

export function readInputBytes(path: string, limit = MAX_TEXT_BYTES): Uint8Array {
  const name = path === '-' ? 'standard input' : path;
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(name, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(name, 'is a folder, not a file');
    if (st.isFile() && st.size > limit) {
      throw new InputError(name, `is ${(st.size / 1024 / 1024).toFixed(1)} MB; an article may be at most ${limit / 1024 / 1024} MB of text`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.alloc(1 << 16);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      // One byte over the limit is enough to refuse; decodeText names the size.
      if (total > limit) {
        chunks.push(Buffer.from(buf.subarray(0, n)));
        break;
      }
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
