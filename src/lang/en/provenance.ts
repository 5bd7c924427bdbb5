import type { ProvenanceLexicon } from '../../provenance/lexicon.ts';

export const provenance: ProvenanceLexicon = { originalCues: ['Read the original', 'Source:', 'Originally published'] };
