import type { TimeLexicon } from '../../time/lexicon.ts';
import { readTimeLexicon } from '../../time/lexicon-files.ts';
import { ownParsers } from './time-parsers.ts';

export const time: TimeLexicon = { ...readTimeLexicon(new URL('./', import.meta.url)), ownParsers };
