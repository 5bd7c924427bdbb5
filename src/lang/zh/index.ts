// Chinese (Simplified and Traditional): each stage's data, bundled into the pack the pipeline reads. Words are
// cut by jieba and looked up in their Simplified form (words.ts); dates without spaces have their own parsers.
import type { LanguagePack } from '../types.ts';
import { text } from './text.ts';
import { entities } from './entities.ts';
import { time } from './time.ts';
import { quantities } from './quantities.ts';
import { events } from './events.ts';
import { quotes } from './quotes.ts';
import { provenance } from './provenance.ts';
import { SyntaxSource } from '../../syntax/model.ts';

// Chinese does not inflect: a word the treebank never showed is its own lemma.
const syntax = new SyntaxSource(new URL('./syntax/', import.meta.url), { lemmaCandidates: (word) => [word] });

export const pack: LanguagePack = { code: 'zh', name: 'Chinese', text, entities, time, quantities, events, quotes, provenance, syntax };
