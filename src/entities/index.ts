import type { Entity, Mention } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';

export interface EntityResult {
  entities: Entity[];
  mentions: Mention[];
}

export function extractEntities(_doc: SegmentedText, _pack: LanguagePack): EntityResult {
  return { entities: [], mentions: [] };
}
