import type { EntityLexicon } from '../../entities/lexicon.ts';
import { readEntityLexicon } from '../../entities/lexicon-files.ts';

// No name tagger: Korean writes no capitals for one to read; names come from the lists.
export const entities: EntityLexicon = readEntityLexicon(import.meta.url, { countryLocale: 'ko', model: null });
