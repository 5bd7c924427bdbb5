// Bytes to text for the analyser: UTF-8 only (ingestion handles declared charsets), refusing binary data.
import { InputError } from '../errors.ts';

/** Articles longer than this are not news articles; the limit keeps one input from exhausting memory. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export function decodeText(bytes: Uint8Array, inputName: string): string {
  if (bytes.length > MAX_TEXT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new InputError(inputName, `is ${mb} MB; an article may be at most ${MAX_TEXT_BYTES / 1024 / 1024} MB of text`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(inputName, `looks binary (NUL byte at offset ${nul}), not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(inputName, `is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); convert it or use 'sumber ingest', which detects charsets`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
