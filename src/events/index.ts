import type { Event, Quantity, Quote, TimeExpr } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { EntityResult } from '../entities/index.ts';

export interface EventInputs extends EntityResult {
  times: TimeExpr[];
  quantities: Quantity[];
  quotes: Quote[];
  /** The article's own source link: the publisher where known. */
  articleSource: string;
}

export function extractEvents(_doc: SegmentedText, _pack: LanguagePack, _inputs: EventInputs): Event[] {
  return [];
}
