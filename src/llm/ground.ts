// Turns the model's items into analysis items, but only with evidence: each quoted text must occur verbatim
// in the sentence it names, and the offsets are computed here, never taken from the model. Rule output is
// kept as it is; items are only added.
import type { Analysis, Entity, Event, Evidence, Mention, Participant } from '../schema/analysis.ts';
import { cameoCode, cameoRef, quadClassOf } from '../events/cameo.ts';
import { attributionAt } from '../quotes/attribution.ts';
import type { LlmEvent, LlmMention, LlmReply } from './reply.ts';

/** Confidence of what only the model saw: below the rules' gazetteer and pattern matches. */
export const LLM_MENTION_CONFIDENCE = 0.5;
export const LLM_EVENT_CONFIDENCE = 0.5;

export type DropReason = 'malformed' | 'span-not-found' | 'not-a-mention' | 'duplicate' | 'no-actor' | 'cameo-mismatch';

export interface GroundingReport {
  mentionsAdded: number;
  eventsAdded: number;
  dropped: Partial<Record<DropReason, number>>;
}

/** Every place in sentence `index` where `quote` occurs verbatim. */
function occurrences(analysis: Analysis, index: number, quote: string): Evidence[] {
  const sentence = analysis.sentences[index];
  if (!sentence) return [];
  const haystack = analysis.text.slice(sentence.start, sentence.end);
  const out: Evidence[] = [];
  for (let at = haystack.indexOf(quote); at >= 0 && quote; at = haystack.indexOf(quote, at + 1)) {
    out.push({ sentence: index, start: sentence.start + at, end: sentence.start + at + quote.length, text: quote });
  }
  return out;
}

function nextId(prefix: string, ids: Iterable<string>): () => string {
  let n = 0;
  for (const id of ids) {
    const m = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return () => `${prefix}${++n}`;
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

class Grounding {
  readonly out: Analysis;
  readonly report: GroundingReport = { mentionsAdded: 0, eventsAdded: 0, dropped: {} };
  private readonly mentionId: () => string;
  private readonly eventId: () => string;
  private readonly articleSource: string;

  constructor(analysis: Analysis) {
    this.out = structuredClone(analysis);
    this.mentionId = nextId('m', analysis.mentions.map((m) => m.id));
    this.eventId = nextId('ev', analysis.events.map((e) => e.id));
    // The same outermost source the rule pipeline names.
    this.articleSource = analysis.provenance.publisher ?? analysis.url ?? 'this article';
  }

  drop(reason: DropReason, count = 1): void {
    if (count > 0) this.report.dropped[reason] = (this.report.dropped[reason] ?? 0) + count;
  }

  /** The entity a new mention belongs to: one whose mentions read the same, the country, or a new one. */
  private entityFor(item: LlmMention): Entity {
    const { entities, mentions } = this.out;
    const surface = item.text.toLowerCase();
    const sameText = mentions.find((m) => m.type === item.type && m.text.toLowerCase() === surface);
    const id = sameText?.entityId ?? (item.type === 'country' && item.country ? `country:${item.country}` : `${item.type}:${slug(item.name ?? item.text)}`);
    let entity = entities.find((e) => e.id === id);
    if (!entity) {
      const isCountry = item.type === 'country' && item.country;
      entity = {
        id,
        type: item.type,
        name: item.name ?? item.text,
        country: item.country ?? null,
        actorCode: isCountry ? item.country! : null,
        geo: null,
        mentionIds: [],
      };
      entities.push(entity);
    }
    return entity;
  }

  addMention(item: LlmMention): void {
    const [span] = occurrences(this.out, item.sentence, item.text);
    if (!span) return this.drop('span-not-found');
    // One mention per stretch of text: the rules' reading of it stands.
    if (this.out.mentions.some((m) => m.start < span.end && span.start < m.end)) return this.drop('duplicate');
    const entity = this.entityFor(item);
    const mention: Mention = {
      ...span,
      id: this.mentionId(),
      entityId: entity.id,
      type: item.type,
      actorCode: entity.actorCode,
      metonymOf: null,
      source: 'llm',
      confidence: LLM_MENTION_CONFIDENCE,
      form: 'name',
    };
    entity.mentionIds.push(mention.id);
    this.out.mentions.push(mention);
    this.report.mentionsAdded++;
  }

  /** The mention (rule or newly added) at one of the quote's places in the sentence, or why there is none. */
  private participant(sentence: number, quote: string): Participant | DropReason {
    const places = occurrences(this.out, sentence, quote);
    if (places.length === 0) return 'span-not-found';
    for (const at of places) {
      const within = (m: Mention) => m.sentence === sentence && m.start <= at.start && m.end >= at.end;
      const covering = (m: Mention) => m.sentence === sentence && m.start >= at.start && m.end <= at.end;
      const mention = this.out.mentions.find(within) ?? this.out.mentions.find(covering);
      if (!mention) continue;
      const entity = this.out.entities.find((e) => e.id === mention.entityId);
      return {
        sentence,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        entityId: mention.entityId,
        mentionId: mention.id,
        actorCode: mention.actorCode,
        country: entity?.country ?? null,
      };
    }
    return 'not-a-mention';
  }

  private participants(sentence: number, quotes: string[]): Participant[] {
    const found: Participant[] = [];
    for (const q of quotes) {
      const p = this.participant(sentence, q);
      if (typeof p === 'string') this.drop(p);
      else if (!found.some((f) => f.mentionId === p.mentionId)) found.push(p);
    }
    return found;
  }

  addEvent(item: LlmEvent): void {
    const [trigger] = occurrences(this.out, item.sentence, item.trigger);
    if (!trigger) return this.drop('span-not-found');
    const code = cameoCode(item.cameo);
    if (!code || code.plover !== item.type) return this.drop('cameo-mismatch');
    const sameTrigger = (e: Event) => e.type === item.type && e.trigger.start === trigger.start && e.trigger.end === trigger.end;
    if (this.out.events.some(sameTrigger)) return this.drop('duplicate');
    const actors = this.participants(item.sentence, item.actors);
    if (actors.length === 0) return this.drop('no-actor');
    const recipients = this.participants(item.sentence, item.recipients).filter((r) => !actors.some((a) => a.mentionId === r.mentionId));
    const cues = item.cues.flatMap((c) => occurrences(this.out, item.sentence, c).slice(0, 1));
    this.drop('span-not-found', item.cues.length - cues.length);
    this.out.events.push({
      id: this.eventId(),
      sentence: item.sentence,
      type: item.type,
      mode: item.mode ?? code.mode,
      context: code.context,
      cameo: cameoRef(code),
      quadClass: code.quad ?? quadClassOf(item.type),
      goldstein: code.goldstein,
      trigger,
      actors,
      recipients,
      location: null,
      time: null,
      quantityIds: [],
      object: null,
      purpose: null,
      denies: null,
      modality: {
        stage: item.stage,
        polarity: item.polarity,
        certainty: item.certainty,
        threat: item.threat,
        conditional: item.conditional,
        hypothetical: item.hypothetical,
        cues,
      },
      attribution: attributionAt(this.out.quotes, trigger, this.articleSource),
      confidence: LLM_EVENT_CONFIDENCE,
    });
    this.report.eventsAdded++;
  }
}

/** The analysis with the reply's evidenced items added (mentions first, so events can use them). */
export function groundReply(analysis: Analysis, reply: LlmReply): { analysis: Analysis; report: GroundingReport } {
  const g = new Grounding(analysis);
  g.drop('malformed', reply.malformed);
  for (const m of reply.mentions) g.addMention(m);
  for (const e of reply.events) g.addEvent(e);
  return { analysis: g.out, report: g.report };
}
