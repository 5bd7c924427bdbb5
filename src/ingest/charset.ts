// Bytes to text. The charset a document declares (BOM, HTTP header, <meta charset>, XML declaration) is
// used when the bytes agree with it; otherwise chardet's guess. Binary data is refused.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../errors.ts';

export interface DecodedText {
  text: string;
  /** The charset used, as iconv-lite names it. */
  charset: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// Labels browsers treat as a wider charset (WHATWG Encoding): decoding with the wider one loses nothing.
const WIDER: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  'ms_kanji': 'shift_jis',
  'windows-31j': 'shift_jis',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  'tis-620': 'windows-874',
  utf8: 'utf-8',
};

function normalizeLabel(label: string | null | undefined): string | null {
  const l = label?.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  const name = WIDER[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  for (const [bom, name] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/** charset=… from a Content-Type header value. */
export function headerCharset(contentType: string | null | undefined): string | null {
  return normalizeLabel(/charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]);
}

/** The charset the document itself declares in its first bytes: <meta charset>, http-equiv or <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return normalizeLabel(xml[1]);
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return normalizeLabel(meta?.[1]);
}

function looksBinary(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 8192);
  return sample.indexOf(0);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decoding produced no replacement characters the bytes did not already hold. */
function decodesCleanly(bytes: Uint8Array, charset: string): string | null {
  if (charset === 'utf-8') return isValidUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : null;
  const text = iconv.decode(Buffer.from(bytes), charset);
  return text.includes('\ufffd') ? null : text;
}

function guessed(bytes: Uint8Array): string | null {
  // chardet reads a sample; the whole of a large page adds time, not accuracy.
  return normalizeLabel(chardet.detect(bytes.subarray(0, 65536)) ?? null);
}

/**
 * Text of `bytes`, named `inputName` in errors. `contentType` is the HTTP header, if the bytes came over HTTP.
 * Order: BOM, HTTP header, in-document declaration, chardet, UTF-8; a declared charset the bytes contradict
 * (invalid sequences) gives way to the guess.
 */
export function decodeBytes(bytes: Uint8Array, inputName: string, contentType?: string | null): DecodedText {
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes), bom, { stripBOM: true }), charset: bom };
  const nul = looksBinary(bytes);
  if (nul !== -1) throw new InputError(inputName, `looks binary (NUL byte at offset ${nul}), not text or HTML`);
  const candidates = [headerCharset(contentType), declaredCharset(bytes), isValidUtf8(bytes) ? 'utf-8' : null, guessed(bytes)];
  for (const charset of candidates) {
    if (!charset) continue;
    const text = decodesCleanly(bytes, charset);
    if (text !== null) return { text, charset };
  }
  // Nothing decodes cleanly: the guess (or windows-1252, which maps every byte) with replacement characters.
  const charset = guessed(bytes) ?? 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), charset), charset };
}
