// Bench sections by name. A section measures one thing and returns figures; it never asserts a timing.
// Adding one: a module under sections/ and a line in sections/index.ts.

export interface Figure {
  name: string;
  value: number | null;
  unit: string;
  /** The project's target, when there is one: a throughput to reach or a cost to stay under. */
  target?: { value: number; kind: 'at-least' | 'at-most' };
  note?: string;
}

export interface SectionResult {
  figures: Figure[];
  notes: string[];
}

export interface BenchContext {
  /** Root of the evaluation data (../shared/eval unless overridden); sections fall back when it is absent. */
  dataRoot: string;
}

export interface BenchSection {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<SectionResult>;
}

/** How far a figure is from its target: above 1 meets it (throughput/target, or target/cost). */
export function targetRatio(f: Figure): number | null {
  if (!f.target || f.value === null || f.value === 0) return null;
  return f.target.kind === 'at-least' ? f.value / f.target.value : f.target.value / f.value;
}

export function selectSections(all: readonly BenchSection[], only: readonly string[] | undefined): BenchSection[] {
  if (!only?.length) return [...all];
  const unknown = only.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown bench section ${unknown.join(', ')} (have: ${all.map((s) => s.name).join(', ')})`);
  return all.filter((s) => only.includes(s.name));
}
