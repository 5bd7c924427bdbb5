import type { ProvenanceLexicon } from '../../provenance/lexicon.ts';
import { loadProvenanceLexicon } from '../../provenance/lexicon-files.ts';

export const provenance: ProvenanceLexicon = loadProvenanceLexicon(import.meta.url);
