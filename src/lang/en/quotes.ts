import type { QuoteLexicon } from '../../quotes/lexicon.ts';

export const quotes: QuoteLexicon = { reportingVerbs: new Set(['said', 'says', 'reported', 'told', 'stated']) };
