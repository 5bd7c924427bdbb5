// Korean: each stage's data, bundled into the pack the pipeline reads. Particles are cut off words
// (words.ts); dates written with 년/월/일 and relative to the week or month have their own parsers.
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

// Lemmas of words the treebank never showed: the stems the pack's verb endings find ("파병했다" → 파병).
const syntax = new SyntaxSource(new URL('./syntax/', import.meta.url), {
  lemmaCandidates: (word) => analyses(word, events.morphology).map((a) => a.stem),
});

export const pack: LanguagePack = { code: 'ko', name: 'Korean', text, entities, time, quantities, events, quotes, provenance, syntax };
