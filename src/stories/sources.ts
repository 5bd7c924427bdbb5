// Who stands behind a merged event, counted honestly: a source is an original speaker an article attributes the
// event to (Reuters, TV Chosun, the Kremlin), else the outlet speaking in its own voice; the copies and
// translations of one original speak as that original. Each source keeps the sentences behind it, and a
// timeline says what each source said when.
import type { EventMention, EventSource, SourceSays, TimelineEntry } from '../schema/story.ts';

/** A denial by the event layer: 'negated' today, any polarity other than asserted tomorrow ('denied'). */
export const isDenial = (m: Pick<EventMention, 'polarity'>) => m.polarity !== 'asserted';

export function saysOf(m: Pick<EventMention, 'polarity' | 'hypothetical' | 'stage'>): SourceSays {
  if (m.hypothetical) return 'possible';
  return isDenial(m) ? 'denied' : m.stage;
}

/** How firm a statement is: a later, firmer report is the story moving on. */
const FIRMNESS: Record<SourceSays, number> = { possible: 0, planned: 1, announced: 2, expected: 3, begun: 4, ongoing: 5, completed: 6, historical: 6, denied: -1 };

export interface SourceIdentity {
  id: string;
  name: string;
  kind: EventSource['kind'];
}

const normal = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The source a mention counts for. `publisherOfFamily` is the outlet of the earliest article among the copies
 * and translations of its article; `family` names that group when no outlet is known.
 */
export function sourceIdentity(chain: EventMention['chain'], publisherOfFamily: string, family: string, title: string | null): SourceIdentity {
  const inner = chain.length > 1 ? chain[chain.length - 1]! : null;
  if (inner) return { id: `speaker:${inner.entityId ?? normal(inner.name)}`, name: inner.name, kind: 'speaker' };
  if (publisherOfFamily === 'unknown') return { id: `unknown:${family}`, name: `unknown outlet${title ? ` (“${title}”)` : ''}`, kind: 'publisher' };
  return { id: `publisher:${normal(publisherOfFamily)}`, name: publisherOfFamily, kind: 'publisher' };
}

/** Its latest statement decides a source's position; on one day a denial outweighs its own report. */
function positionOf(statements: EventSource['statements']): EventSource['position'] {
  const firm = statements.filter((s) => s.says !== 'possible');
  if (firm.length === 0) return 'possible';
  const last = firm.reduce((d, s) => (s.reportedAt > d ? s.reportedAt : d), '');
  return firm.some((s) => s.reportedAt === last && s.says === 'denied') ? 'denied' : 'reported';
}

/** The sources of a merged event's mentions, each once, in order of their first statement. */
export function sourcesOf(mentions: readonly EventMention[], names: ReadonlyMap<string, SourceIdentity>): EventSource[] {
  const bySource = new Map<string, EventSource>();
  const ordered = [...mentions].sort((a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.key.localeCompare(b.key));
  for (const m of ordered) {
    const who = names.get(m.sourceId)!;
    let s = bySource.get(m.sourceId);
    if (!s) bySource.set(m.sourceId, (s = { id: who.id, name: who.name, kind: who.kind, position: 'possible', via: [], statements: [] }));
    for (const outlet of [m.source, ...m.copiedBy]) if (!s.via.includes(outlet)) s.via.push(outlet);
    s.statements.push({ key: m.key, reportedAt: m.reportedAt, says: saysOf(m), evidence: m.evidence });
  }
  for (const s of bySource.values()) s.position = positionOf(s.statements);
  return [...bySource.values()];
}

/** What each source said when, one entry per source, day and statement. */
export function timelineOf(sources: readonly EventSource[]): TimelineEntry[] {
  const entries = new Map<string, Omit<TimelineEntry, 'change'>>();
  for (const s of sources) {
    for (const st of s.statements) {
      const k = `${st.reportedAt}|${s.id}|${st.says}`;
      if (!entries.has(k)) entries.set(k, { date: st.reportedAt, sourceId: s.id, source: s.name, says: st.says, key: st.key });
    }
  }
  const sorted = [...entries.values()].sort((a, b) => a.date.localeCompare(b.date) || FIRMNESS[a.says] - FIRMNESS[b.says] || a.source.localeCompare(b.source));
  let firmest = -Infinity;
  return sorted.map((e, i) => {
    const f = FIRMNESS[e.says];
    const change: TimelineEntry['change'] =
      i === 0 ? 'first' : e.says === 'denied' ? 'denial' : f > firmest ? 'progression' : f === firmest ? 'same' : 'retreat';
    if (e.says !== 'denied') firmest = Math.max(firmest, f);
    return { ...e, change };
  });
}

const denialDate = (s: EventSource) => s.statements.filter((x) => x.says === 'denied').map((x) => x.reportedAt).sort()[0];

/** "reported by 2 (TV Chosun, Reuters); denied by 1 (Peskov, 2024-10-10)": the counts are the names listed. */
export function statusOf(sources: readonly EventSource[]): string {
  const reported = sources.filter((s) => s.position === 'reported');
  const denied = sources.filter((s) => s.position === 'denied');
  const list = (xs: EventSource[], name: (s: EventSource) => string) => `${xs.length} (${xs.map(name).join(', ')})`;
  const denials = denied.length ? `denied by ${list(denied, (s) => `${s.name}, ${denialDate(s)}`)}` : '';
  if (reported.length === 0 && denied.length === 0) return `mentioned only as possible by ${list([...sources], (s) => s.name)}`;
  if (reported.length === 0) return denials;
  return `reported by ${list(reported, (s) => s.name)}${denials ? `; ${denials}` : ''}`;
}
