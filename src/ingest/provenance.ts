// Finding what an article says it translates or republishes. The words that say so ("Lihat berita aslinya",
// "Read the original") come from the language packs (the caller passes them); the tags (canonical link to
// another site, syndication meta) are the same everywhere.
import type { LanguagePack } from '../lang/types.ts';
import type { PageMetadata } from './metadata.ts';
import { httpUrl } from '../schema/url.ts';

export interface OriginalHint {
  url: string | null;
  title: string | null;
  evidence: string;
}

/** Every pack's cues: an article's language is not known before it is read. */
export function originalCues(packs: Iterable<Pick<LanguagePack, 'provenance'>>): string[] {
  return [...new Set([...packs].flatMap((p) => p.provenance.originalCues))];
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

function cueIn(text: string, cues: readonly string[]): string | null {
  const lower = text.toLowerCase();
  return cues.find((c) => lower.includes(c.toLowerCase())) ?? null;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/;

/** The original named after a cue in plain text: a URL if one follows, else the rest of the line as its title. */
export function findOriginalInText(text: string, cues: readonly string[]): OriginalHint | null {
  for (const line of text.split('\n')) {
    const cue = cueIn(line, cues);
    if (!cue) continue;
    const after = line.slice(line.toLowerCase().indexOf(cue.toLowerCase()) + cue.length);
    const url = URL_IN_TEXT.exec(after)?.[0]?.replace(/[.,;]+$/, '') ?? null;
    const title = url ? null : after.replace(/^[\s:–—-]+/, '').replace(/^["'“‘«]|["'”’»]$/g, '').trim() || null;
    if (url || title) return { url, title, evidence: `"${cue}"` };
  }
  return null;
}

/** The page's own claims: a cue next to a link, a syndication tag, a canonical URL on another site. */
export function findLinkedOriginal(document: Document, meta: PageMetadata, cues: readonly string[], pageUrl?: string): OriginalHint | null {
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const context = `${a.parentElement?.textContent ?? ''}`;
    const cue = cueIn(context, cues);
    if (!cue || context.length > 400) continue;
    const url = httpUrl(a.getAttribute('href'), pageUrl);
    if (!url) continue;
    const linkText = a.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const title = cueIn(linkText, cues) || /^https?:/.test(linkText) || linkText.length < 12 ? null : linkText;
    return { url, title, evidence: `"${cue}"` };
  }
  if (meta.syndicationSource && meta.syndicationSource !== pageUrl) {
    return { url: meta.syndicationSource, title: null, evidence: 'syndication-source meta tag' };
  }
  const pageHost = hostOf(pageUrl);
  const canonicalHost = hostOf(meta.canonicalUrl);
  if (pageHost && canonicalHost && pageHost !== canonicalHost) {
    return { url: meta.canonicalUrl, title: null, evidence: `link rel=canonical to ${canonicalHost}` };
  }
  return null;
}
