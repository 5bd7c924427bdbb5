import type { EntityLexicon } from '../../entities/lexicon.ts';
import { packFile, readList } from '../load.ts';

export const entities: EntityLexicon = {
  stopwords: new Set(readList(packFile(import.meta.url, 'stopwords.txt')).map((w) => w.toLowerCase())),
};
