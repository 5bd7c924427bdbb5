import type { EntityLexicon } from '../../entities/lexicon.ts';
import { readEntityLexicon } from '../../entities/lexicon-files.ts';
import { COUNTRY_LOCALE } from './locale.ts';

// No name tagger: Chinese writes no capitals for one to read; names come from the lists.
export const entities: EntityLexicon = readEntityLexicon(import.meta.url, { countryLocale: COUNTRY_LOCALE, model: null });
