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

/** A label to the right of a mark: where it starts, its text, and how much it matters (heavier first). */
export interface LabelBox {
  x: number;
  y: number;
  text: string;
  weight: number;
}

/** Which labels to draw: heaviest first, each only where it overlaps no label already kept. */
export function keptLabels(labels: readonly LabelBox[], charWidth = 7, height = 14): Set<number> {
  const kept: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out = new Set<number>();
  const order = labels.map((l, i) => [l, i] as const).sort((a, b) => b[0].weight - a[0].weight);
  for (const [l, i] of order) {
    const box = { x0: l.x, x1: l.x + l.text.length * charWidth, y0: l.y - height / 2, y1: l.y + height / 2 };
    if (kept.some((k) => box.x0 < k.x1 && k.x0 < box.x1 && box.y0 < k.y1 && k.y0 < box.y1)) continue;
    kept.push(box);
    out.add(i);
  }
  return out;
}
