// What the model is asked to answer, as zod schemas built from the analysis schema's own enums, and a
// defensive reader: one malformed item costs that item, not the whole reply.
import { z } from 'zod';
import { EntityType, Modality, PloverType } from '../schema/analysis.ts';

const quoted = z.string().trim().min(1);
const sentenceIndex = z.coerce.number().int().nonnegative();

export const LlmMention = z.object({
  sentence: sentenceIndex,
  text: quoted.describe('the words exactly as they appear in the sentence'),
  type: EntityType,
  name: z.string().trim().min(1).nullish().describe('canonical name, in English where known'),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullish()
    .catch(null)
    .describe('ISO 3166 alpha-3 the entity belongs to'),
});
export type LlmMention = z.infer<typeof LlmMention>;

const modality = Modality.pick({ stage: true, polarity: true, certainty: true, threat: true, conditional: true, hypothetical: true });

export const LlmEvent = z.object({
  sentence: sentenceIndex,
  trigger: quoted.describe('the word or words that express the event, exactly as in the sentence'),
  type: PloverType,
  cameo: z.coerce.string().regex(/^\d{2,4}$/),
  mode: z.string().trim().min(1).nullish(),
  actors: z.array(quoted).min(1),
  recipients: z.array(quoted).default([]),
  stage: modality.shape.stage.default('completed'),
  polarity: modality.shape.polarity.default('asserted'),
  certainty: modality.shape.certainty.default('certain'),
  threat: modality.shape.threat.default(false),
  conditional: modality.shape.conditional.default(false),
  hypothetical: modality.shape.hypothetical.default(false),
  cues: z.array(quoted).default([]).describe('the words that set the modality, exactly as in the sentence'),
});
export type LlmEvent = z.infer<typeof LlmEvent>;

const Envelope = z.object({
  mentions: z.array(z.unknown()).catch([]).default([]),
  events: z.array(z.unknown()).catch([]).default([]),
});

export interface LlmReply {
  mentions: LlmMention[];
  events: LlmEvent[];
  /** Items that did not match their schema. */
  malformed: number;
}

/** The JSON object in a reply that may wrap it in a code fence or prose; null when there is none. */
function jsonObject(content: string): unknown {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  try {
    return JSON.parse(content.slice(start, end + 1));
  } catch {
    return null;
  }
}

function items<T>(schema: z.ZodType<T>, values: unknown[]): { ok: T[]; bad: number } {
  const ok: T[] = [];
  for (const v of values) {
    const r = schema.safeParse(v);
    if (r.success) ok.push(r.data);
  }
  return { ok, bad: values.length - ok.length };
}

/** The reply's items, or null when the content holds no JSON object at all. */
export function readReply(content: string): LlmReply | null {
  const parsed = Envelope.safeParse(jsonObject(content));
  if (!parsed.success) return null;
  const mentions = items(LlmMention, parsed.data.mentions);
  const events = items(LlmEvent, parsed.data.events);
  return { mentions: mentions.ok, events: events.ok, malformed: mentions.bad + events.bad };
}
