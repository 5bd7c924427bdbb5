// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
// (Ballesteros & Nivre 2013), and its dynamic oracle (Goldberg & Nivre 2013): the cost of a transition
// is the number of gold arcs it makes unreachable, so training can follow its own mistakes.
//   SHIFT  moves b0 onto the stack;
//   LEFT   makes b0 the head of s0 and pops s0 (b0 may be the root, when s0 is the only stack item);
//   RIGHT  makes s1 the head of s0 and pops s0.
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;

export class ParseState {
  readonly stack: Int32Array;
  sp = 0;
  /** Front of the buffer; n is the root. */
  b = 0;
  /** Head of each token (n for the root), -1 while unattached. */
  readonly head: Int32Array;
  readonly label: Int16Array;
  /** Nearest and second-nearest children on each side, -1 when none. */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nLeft: Uint8Array;
  readonly nRight: Uint8Array;
  readonly inStack: Uint8Array;

  /** Tokens of the sentence being parsed. */
  n = 0;
  /** The longest sentence the buffers hold. */
  readonly capacity: number;

  /** A state for a sentence of n tokens; reset() reuses its buffers for another sentence of at most n. */
  constructor(n: number) {
    this.capacity = n;
    this.stack = new Int32Array(n + 1);
    this.head = new Int32Array(n);
    this.label = new Int16Array(n);
    this.lc1 = new Int32Array(n + 1);
    this.lc2 = new Int32Array(n + 1);
    this.rc1 = new Int32Array(n + 1);
    this.rc2 = new Int32Array(n + 1);
    this.nLeft = new Uint8Array(n + 1);
    this.nRight = new Uint8Array(n + 1);
    this.inStack = new Uint8Array(n + 1);
    this.reset(n);
  }

  reset(n: number): void {
    if (n > this.capacity) throw new Error(`a sentence of ${n} tokens in a state for ${this.capacity}`);
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.head.fill(-1, 0, n);
    this.label.fill(-1, 0, n);
    this.lc1.fill(-1, 0, n + 1);
    this.lc2.fill(-1, 0, n + 1);
    this.rc1.fill(-1, 0, n + 1);
    this.rc2.fill(-1, 0, n + 1);
    this.nLeft.fill(0, 0, n + 1);
    this.nRight.fill(0, 0, n + 1);
    this.inStack.fill(0, 0, n + 1);
  }

  get done(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  /** The i-th stack item from the top (0 = s0), -1 when the stack is shorter. */
  s(i: number): number {
    return this.sp > i ? this.stack[this.sp - 1 - i]! : -1;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.b < this.n;
    if (t === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  /** The only valid transition when there is one (no choice to score), else -1. */
  forced(): number {
    if (this.sp === 0) return SHIFT;
    if (this.b === this.n) return this.sp === 1 ? LEFT : RIGHT;
    return -1;
  }

  /** Applies t; returns the token it attached (its head is then set), or -1 for SHIFT. */
  apply(t: number): number {
    if (t === SHIFT) {
      this.inStack[this.b] = 1;
      this.stack[this.sp++] = this.b++;
      return -1;
    }
    const d = this.stack[--this.sp]!;
    this.inStack[d] = 0;
    const h = t === LEFT ? this.b : this.stack[this.sp - 1]!;
    this.head[d] = h;
    if (d < h) {
      this.lc2[h] = this.lc1[h]!;
      this.lc1[h] = d;
      this.nLeft[h]!++;
    } else {
      this.rc2[h] = this.rc1[h]!;
      this.rc1[h] = d;
      this.nRight[h]!++;
    }
    return d;
  }

  /** Gold arcs lost by t (gold heads: n for the root). */
  cost(t: number, gold: Int32Array): number {
    const s0 = this.s(0);
    const b = this.b;
    const n = this.n;
    let c = 0;
    if (t === SHIFT) {
      for (let i = 0; i < this.sp; i++) if (gold[this.stack[i]!] === b) c++;
      const h = gold[b]!;
      if (h !== s0 && h < n && this.inStack[h]) c++;
      return c;
    }
    for (let d = b; d < n; d++) if (gold[d] === s0) c++;
    const h = gold[s0]!;
    if (t === LEFT) {
      if (h === this.s(1) || (h > b && h <= n)) c++;
    } else if (h >= b && h <= n) c++;
    return c;
  }
}
