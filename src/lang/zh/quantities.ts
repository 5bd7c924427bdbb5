import type { QuantityLexicon } from '../../quantities/lexicon.ts';
import { readQuantityLexicon } from '../../quantities/lexicon-files.ts';

export const quantities: QuantityLexicon = readQuantityLexicon(new URL('./', import.meta.url), { thousandsSeparator: ',', decimalMark: '.' });
