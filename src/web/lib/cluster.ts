// Greedy screen-space clustering for the map: points closer than `radius` pixels to a cluster's centre
// join it, heaviest first, so dense areas read as one sized mark with a count.
export interface WeightedPoint<T> {
  x: number;
  y: number;
  weight: number;
  item: T;
}

export interface Cluster<T> {
  x: number;
  y: number;
  weight: number;
  items: T[];
}

export function cluster<T>(points: readonly WeightedPoint<T>[], radius: number): Cluster<T>[] {
  const out: Cluster<T>[] = [];
  for (const p of [...points].sort((a, b) => b.weight - a.weight)) {
    const near = out.find((c) => Math.hypot(c.x - p.x, c.y - p.y) <= radius);
    if (!near) {
      out.push({ x: p.x, y: p.y, weight: p.weight, items: [p.item] });
      continue;
    }
    const w = near.weight + p.weight;
    near.x = (near.x * near.weight + p.x * p.weight) / w;
    near.y = (near.y * near.weight + p.y * p.weight) / w;
    near.weight = w;
    near.items.push(p.item);
  }
  return out;
}
