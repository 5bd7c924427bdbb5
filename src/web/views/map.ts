// Map: country outlines from the bundled world atlas (no tile server), events at their places, sized by
// count and clustered when marks would overlap. The view fits the events' area.
import { geoCentroid, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { alpha3ToNumeric } from 'i18n-iso-countries/index.js';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { api } from '../api.ts';
import { h, mount, s } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { filterFrom, filterParams } from '../filters.ts';
import { href } from '../route.ts';
import { OKABE_ITO } from '../palette.ts';
import { cluster, type WeightedPoint } from '../lib/cluster.ts';
import { placesOf, type CountryCentre, type MapPlace } from '../lib/places.ts';
import { activeMark } from '../components/chart.ts';
import { countLine, routedFilterBar } from './events.ts';

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
  const rows = await api.events(filter);
  const { places, unplaced } = placesOf(rows, countryCentre);
  const tinted = new Set(places.filter((p) => p.countryLevel && p.country).map((p) => countryFeature(p.country!)));
  const projection = geoNaturalEarth1();
  if (places.length) projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], frame(places));
  else projection.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  const points: WeightedPoint<MapPlace>[] = places.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? [{ x: xy[0], y: xy[1], weight: p.count, item: p }] : [];
  });
  const clusters = cluster(points, CLUSTER_PX);
  const detail = h('div', { class: 'map-detail', 'aria-live': 'polite' });
  const showCluster = (items: MapPlace[]) =>
    mount(
      detail,
      h('h3', {}, items.length > 1 ? `${items.length} places` : items[0]!.name),
      h(
        'ul',
        {},
        items.map((p) => h('li', {}, h('a', { href: href('events', null, filterParams({ ...filter, place: p.name })) }, p.name), ` — ${p.count} event${p.count > 1 ? 's' : ''}`)),
      ),
    );

  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart map', role: 'group', 'aria-label': `Map of ${rows.length - unplaced} placed events` },
    s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
    s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
    countries.features.map((f) => {
      return s('path', { d: path(f) ?? '', class: tinted.has(f) ? 'country has-events' : 'country' }, s('title', {}, String(f.properties?.name ?? '')));
    }),
    clusters.map((c) => {
      const r = 7 + 4 * Math.sqrt(c.weight - 1);
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
        s('text', { x: c.x + r + 5, y: c.y + 4, class: 'point-label' }, c.items.length > 1 ? `${c.items[0]!.name} +${c.items.length - 1}` : c.items[0]!.name),
      );
    }),
  );
  return h(
    'section',
    {},
    h('h1', {}, 'Map'),
    routedFilterBar(ctx, 'map', rows),
    countLine(rows),
    h(
      'ul',
      { class: 'legend' },
      h('li', {}, s('svg', { width: 16, height: 16, viewBox: '-8 -8 16 16', 'aria-hidden': 'true' }, s('circle', { r: 6, class: 'point', fill: OKABE_ITO.vermillion })), ' place (area = events, number inside)'),
      h('li', {}, s('svg', { width: 16, height: 16, viewBox: '-8 -8 16 16', 'aria-hidden': 'true' }, s('rect', { x: -6, y: -6, width: 12, height: 12, class: 'point', fill: OKABE_ITO.orange })), ' only the country is known: at its centre, country tinted'),
      h('li', {}, s('svg', { width: 22, height: 22, viewBox: '-11 -11 22 22', 'aria-hidden': 'true' }, s('circle', { r: 6, class: 'point', fill: OKABE_ITO.vermillion }), s('circle', { r: 9, class: 'cluster-ring' })), ' ringed: several nearby places merged'),
      unplaced ? h('li', {}, `${unplaced} event${unplaced > 1 ? 's' : ''} without a known place are not drawn`) : null,
    ),
    h('div', { class: 'map-layout' }, h('div', { class: 'chart-box' }, svg), detail),
  );
}
