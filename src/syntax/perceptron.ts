// A multiclass linear model over hashed features: training with the averaged perceptron, scoring from
// weights in one typed array (row = hashed feature, one column per class). Shipped weights are 16-bit
// integers: argmax only needs their order, and half the memory of floats.
import { gzipSync, gunzipSync } from 'node:zlib';

export type Weights = Float32Array | Int16Array;

export class LinearModel {
  readonly mask: number;
  constructor(
    readonly bits: number,
    readonly classes: number,
    readonly weights: Weights = new Float32Array((1 << bits) * classes),
  ) {
    this.mask = (1 << bits) - 1;
    if (weights.length !== (1 << bits) * classes) throw new Error(`weights of ${weights.length} for ${bits} bits × ${classes} classes`);
  }

  /** Row offsets of hashed features, written into `rows` (the caller reuses the buffer). */
  rows(feats: ArrayLike<number>, n: number, rows: Int32Array): void {
    const c = this.classes;
    for (let i = 0; i < n; i++) rows[i] = (feats[i]! & this.mask) * c;
  }

  /** Sums the rows into `scores` (length ≥ classes). */
  score(rows: Int32Array, n: number, scores: Float64Array): void {
    const c = this.classes;
    const w = this.weights;
    if (c === 3) {
      // The parser's transitions, scored on every step: sums kept in registers.
      let a = 0;
      let b = 0;
      let d = 0;
      for (let i = 0; i < n; i++) {
        const r = rows[i]!;
        a += w[r]!;
        b += w[r + 1]!;
        d += w[r + 2]!;
      }
      scores[0] = a;
      scores[1] = b;
      scores[2] = d;
      return;
    }
    scores.fill(0, 0, c);
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      for (let k = 0; k < c; k++) scores[k]! += w[r + k]!;
    }
  }

  /** Best class by score among those `allowed` says yes to (all when absent); -1 when none is allowed. */
  best(rows: Int32Array, n: number, scores: Float64Array, allowed?: (k: number) => boolean): number {
    this.score(rows, n, scores);
    let best = -1;
    for (let k = 0; k < this.classes; k++) if ((!allowed || allowed(k)) && (best < 0 || scores[k]! > scores[best]!)) best = k;
    return best;
  }

  /** Best among the listed classes only (cheaper when they are few); -1 when the list is empty. */
  bestOf(rows: Int32Array, n: number, classes: Uint8Array): number {
    const w = this.weights;
    const m = classes.length;
    if (m === 1) return classes[0]!;
    // Class by class, the sum in a register (the rows stay in cache after the first class).
    let best = -1;
    let bestScore = -Infinity;
    for (let j = 0; j < m; j++) {
      const k = classes[j]!;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += w[rows[i]! + k]!;
      if (best < 0 || sum > bestScore) {
        best = k;
        bestScore = sum;
      }
    }
    return best;
  }

  /** Gzipped little-endian 16-bit weights, the shipped form. */
  serialise(): Buffer {
    const w = this.weights instanceof Int16Array ? this.weights : quantise(this.weights);
    return gzipSync(Buffer.from(w.buffer, w.byteOffset, w.byteLength), { level: 9 });
  }

  static deserialise(bits: number, classes: number, data: Buffer): LinearModel {
    const raw = gunzipSync(data);
    const w = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    return new LinearModel(bits, classes, w);
  }
}

/** Float weights scaled into 16-bit integers; weights too small to change a decision become 0 (smaller files). */
export function quantise(w: Float32Array): Int16Array {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max > 0 ? 32767 / max : 1;
  const out = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = Math.round(w[i]! * scale);
  return out;
}

/** Averaged-perceptron training of a LinearModel: the averaged weights are w − u/t (Daumé's trick). */
export class PerceptronTrainer {
  readonly model: LinearModel;
  private readonly u: Float32Array;
  private t = 1;
  constructor(bits: number, classes: number) {
    this.model = new LinearModel(bits, classes);
    this.u = new Float32Array(this.model.weights.length);
  }

  /** One training step: moves weight from `guess` to `gold` on the given rows (nothing when equal). */
  update(rows: Int32Array, n: number, gold: number, guess: number): void {
    if (gold !== guess) {
      const w = this.model.weights;
      const t = this.t;
      for (let i = 0; i < n; i++) {
        const r = rows[i]!;
        w[r + gold]! += 1;
        this.u[r + gold]! += t;
        w[r + guess]! -= 1;
        this.u[r + guess]! -= t;
      }
    }
    this.t++;
  }

  /** The averaged model (training stops here). */
  average(): LinearModel {
    const w = this.model.weights;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - this.u[i]! / this.t;
    return this.model;
  }
}
