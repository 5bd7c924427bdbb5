// Splits a text into runs where the set of covering highlight spans is constant, so overlapping
// highlights (a mention inside a quote inside a focused evidence span) render as flat, nested-free runs.
export interface Mark<T> {
  start: number;
  end: number;
  data: T;
}

export interface Run<T> {
  start: number;
  end: number;
  /** Marks covering this run, shortest first: the first is what a click on the run means. */
  marks: Mark<T>[];
}

export function runs<T>(length: number, marks: readonly Mark<T>[]): Run<T>[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    if (m.start < m.end && m.start >= 0 && m.end <= length) cuts.add(m.start).add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const covering = marks
      .filter((m) => m.start <= start && m.end >= end && m.start < m.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ start, end, marks: covering });
  }
  return out;
}
