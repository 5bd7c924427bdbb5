// Spanish: each stage's data, bundled into the pack the pipeline reads.
import type { LanguagePack } from '../types.ts';
import { text } from './text.ts';
import { entities } from './entities.ts';
import { time } from './time.ts';
import { quantities } from './quantities.ts';
import { events } from './events.ts';
import { quotes } from './quotes.ts';
import { provenance } from './provenance.ts';
import { SyntaxSource } from '../../syntax/model.ts';
import { analyses } from '../../events/morphology.ts';

// Lemmas of words the treebank never showed: the stems the pack's inflection rules find ("atacaron" → atac).
const syntax = new SyntaxSource(new URL('./syntax/', import.meta.url), {
  lemmaCandidates: (word) => analyses(word, events.morphology).map((a) => a.stem),
});

export const pack: LanguagePack = { code: 'es', name: 'Spanish', text, entities, time, quantities, events, quotes, provenance, syntax };
