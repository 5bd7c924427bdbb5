import type { Quote } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { EntityResult } from '../entities/index.ts';

export function extractQuotes(_doc: SegmentedText, _pack: LanguagePack, _entities: EntityResult): Quote[] {
  return [];
}
