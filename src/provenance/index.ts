import type { Provenance } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';

export function findProvenance(_doc: SegmentedText, _pack: LanguagePack): Provenance {
  return { relation: 'original', publisher: null, original: null, evidence: [] };
}
