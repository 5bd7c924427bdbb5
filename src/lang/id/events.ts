import type { EventLexicon } from '../../events/lexicon.ts';

export const events: EventLexicon = { verbs: [] };
