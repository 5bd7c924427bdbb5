// Turns the review form's fields into a Correction: only what the analyst changed, participants typed as
// codes or names ("PRK, Russia") matched to the event's own where they can be.
import type { Correction, EventRecord, ParticipantRef, PlaceRef } from '../../store/records.ts';

/** In the form a participant is typed as its code where it has one (PRKGOV), else its name. */
const typed = (p: ParticipantRef) => p.actorCode ?? p.name;

export interface CorrectionForm {
  type: string;
  actors: string;
  recipients: string;
  start: string;
  end: string;
  place: string;
  stage: string;
  polarity: string;
  certainty: string;
}

export function formOf(r: EventRecord): CorrectionForm {
  return {
    type: r.type,
    actors: r.actors.map(typed).join(', '),
    recipients: r.recipients.map(typed).join(', '),
    start: r.time?.start ?? '',
    end: r.time?.end ?? '',
    place: r.place?.name ?? '',
    stage: r.stage,
    polarity: r.polarity,
    certainty: r.certainty,
  };
}

function participants(text: string, known: readonly ParticipantRef[]): ParticipantRef[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => {
      const match = known.find((p) => p.actorCode === t || p.name.toLowerCase() === t.toLowerCase() || p.entityId === t);
      if (match) return match;
      const code = /^[A-Z]{3}[A-Z]*$/.test(t) ? t : null;
      return { entityId: null, name: t, actorCode: code, country: code && code.length >= 3 ? code.slice(0, 3) : null };
    });
}

export function correctionOf(r: EventRecord, form: CorrectionForm): Correction {
  const before = formOf(r);
  const known = [...r.actors, ...r.recipients];
  const c: Correction = {};
  if (form.type !== before.type) c.type = form.type as Correction['type'];
  if (form.actors.trim() !== before.actors) c.actors = participants(form.actors, known);
  if (form.recipients.trim() !== before.recipients) c.recipients = participants(form.recipients, known);
  if (form.start !== before.start || form.end !== before.end) {
    const start = form.start || null;
    const end = form.end || form.start || null;
    c.time = { start, end, granularity: 'day' };
  }
  if (form.place.trim() !== before.place) {
    const name = form.place.trim();
    const place: PlaceRef | null = name ? { entityId: null, name, lat: null, lon: null, country: null } : null;
    c.place = place;
  }
  if (form.stage !== before.stage) c.stage = form.stage as Correction['stage'];
  if (form.polarity !== before.polarity) c.polarity = form.polarity as Correction['polarity'];
  if (form.certainty !== before.certainty) c.certainty = form.certainty as Correction['certainty'];
  return c;
}
