import type { EntityLexicon } from '../../entities/lexicon.ts';
import { readEntityLexicon } from '../../entities/lexicon-files.ts';

export const entities: EntityLexicon = readEntityLexicon(import.meta.url, {
  countryLocale: 'id',
  model: new URL('../../entities/model/ner-id.json', import.meta.url),
});
