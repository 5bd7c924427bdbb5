import type { QuantityLexicon } from '../../quantities/lexicon.ts';

export const quantities: QuantityLexicon = { thousandsSeparator: ',', decimalMark: '.' };
