// Actor network: the top actors by event count as nodes (by name), counted events between them as directed edges
// (one per type), width by count, colour and dash by quad class, from the API's aggregates over every matching
// event. How many actors and links are drawn of how many is always said. A fixed number of force-layout ticks
// gives the same drawing each time.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { api } from '../api.ts';
import { h, s } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { filterFrom } from '../filters.ts';
import { href } from '../route.ts';
import { QUAD, quadOf, type Quad } from '../palette.ts';
import { actorGraph, type ActorEdge, type ActorNode } from '../lib/graph.ts';
import { keptLabels } from '../lib/cluster.ts';
import { activeMark, quadLegend } from '../components/chart.ts';
import { countLine } from '../components/counts.ts';
import { routedFilterBar } from './events.ts';
import { eventList } from './event-list.ts';
import { PLOVER } from '../labels.ts';

const WIDTH = 1000;
const HEIGHT = 500;
const TICKS = 300;

type SimNode = ActorNode & SimulationNodeDatum;

const TOPS = [10, 20, 40, 80];
const MINIMA = [1, 2, 5, 10];
const LABEL_CHARS = 18;

const shortName = (n: ActorNode) => (n.name.length > LABEL_CHARS ? `${n.name.slice(0, LABEL_CHARS - 1)}…` : n.name);
/** Grows with events, within bounds, so a dominant actor does not cover the others. */
const radius = (n: ActorNode, max: number) => 8 + 22 * Math.sqrt(n.events / Math.max(1, max));
const nodeTitle = (n: ActorNode) => `${n.name}${n.code && n.code !== n.name ? ` (${n.code})` : ''}: ${n.events} event${n.events === 1 ? '' : 's'}`;
type SimLink = SimulationLinkDatum<SimNode> & { edge: ActorEdge };

function layout(nodes: ActorNode[], edges: ActorEdge[], r: (n: ActorNode) => number): { nodes: SimNode[]; links: SimLink[] } {
  const simNodes: SimNode[] = nodes.map((n) => ({ ...n }));
  const links: SimLink[] = edges.map((e) => ({ source: e.source, target: e.target, edge: e }));
  forceSimulation(simNodes)
    .force('link', forceLink<SimNode, SimLink>(links).id((n) => n.id).distance(nodes.length > 30 ? 90 : 180))
    .force('charge', forceManyBody().strength(nodes.length > 30 ? -300 : -1000))
    .force('collide', forceCollide<SimNode>((n) => r(n) + 30))
    // gravity rather than a centring force, so separate groups of actors stay in view
    .force('x', forceX(WIDTH / 2).strength(0.03))
    .force('y', forceY(HEIGHT / 2).strength(0.05))
    .stop()
    .tick(TICKS);
  for (const n of simNodes) {
    n.x = Math.max(60, Math.min(WIDTH - 60, n.x ?? 0));
    n.y = Math.max(40, Math.min(HEIGHT - 40, n.y ?? 0));
  }
  return { nodes: simNodes, links };
}

/** Parallel edges between one pair bend apart so each type stays visible. */
function curve(a: SimNode, b: SimNode, index: number, count: number, radius: number): { d: string; mx: number; my: number } {
  const [x1, y1, x2, y2] = [a.x!, a.y!, b.x!, b.y!];
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
  const bend = (index - (count - 1) / 2) * 40 + 30;
  const [cx, cy] = [(x1 + x2) / 2 - uy * bend, (y1 + y2) / 2 + ux * bend];
  // stop the arrow at the target node's rim
  const [ex, ey] = [x2 - ux * (radius + 4), y2 - uy * (radius + 4)];
  return { d: `M${x1},${y1}Q${cx},${cy} ${ex},${ey}`, mx: (x1 + 2 * cx + ex) / 4, my: (y1 + 2 * cy + ey) / 4 };
}

export async function networkView(ctx: Ctx): Promise<Node> {
  const filter = filterFrom(ctx.route.params);
  const top = TOPS.find((t) => String(t) === ctx.route.params.get('top')) ?? 20;
  const minWeight = MINIMA.find((t) => String(t) === ctx.route.params.get('min')) ?? 1;
  const [actors, pairs, count] = await Promise.all([api.aggregate('actor', filter), api.aggregate('actor-pair-type', filter), api.eventCount(filter)]);
  const graph = actorGraph(actors, pairs, { top, minWeight });
  const setting = (key: string, value: number) => {
    const p = new URLSearchParams(ctx.route.params);
    p.set(key, String(value));
    ctx.go(href('network', null, p));
  };
  const controls = h(
    'p',
    { class: 'controls' },
    h('label', {}, 'Actors shown ', h('select', { name: 'top', onChange: (e: Event) => setting('top', Number((e.target as HTMLSelectElement).value)) }, TOPS.map((t) => h('option', { value: t, selected: t === top }, `top ${t}`)))),
    ' ',
    h('label', {}, 'Links of at least ', h('select', { name: 'min', onChange: (e: Event) => setting('min', Number((e.target as HTMLSelectElement).value)) }, MINIMA.map((t) => h('option', { value: t, selected: t === minWeight }, `${t} event${t > 1 ? 's' : ''}`)))),
  );
  const shown = h(
    'p',
    { class: 'muted', 'data-actors': graph.nodes.length, 'data-actor-total': graph.actorTotal, 'data-links': graph.edges.length, 'data-link-total': graph.edgeTotal },
    `Drawn: ${graph.nodes.length} of ${graph.actorTotal} actors, ${graph.edges.length} of ${graph.edgeTotal} actor → recipient links by type (counted events; links to actors outside the top ${top} or under ${minWeight} event${minWeight > 1 ? 's' : ''} are left out).`,
  );
  const head = [h('h1', {}, 'Actor network'), routedFilterBar(ctx, 'network', []), countLine(count, null), controls, shown];
  if (!graph.nodes.length) return h('section', {}, head, h('p', { class: 'empty' }, 'No actors to draw.'));
  const maxEvents = Math.max(...graph.nodes.map((n) => n.events));
  const r = (n: ActorNode) => radius(n, maxEvents);
  const { nodes, links } = layout(graph.nodes, graph.edges, r);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pairCount = new Map<string, number>();
  const pairIndex = (e: ActorEdge) => {
    const k = `${e.source}>${e.target}`;
    const i = pairCount.get(k) ?? 0;
    pairCount.set(k, i + 1);
    return i;
  };
  const countOf = (e: ActorEdge) => graph.edges.filter((x) => x.source === e.source && x.target === e.target).length;
  const detail = h('div', { class: 'map-detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select an actor or a link to list its events.'));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const openEdge = (e: ActorEdge) =>
    void eventList(detail, { ...filter, actor: e.source, recipient: e.target, type: [e.type] }, `${name(e.source)} → ${name(e.target)}: ${PLOVER[e.type]}`);
  const openNode = (n: ActorNode) => void eventList(detail, { ...filter, actor: n.id }, `${n.name} as actor`);
  const labelled = links.length <= 40;
  // node names where they overlap no busier actor's; each node keeps its name in its tooltip
  const named = keptLabels(nodes.map((n) => ({ x: n.x! - shortName(n).length * 3.5, y: n.y! + r(n) + 8, text: shortName(n), weight: n.events })));

  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart network', role: 'group', 'aria-label': `Network of ${nodes.length} actors and ${links.length} event links` },
    s(
      'defs',
      {},
      ([1, 2, 3, 4] as Quad[]).map((q) =>
        s('marker', { id: `arrow-${q}`, viewBox: '0 -5 10 10', refX: 8, refY: 0, markerWidth: 5, markerHeight: 5, orient: 'auto' }, s('path', { d: 'M0,-5L10,0L0,5z', fill: QUAD[q].color })),
      ),
    ),
    links.map((l) => {
      const e = l.edge;
      const q = quadOf(e.quad);
      const target = byId.get(e.target)!;
      const c = curve(byId.get(e.source)!, target, pairIndex(e), countOf(e), r(target));
      return activeMark(
        `${name(e.source)} ${PLOVER[e.type]} ${name(e.target)}: ${e.weight} event${e.weight > 1 ? 's' : ''}`,
        () => openEdge(e),
        s('path', {
          d: c.d,
          class: 'edge',
          stroke: QUAD[q].color,
          'stroke-width': Math.min(9, 1.2 + 1.2 * Math.sqrt(e.weight)),
          'stroke-dasharray': QUAD[q].dash,
          'marker-end': `url(#arrow-${q})`,
          'data-type': e.type,
          'data-weight': e.weight,
        }),
        labelled ? s('text', { x: c.mx, y: c.my, class: 'edge-label' }, `${e.type}${e.weight > 1 ? ` ×${e.weight}` : ''}`) : null,
      );
    }),
    nodes.map((n, i) =>
      activeMark(
        nodeTitle(n),
        () => openNode(n),
        s('g', { class: 'node', 'data-events': n.events }, s('circle', { cx: n.x!, cy: n.y!, r: r(n) }), named.has(i) ? s('text', { x: n.x!, y: n.y! + r(n) + 12, class: 'node-label' }, shortName(n)) : null),
      ),
    ),
  );
  return h(
    'section',
    {},
    head,
    quadLegend([h('span', {}, 'solid line: material; dashed: verbal; arrow: actor → recipient; width: number of events; circle area: events of the actor')]),
    h('div', { class: 'map-layout' }, h('div', { class: 'chart-box' }, svg), detail),
  );
}
