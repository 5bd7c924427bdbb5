// Hand-made events for the scorer's tests: participants are named by their actor code.
import type { Event, Participant, PloverType, Stage } from '../../schema/analysis.ts';

const span = { start: 0, end: 1, text: 'x', sentence: 0 };
const party = (actorCode: string): Participant => ({ ...span, entityId: actorCode, mentionId: actorCode, actorCode, country: null });

export function event(type: PloverType, code: string, actors: string[], recipients: string[], stage: Stage = 'completed', polarity: 'asserted' | 'negated' = 'asserted'): Event {
  return {
    id: `${type}-${code}`,
    sentence: 0,
    type,
    mode: null,
    context: [],
    cameo: { code, root: code.slice(0, 2), base: code.slice(0, 3), label: '' },
    quadClass: 1,
    goldstein: null,
    trigger: span,
    actors: actors.map(party),
    recipients: recipients.map(party),
    location: null,
    time: null,
    quantityIds: [],
    object: null,
    purpose: null,
    denies: null,
    modality: { stage, polarity, certainty: 'certain', threat: false, conditional: false, hypothetical: false, cues: [] },
    attribution: { chain: [{ kind: 'article', name: 'a', entityId: null, mentionId: null, cue: null }], quoteId: null },
    confidence: 1,
  };
}

