// The actor network: actors (countries, organisations) as nodes; events as directed edges from each actor to
// each recipient, one edge per type, weighted by the number of events.
import type { EventRecord, ParticipantRef } from '../../store/records.ts';

export interface ActorNode {
  id: string;
  label: string;
  /** The names used for this actor, for a tooltip. */
  names: string[];
  events: number;
}

export interface ActorEdge {
  source: string;
  target: string;
  type: EventRecord['type'];
  quad: number;
  weight: number;
  keys: string[];
}

export function actorKey(p: ParticipantRef): string {
  return p.actorCode ?? p.entityId ?? p.name;
}

export function actorGraph(events: readonly EventRecord[]): { nodes: ActorNode[]; edges: ActorEdge[] } {
  const nodes = new Map<string, ActorNode>();
  const edges = new Map<string, ActorEdge>();
  const node = (p: ParticipantRef) => {
    const id = actorKey(p);
    const n = nodes.get(id) ?? { id, label: id, names: [], events: 0 };
    if (!n.names.includes(p.name)) n.names.push(p.name);
    nodes.set(id, n);
    return n;
  };
  for (const e of events) {
    const actors = e.actors.map(node);
    const recipients = e.recipients.map(node);
    for (const n of new Set([...actors, ...recipients])) n.events++;
    for (const a of actors) {
      for (const r of recipients) {
        if (a === r) continue;
        const key = `${a.id}>${r.id}|${e.type}`;
        const edge = edges.get(key) ?? { source: a.id, target: r.id, type: e.type, quad: e.quadClass, weight: 0, keys: [] };
        edge.weight++;
        edge.keys.push(e.key);
        edges.set(key, edge);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
