// A language is data behind this one interface; the pipeline never asks which language it is.
import type { TextLexicon } from '../text/lexicon.ts';
import type { EntityLexicon } from '../entities/lexicon.ts';
import type { TimeLexicon } from '../time/lexicon.ts';
import type { QuantityLexicon } from '../quantities/lexicon.ts';
import type { EventLexicon } from '../events/lexicon.ts';
import type { QuoteLexicon } from '../quotes/lexicon.ts';
import type { ProvenanceLexicon } from '../provenance/lexicon.ts';
import type { SyntaxSource } from '../syntax/model.ts';

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  name: string;
  text: TextLexicon;
  entities: EntityLexicon;
  time: TimeLexicon;
  quantities: QuantityLexicon;
  events: EventLexicon;
  quotes: QuoteLexicon;
  provenance: ProvenanceLexicon;
  /** Tagger, lemmatiser and dependency parser trained for the language (files in the pack's syntax/ folder). */
  syntax?: SyntaxSource;
}
