// Hand-made inputs for the event stage's tests: mentions, times and quantities found by their surface text,
// so that frames and modality are tested apart from the other stages.
import type { Entity, EntityType, Mention, Quantity, TimeExpr } from '../schema/analysis.ts';
import { segment, type SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { EventInputs } from './index.ts';

export interface EntitySpec {
  text: string;
  id: string;
  type: EntityType;
  code?: string;
  country?: string;
  geo?: { lat: number; lon: number };
  metonymOf?: string;
}

export interface TimeSpec {
  text: string;
  value: string;
  start: string | null;
  end: string | null;
  modifier?: TimeExpr['modifier'];
  granularity?: TimeExpr['granularity'];
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) out.push(m.index!);
  return out;
}

const sentenceAt = (doc: SegmentedText, at: number) => doc.sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;

export function handMadeInputs(
  text: string,
  pack: LanguagePack,
  spec: { entities: EntitySpec[]; times?: TimeSpec[]; quantities?: { text: string; value: number; item?: string }[] },
): { doc: SegmentedText; inputs: EventInputs } {
  const doc = segment(text, pack.text);
  const taken: [number, number][] = [];
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  // Longest names first, so "pasukan Korea Utara" is one mention, not "Korea Utara" inside it.
  for (const e of [...spec.entities].sort((a, b) => b.text.length - a.text.length)) {
    for (const start of occurrences(text, e.text)) {
      const end = start + e.text.length;
      if (taken.some(([s, t]) => start < t && s < end)) continue;
      taken.push([start, end]);
      const id = `m${mentions.length + 1}`;
      mentions.push({
        id, sentence: sentenceAt(doc, start), start, end, text: e.text, entityId: e.id, type: e.type,
        actorCode: e.code ?? null, metonymOf: e.metonymOf ?? null, source: 'gazetteer', confidence: 1, form: 'name',
      });
      const country = e.country ?? (e.code ? e.code.slice(0, 3) : null);
      const ent = entities.get(e.id) ?? {
        id: e.id, type: e.type, name: e.text, country, actorCode: e.code ?? null,
        geo: e.geo ? { geonamesId: null, ...e.geo, country, featureCode: null } : null, mentionIds: [],
      };
      ent.mentionIds.push(id);
      entities.set(e.id, ent);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const times: TimeExpr[] = (spec.times ?? []).flatMap((t, k) =>
    occurrences(text, t.text).map((start, j) => ({
      id: `t${k + 1}_${j + 1}`, sentence: sentenceAt(doc, start), start, end: start + t.text.length, text: t.text,
      value: t.value, granularity: t.granularity ?? 'month', modifier: t.modifier ?? null,
      interval: { start: t.start, end: t.end }, relative: false,
    })),
  );
  const quantities: Quantity[] = (spec.quantities ?? []).flatMap((q, k) =>
    occurrences(text, q.text).map((start, j) => ({
      id: `q${k + 1}_${j + 1}`, sentence: sentenceAt(doc, start), start, end: start + q.text.length, text: q.text,
      value: q.value, valueMax: null, bound: 'exactly' as const, unit: null, item: q.item ?? null, itemSpan: null,
    })),
  );
  return {
    doc,
    inputs: { entities: [...entities.values()], mentions, times, quantities, quotes: [], articleSource: 'Aboluowang.com' },
  };
}
