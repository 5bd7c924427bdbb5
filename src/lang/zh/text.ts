import type { TextLexicon } from '../../text/lexicon.ts';
import { packFile, readList } from '../load.ts';
import { lookupForm, splitWords } from './words.ts';

export const text: TextLexicon = {
  abbreviations: new Set(readList(packFile(import.meta.url, 'abbreviations.txt')).map((a) => a.toLowerCase().replace(/\.$/, ''))),
  splitWords,
  lookupForm,
};
