import type { EntityLexicon } from '../../entities/lexicon.ts';
import { readEntityLexicon } from '../../entities/lexicon-files.ts';

export const entities: EntityLexicon = readEntityLexicon(import.meta.url, {
  countryLocale: 'es',
  model: new URL('../../entities/model/ner-shapes.json', import.meta.url),
});
