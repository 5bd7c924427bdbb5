// Disjoint sets of ids: which articles belong together, joined pair by pair.
export class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  /** Whether x was ever joined to another. */
  has(x: string): boolean {
    return this.parent.has(x);
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    for (const r of [ra, rb]) if (!this.parent.has(r)) this.parent.set(r, r);
    if (ra !== rb) this.parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}
