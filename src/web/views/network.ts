// Actor network: countries and organisations as nodes, events as directed edges (one per type), width by
// count, colour and dash by quad class. A fixed number of force-layout ticks gives the same drawing each time.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { api } from '../api.ts';
import { h, mount, s } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { filterFrom, filterParams } from '../filters.ts';
import { href } from '../route.ts';
import { QUAD, quadOf, type Quad } from '../palette.ts';
import { actorGraph, type ActorEdge, type ActorNode } from '../lib/graph.ts';
import { activeMark, quadLegend } from '../components/chart.ts';
import { countLine, routedFilterBar } from './events.ts';

const WIDTH = 1000;
const HEIGHT = 500;
const TICKS = 300;

type SimNode = ActorNode & SimulationNodeDatum;

/** Big enough for the label, bigger with more events. */
const radius = (n: ActorNode) => Math.max(14 + 4 * Math.sqrt(n.events), 8 + n.label.length * 4);
type SimLink = SimulationLinkDatum<SimNode> & { edge: ActorEdge };

function layout(nodes: ActorNode[], edges: ActorEdge[]): { nodes: SimNode[]; links: SimLink[] } {
  const simNodes: SimNode[] = nodes.map((n) => ({ ...n }));
  const links: SimLink[] = edges.map((e) => ({ source: e.source, target: e.target, edge: e }));
  forceSimulation(simNodes)
    .force('link', forceLink<SimNode, SimLink>(links).id((n) => n.id).distance(200))
    .force('charge', forceManyBody().strength(-1200))
    .force('collide', forceCollide<SimNode>((n) => radius(n) + 24))
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
  const rows = await api.events(filter);
  const graph = actorGraph(rows);
  const head = [h('h1', {}, 'Actor network'), routedFilterBar(ctx, 'network', rows), countLine(rows)];
  if (!graph.nodes.length) return h('section', {}, head, h('p', { class: 'empty' }, 'No actors to draw.'));
  const { nodes, links } = layout(graph.nodes, graph.edges);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pairCount = new Map<string, number>();
  const pairIndex = (e: ActorEdge) => {
    const k = `${e.source}>${e.target}`;
    const i = pairCount.get(k) ?? 0;
    pairCount.set(k, i + 1);
    return i;
  };
  const countOf = (e: ActorEdge) => graph.edges.filter((x) => x.source === e.source && x.target === e.target).length;
  const detail = h('div', { class: 'map-detail', 'aria-live': 'polite' });
  const open = (e: ActorEdge) =>
    mount(
      detail,
      h('h3', {}, `${e.source} → ${e.target}`),
      h('p', {}, `${e.type}: ${e.weight} event${e.weight > 1 ? 's' : ''} `, h('a', { href: href('events', null, filterParams({ ...filter, actor: e.source, recipient: e.target, type: [e.type] })) }, 'list them →')),
    );

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
      const c = curve(byId.get(e.source)!, target, pairIndex(e), countOf(e), radius(target));
      return activeMark(
        `${e.source} ${e.type} ${e.target}: ${e.weight} event${e.weight > 1 ? 's' : ''}`,
        () => open(e),
        s('path', {
          d: c.d,
          class: 'edge',
          stroke: QUAD[q].color,
          'stroke-width': 1.5 + 1.5 * Math.sqrt(e.weight),
          'stroke-dasharray': QUAD[q].dash,
          'marker-end': `url(#arrow-${q})`,
          'data-type': e.type,
        }),
        s('text', { x: c.mx, y: c.my, class: 'edge-label' }, `${e.type}${e.weight > 1 ? ` ×${e.weight}` : ''}`),
      );
    }),
    nodes.map((n) =>
      s(
        'g',
        { class: 'node' },
        s('title', {}, `${n.id}: ${n.names.join(', ')} — ${n.events} event${n.events > 1 ? 's' : ''}`),
        s('circle', { cx: n.x!, cy: n.y!, r: radius(n) }),
        s('text', { x: n.x!, y: n.y! + 4, class: 'node-label' }, n.label),
      ),
    ),
  );
  return h(
    'section',
    {},
    head,
    quadLegend([h('span', {}, 'solid line: material; dashed: verbal; arrow: actor → recipient; width: number of events')]),
    h('div', { class: 'map-layout' }, h('div', { class: 'chart-box' }, svg), detail),
  );
}
