// Map: country outlines from the bundled world atlas (no tile server), counted events at their places (else at
// their country's centre), sized by count and clustered when marks would overlap, from the API's place aggregate
// over every matching event. The view fits the events' area; zoom (wheel, buttons) and pan (drag) re-cluster.
// A mark lists its events, with their sentences, beside the map.
import { geoCentroid, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { alpha3ToNumeric } from 'i18n-iso-countries/index.js';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { api, type EventFilter } from '../api.ts';
import { h, mount, s } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { filterFrom } from '../filters.ts';
import { OKABE_ITO } from '../palette.ts';
import { cluster, keptLabels, type WeightedPoint } from '../lib/cluster.ts';
import { placesOf, type CountryCentre, type MapPlace } from '../lib/places.ts';
import { activeMark } from '../components/chart.ts';
import { countLine } from '../components/counts.ts';
import { routedFilterBar } from './events.ts';
import { eventList } from './event-list.ts';

const WIDTH = 1000;
const HEIGHT = 470;
const CLUSTER_PX = 28;
const MARGIN_DEG = 12;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const byNumeric = new Map(countries.features.map((f) => [String(f.id), f]));

/** The atlas keys countries by ISO numeric code; events name them by alpha-3. */
function countryFeature(alpha3: string): Feature | null {
  const numeric = alpha3ToNumeric(alpha3);
  return (numeric && byNumeric.get(String(numeric))) || null;
}

const countryCentre: CountryCentre = (alpha3) => {
  const f = countryFeature(alpha3);
  return f ? geoCentroid(f) : null;
};
const countryName = (alpha3: string) => String(countryFeature(alpha3)?.properties?.name ?? alpha3);

interface View {
  zoom: number;
  /** Pan, in pixels of the drawing. */
  dx: number;
  dy: number;
}

/** A multipoint around the places, so the projection frames them with some context. */
function frame(places: MapPlace[]): MultiPoint {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const [s0, n0] = [Math.max(-80, Math.min(...lats) - MARGIN_DEG), Math.min(84, Math.max(...lats) + MARGIN_DEG)];
  const [w0, e0] = [Math.max(-180, Math.min(...lons) - MARGIN_DEG * 1.6), Math.min(180, Math.max(...lons) + MARGIN_DEG * 1.6)];
  return { type: 'MultiPoint', coordinates: [[w0, s0], [e0, n0], [w0, n0], [e0, s0]] };
}

export async function mapView(ctx: Ctx): Promise<Node> {
  const filter = filterFrom(ctx.route.params);
  const [rows, count] = await Promise.all([api.aggregate('place', filter), api.eventCount(filter)]);
  const { places, unplaced } = placesOf(rows, countryCentre, countryName);
  const placed = places.reduce((n, p) => n + p.count, 0);
  const tinted = new Set(places.filter((p) => p.countryLevel && p.country).map((p) => countryFeature(p.country!)));
  const base = geoNaturalEarth1();
  if (places.length) base.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], frame(places));
  else base.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const [scale0, [tx0, ty0]] = [base.scale(), base.translate()];
  const view: View = { zoom: 1, dx: 0, dy: 0 };
  const detail = h('div', { class: 'map-detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select a mark to list its events.'));
  const showCluster = (items: MapPlace[]) => {
    const [one] = items;
    if (items.length === 1 && one) return void eventList(detail, { ...filter, ...one.filter }, one.countryLevel ? `${one.name} (country only)` : one.name);
    mount(
      detail,
      h('h3', { tabindex: -1 }, `${items.length} places`),
      h(
        'ul',
        {},
        items.map((p) => h('li', {}, h('button', { class: 'linkish', onClick: () => void eventList(detail, { ...filter, ...p.filter } as EventFilter, p.name) }, p.name), ` — ${p.count} event${p.count > 1 ? 's' : ''}`)),
      ),
    );
    detail.querySelector<HTMLElement>('h3')?.focus();
  };
  const box = h('div', { class: 'chart-box map-box' });

  function draw() {
    const projection = geoNaturalEarth1()
      .scale(scale0 * view.zoom)
      .translate([WIDTH / 2 + (tx0 - WIDTH / 2) * view.zoom + view.dx, HEIGHT / 2 + (ty0 - HEIGHT / 2) * view.zoom + view.dy]);
    const path = geoPath(projection);
    const points: WeightedPoint<MapPlace>[] = places.flatMap((p) => {
      const xy = projection([p.lon, p.lat]);
      return xy ? [{ x: xy[0], y: xy[1], weight: p.count, item: p }] : [];
    });
    const clusters = cluster(points, CLUSTER_PX);
    const maxWeight = Math.max(1, ...clusters.map((c) => c.weight));
    const radius = (weight: number) => 6 + 16 * Math.sqrt(weight / maxWeight);
    const text = (c: (typeof clusters)[number]) => (c.items.length > 1 ? `${c.items[0]!.name} +${c.items.length - 1}` : c.items[0]!.name);
    // labels where they overlap no heavier one; every mark keeps its name in its tooltip
    const labelled = keptLabels(clusters.map((c) => ({ x: c.x + radius(c.weight) + 5, y: c.y, text: text(c), weight: c.weight })));
    const svg = s(
      'svg',
      { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart map', role: 'group', 'aria-label': `Map of ${placed} placed events` },
      s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
      s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
      countries.features.map((f) => s('path', { d: path(f) ?? '', class: tinted.has(f) ? 'country has-events' : 'country' }, s('title', {}, String(f.properties?.name ?? '')))),
      clusters.map((c, i) => {
        const r = radius(c.weight);
        const names = c.items.map((p) => p.name);
        const label = `${names.slice(0, 4).join(', ')}${names.length > 4 ? '…' : ''}: ${c.weight} event${c.weight > 1 ? 's' : ''}`;
        return activeMark(
          label,
          () => showCluster(c.items),
          c.items.every((p) => p.countryLevel)
            ? s('rect', { x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r, class: 'point', fill: OKABE_ITO.orange, 'data-count': c.weight })
            : s('circle', { cx: c.x, cy: c.y, r, class: 'point', fill: OKABE_ITO.vermillion, 'data-count': c.weight }),
          c.items.length > 1 ? s('circle', { cx: c.x, cy: c.y, r: r + 4, class: 'cluster-ring' }) : null,
          s('text', { x: c.x, y: c.y + 4, class: 'point-count' }, c.weight),
          labelled.has(i) ? s('text', { x: c.x + r + 5, y: c.y + 4, class: 'point-label' }, text(c)) : null,
        );
      }),
    );
    // wheel zooms about the pointer; dragging pans
    svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const box = svg.getBoundingClientRect();
      zoomAt(e.deltaY < 0 ? 1.4 : 1 / 1.4, ((e.clientX - box.left) / box.width) * WIDTH, ((e.clientY - box.top) / box.height) * HEIGHT);
    }, { passive: false });
    let drag: { x: number; y: number; dx: number; dy: number } | null = null;
    svg.addEventListener('pointerdown', (e) => {
      if ((e.target as Element).closest('.mark')) return;
      drag = { x: e.clientX, y: e.clientY, dx: view.dx, dy: view.dy };
    });
    svg.addEventListener('pointerup', (e) => {
      if (!drag) return;
      const k = WIDTH / svg.getBoundingClientRect().width;
      const [mx, my] = [(e.clientX - drag.x) * k, (e.clientY - drag.y) * k];
      const from = drag;
      drag = null;
      if (Math.hypot(mx, my) < 4) return;
      Object.assign(view, { dx: from.dx + mx, dy: from.dy + my });
      draw();
    });
    mount(box, svg);
  }
  function zoomAt(factor: number, px = WIDTH / 2, py = HEIGHT / 2) {
    const zoom = Math.min(64, Math.max(1, view.zoom * factor));
    const k = zoom / view.zoom;
    // keep the point under the pointer where it is
    view.dx = (px - WIDTH / 2) * (1 - k) + view.dx * k;
    view.dy = (py - HEIGHT / 2) * (1 - k) + view.dy * k;
    view.zoom = zoom;
    draw();
  }
  draw();
  const zoomButtons = h(
    'p',
    { class: 'controls' },
    h('button', { class: 'secondary', 'aria-label': 'Zoom in', onClick: () => zoomAt(2) }, '+'),
    ' ',
    h('button', { class: 'secondary', 'aria-label': 'Zoom out', onClick: () => zoomAt(0.5) }, '−'),
    ' ',
    h('button', { class: 'secondary', onClick: () => (Object.assign(view, { zoom: 1, dx: 0, dy: 0 }), draw()) }, 'Fit'),
    h('span', { class: 'muted small' }, ' · wheel to zoom, drag to pan'),
  );
  return h(
    'section',
    {},
    h('h1', {}, 'Map'),
    routedFilterBar(ctx, 'map', []),
    countLine(count, null),
    h(
      'ul',
      { class: 'legend' },
      h('li', {}, s('svg', { width: 16, height: 16, viewBox: '-8 -8 16 16', 'aria-hidden': 'true' }, s('circle', { r: 6, class: 'point', fill: OKABE_ITO.vermillion })), ' place (area = events, number inside)'),
      h('li', {}, s('svg', { width: 16, height: 16, viewBox: '-8 -8 16 16', 'aria-hidden': 'true' }, s('rect', { x: -6, y: -6, width: 12, height: 12, class: 'point', fill: OKABE_ITO.orange })), ' no place in the text: at the country’s centre (the place’s, else the first actor’s), country tinted'),
      h('li', {}, s('svg', { width: 22, height: 22, viewBox: '-11 -11 22 22', 'aria-hidden': 'true' }, s('circle', { r: 6, class: 'point', fill: OKABE_ITO.vermillion }), s('circle', { r: 9, class: 'cluster-ring' })), ' ringed: several nearby places merged'),
      h('li', { 'data-placed': placed, 'data-unplaced': unplaced }, `${placed.toLocaleString('en')} counted events drawn${unplaced ? `; ${unplaced.toLocaleString('en')} with neither a place nor a country are not` : ''}`),
    ),
    zoomButtons,
    h('div', { class: 'map-layout' }, box, detail),
  );
}
