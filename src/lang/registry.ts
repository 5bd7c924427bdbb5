// The language packs Sumber ships, each read the first time a text in its language needs it: analysing an
// Indonesian article never reads the English verb lists. Adding a language is a folder beside these and one
// line here (its pack, and its provenance cues alone, which ingestion needs before it knows the language).
import type { LanguagePack } from './types.ts';
import type { ProvenanceLexicon } from '../provenance/lexicon.ts';

interface Shipped {
  pack: () => Promise<{ pack: LanguagePack }>;
  provenance: () => Promise<{ provenance: ProvenanceLexicon }>;
}

const SHIPPED: Readonly<Record<string, Shipped>> = {
  id: { pack: () => import('./id/index.ts'), provenance: () => import('./id/provenance.ts') },
  en: { pack: () => import('./en/index.ts'), provenance: () => import('./en/provenance.ts') },
  es: { pack: () => import('./es/index.ts'), provenance: () => import('./es/provenance.ts') },
  zh: { pack: () => import('./zh/index.ts'), provenance: () => import('./zh/provenance.ts') },
  ko: { pack: () => import('./ko/index.ts'), provenance: () => import('./ko/provenance.ts') },
};

/** English is the fallback for languages without a pack: its gazetteers still find countries and places. */
export const FALLBACK_LANGUAGE = 'en';

/** The codes of the shipped packs; knowing them loads nothing. */
export const packCodes: ReadonlySet<string> = new Set(Object.keys(SHIPPED));

function shipped(code: string): Shipped {
  const entry = SHIPPED[code];
  if (!entry) throw new Error(`no language pack for '${code}' (have: ${[...packCodes].join(', ')})`);
  return entry;
}

/** A shipped pack, read once per process (a module is evaluated once, however often it is imported). */
export async function loadPack(code: string): Promise<LanguagePack> {
  return (await shipped(code).pack()).pack;
}

/** Every shipped pack's provenance part, without the rest of the packs. */
export async function loadProvenance(): Promise<Pick<LanguagePack, 'provenance'>[]> {
  return Promise.all([...packCodes].map((code) => shipped(code).provenance()));
}
