import type { ProvenanceLexicon } from '../../provenance/lexicon.ts';

export const provenance: ProvenanceLexicon = { originalCues: ['Lihat berita aslinya', 'Sumber:', 'Baca artikel asli'] };
