import type { QuoteLexicon } from '../../quotes/lexicon.ts';
import { loadQuoteLexicon } from '../../quotes/lexicon-files.ts';

export const quotes: QuoteLexicon = loadQuoteLexicon(import.meta.url);
