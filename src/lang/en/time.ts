import type { TimeLexicon } from '../../time/lexicon.ts';

export const time: TimeLexicon = { chronoLocale: 'en' };
