// Minimal store-shaped event records for the dashboard's unit tests.
import type { EventRecord, ParticipantRef } from '../../store/records.ts';

export function party(code: string, name = code): ParticipantRef {
  return { entityId: `country:${code}`, name, actorCode: code, country: code };
}

export function record(key: string, over: Partial<EventRecord> = {}): EventRecord {
  return {
    key,
    articleId: 'art_1',
    eventId: key,
    date: '2024-06-28',
    type: 'MOBILIZE',
    machineType: 'MOBILIZE',
    mode: null,
    cameo: { code: '150', root: '15', base: '150', label: 'mobilize' },
    machineCameo: '150',
    quadClass: 4,
    goldstein: null,
    actors: [party('PRK')],
    recipients: [party('UKR')],
    place: null,
    time: null,
    stage: 'announced',
    polarity: 'asserted',
    certainty: 'certain',
    hypothetical: false,
    confidence: 0.9,
    sentence: 0,
    trigger: 'send',
    object: null,
    purpose: null,
    fatalities: null,
    evidence: 'They send troops.',
    attributedTo: null,
    source: 'example.org',
    url: null,
    title: null,
    publishedAt: '2024-06-28',
    lang: 'en',
    articleChars: 100,
    review: null,
    ...over,
  };
}
