// One canonical form of the text, so that every offset in the output indexes the same string.
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
