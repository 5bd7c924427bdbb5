import type { Quantity } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';

export function extractQuantities(_doc: SegmentedText, _pack: LanguagePack): Quantity[] {
  return [];
}
