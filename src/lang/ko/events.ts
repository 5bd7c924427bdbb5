import type { EventLexicon } from '../../events/lexicon.ts';
import { readEventLexicon } from '../../events/lexicon-files.ts';

export const events: EventLexicon = readEventLexicon(import.meta.url, ['verbs.tsv']);
