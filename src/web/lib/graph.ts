// The actor network from the API's aggregates: the top actors by event count as nodes, and between them one
// directed edge per actor, recipient and type, weighted by events; edges under a threshold are left out and
// counted, so the drawing stays readable at any size of store.
import type { AggregateRow, ParticipantRef } from '../../store/records.ts';
import type { PloverType } from '../../schema/analysis.ts';
import { QUAD_OF_TYPE } from '../labels.ts';

export interface ActorNode {
  /** Entity id (country:PRK): what the events filter takes. */
  id: string;
  name: string;
  code: string | null;
  events: number;
}

export interface ActorEdge {
  source: string;
  target: string;
  type: PloverType;
  quad: number;
  weight: number;
}

export interface ActorGraph {
  nodes: ActorNode[];
  edges: ActorEdge[];
  /** How many actors and actor–recipient–type links there are in all, drawn or not. */
  actorTotal: number;
  edgeTotal: number;
}

/** What the filter bar suggests for an actor: its code where it has one, else its entity id. */
export function actorKey(p: ParticipantRef): string {
  return p.actorCode ?? p.entityId ?? p.name;
}

export function actorGraph(actors: readonly AggregateRow[], pairs: readonly AggregateRow[], o: { top: number; minWeight: number }): ActorGraph {
  const nodes = actors.slice(0, o.top).map((r) => ({ id: r.key[0]!, name: r.labels?.[0] ?? r.key[0]!, code: r.labels?.[1] ?? null, events: r.count }));
  const shown = new Set(nodes.map((n) => n.id));
  const edges = pairs
    .filter((r) => r.key[0] !== r.key[1] && shown.has(r.key[0]!) && shown.has(r.key[1]!) && r.count >= o.minWeight)
    .map((r) => {
      const type = r.key[2] as PloverType;
      return { source: r.key[0]!, target: r.key[1]!, type, quad: QUAD_OF_TYPE[type], weight: r.count };
    });
  return { nodes, edges, actorTotal: actors.length, edgeTotal: pairs.filter((r) => r.key[0] !== r.key[1]).length };
}
