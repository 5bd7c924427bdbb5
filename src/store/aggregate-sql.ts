// The aggregates behind the dashboard's charts, as SQL for both stores: only bucketing weeks and months and
// ordering nulls differ between SQLite and PostgreSQL. Rows give key1..key3 and label1..label4 (null when unused).
import type { AggregateKind } from './records.ts';

export type Dialect = 'sqlite' | 'postgres';

const EVENT_FROM = 'events e LEFT JOIN reviews r ON r.event_key = e.event_key';
const TYPE = 'coalesce(r.corrected_type, e.type)';

/** The first day of the event date's week (Monday) or month, as an ISO date. */
function periodStart(kind: 'week' | 'month', d: Dialect): string {
  if (d === 'sqlite') return kind === 'week' ? "date(e.date, '-6 days', 'weekday 1')" : "substr(e.date, 1, 7) || '-01'";
  return `to_char(date_trunc('${kind}', CAST(e.date AS date)), 'YYYY-MM-DD')`;
}

/** SQL of an aggregate over the events matching `where` (a condition of filter-sql.ts). */
export function aggregateSql(kind: AggregateKind, where: string, d: Dialect): string {
  const n = 'CAST(count(DISTINCT e.event_key) AS INTEGER) AS n';
  const byPeriod = (period: string) =>
    `SELECT ${period} AS k1, ${TYPE} AS k2, ${n} FROM ${EVENT_FROM} WHERE ${where} GROUP BY ${period}, ${TYPE} ORDER BY k1, k2`;
  const pairs = `FROM ${EVENT_FROM}
    JOIN event_participants a ON a.event_key = e.event_key AND a.role = 'actor'
    JOIN event_participants b ON b.event_key = e.event_key AND b.role = 'recipient'
    WHERE ${where}`;
  const nullsFirst = d === 'postgres' ? ' NULLS FIRST' : '';
  switch (kind) {
    case 'day-type':
      return byPeriod('e.date');
    case 'week-type':
      return byPeriod(periodStart('week', d));
    case 'month-type':
      return byPeriod(periodStart('month', d));
    case 'actor-pair':
      return `SELECT a.entity_id AS k1, b.entity_id AS k2, ${n} ${pairs} GROUP BY a.entity_id, b.entity_id ORDER BY n DESC, k1, k2`;
    case 'actor-pair-type':
      return `SELECT a.entity_id AS k1, b.entity_id AS k2, ${TYPE} AS k3, ${n}, min(a.name) AS l1, min(b.name) AS l2, min(a.actor_code) AS l3, min(b.actor_code) AS l4
        ${pairs} GROUP BY a.entity_id, b.entity_id, ${TYPE} ORDER BY n DESC, k1, k2, k3`;
    case 'actor':
      return `SELECT p.entity_id AS k1, ${n}, min(p.name) AS l1, min(p.actor_code) AS l2 FROM ${EVENT_FROM}
        JOIN event_participants p ON p.event_key = e.event_key WHERE ${where} GROUP BY p.entity_id ORDER BY n DESC, k1`;
    case 'country':
      return `SELECT e.country AS k1, ${n} FROM ${EVENT_FROM} WHERE ${where} GROUP BY e.country ORDER BY n DESC, k1${nullsFirst}`;
    case 'place': {
      // Places with coordinates; the other events by their country (the place's, else the first actor's).
      const placed = 'e.lat IS NOT NULL AND e.lon IS NOT NULL';
      return `SELECT CASE WHEN ${placed} THEN e.place_id END AS k1, CASE WHEN ${placed} THEN e.location_country ELSE e.country END AS k2, ${n},
          min(CASE WHEN ${placed} THEN e.place_name END) AS l1, CAST(min(CASE WHEN ${placed} THEN e.lat END) AS TEXT) AS l2,
          CAST(min(CASE WHEN ${placed} THEN e.lon END) AS TEXT) AS l3
        FROM ${EVENT_FROM} WHERE ${where} GROUP BY 1, 2 ORDER BY n DESC, k1, k2`;
    }
  }
}

/** How many values of the key and the labels each kind's rows carry. */
const AGGREGATE_SHAPE: Record<AggregateKind, { keys: number; labels: number }> = {
  'day-type': { keys: 2, labels: 0 },
  'week-type': { keys: 2, labels: 0 },
  'month-type': { keys: 2, labels: 0 },
  'actor-pair': { keys: 2, labels: 0 },
  'actor-pair-type': { keys: 3, labels: 4 },
  actor: { keys: 1, labels: 2 },
  country: { keys: 1, labels: 0 },
  place: { keys: 2, labels: 3 },
};

/** A result row as the API's AggregateRow. */
export function aggregateRow(kind: AggregateKind, r: Record<string, unknown>): { key: (string | null)[]; count: number; labels?: (string | null)[] } {
  const shape = AGGREGATE_SHAPE[kind];
  const key = Array.from({ length: shape.keys }, (_, i) => (r[`k${i + 1}`] ?? null) as string | null);
  const labels = Array.from({ length: shape.labels }, (_, i) => (r[`l${i + 1}`] === null || r[`l${i + 1}`] === undefined ? null : String(r[`l${i + 1}`])));
  return shape.labels ? { key, count: Number(r.n), labels } : { key, count: Number(r.n) };
}
