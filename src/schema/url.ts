// The one rule for URLs Sumber stores or links to: absolute http or https. A javascript:, data: or file: URL
// from a feed, a page's metadata, a JSONL line or an API call would become a clickable link in the dashboard.
// No zod here: the dashboard bundles this module to decide which links it draws.

export const MAX_URL_CHARS = 2000;

/** `raw` (resolved against `base`) as an http(s) href, or null when it is none. */
export function httpUrl(raw: string | null | undefined, base?: string): string | null {
  const v = raw?.trim();
  if (!v || v.length > MAX_URL_CHARS) return null;
  let u: URL;
  try {
    u = new URL(v, base);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
}
