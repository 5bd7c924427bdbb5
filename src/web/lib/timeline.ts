// Events binned for the timeline: one mark per type and date, sized by how many events share it.
import type { EventRecord } from '../../store/records.ts';
import { eventDate } from './event-fields.ts';

export interface TimelineMark {
  type: EventRecord['type'];
  quad: number;
  date: string;
  /** Last day of the event's time when it spans more than its start (a month, a season). */
  end: string | null;
  /** False when the date is the article's, not the event's own. */
  dated: boolean;
  keys: string[];
}

export function timelineMarks(rows: readonly EventRecord[]): TimelineMark[] {
  const byKey = new Map<string, TimelineMark>();
  for (const r of rows) {
    const { date, dated } = eventDate(r);
    const end = r.time?.end && r.time.end > date ? r.time.end : null;
    const key = `${r.type}|${date}|${dated}|${end}`;
    const mark = byKey.get(key) ?? { type: r.type, quad: r.quadClass, date, end, dated, keys: [] };
    mark.keys.push(r.key);
    byKey.set(key, mark);
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type));
}

const DAY = 86_400_000;

/** Milliseconds of an ISO date at UTC midnight. */
export function dayMs(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** First days of months from `from` to `to`, thinned to at most `max` ticks. */
export function monthTicks(from: number, to: number, max = 12): string[] {
  const d = new Date(from);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const out: string[] = [];
  for (;;) {
    const t = Date.UTC(y, m, 1);
    if (t > to) break;
    if (t >= from - DAY) out.push(new Date(t).toISOString().slice(0, 10));
    if (++m === 12) [y, m] = [y + 1, 0];
  }
  const step = Math.ceil(out.length / max);
  return out.filter((_, i) => i % step === 0);
}
