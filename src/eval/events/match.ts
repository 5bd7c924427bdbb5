// One-to-one matching of gold to predicted items: the assignment of largest total weight (Hungarian
// method, O(n³) on the padded square matrix). A pair of weight 0 is not a match, so weights that give
// every eligible pair more than all tie-breakers together maximise the number of matches first.

/** Index pairs [row, column] of a maximum-weight assignment, pairs of weight ≤ 0 left out. */
export function maxWeightMatching(weights: readonly (readonly number[])[]): [number, number][] {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  const n = Math.max(rows, cols);
  if (n === 0 || rows === 0 || cols === 0) return [];
  let top = 0;
  for (const r of weights) for (const w of r) top = Math.max(top, w);
  // Minimise cost = top − weight; padded cells cost top (weight 0).
  const cost = (i: number, j: number) => top - (i < rows && j < cols ? Math.max(0, weights[i]![j]!) : 0);
  // Potentials u (rows), v (columns), and p[j] = row assigned to column j, 1-based with 0 as the virtual root.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    if (i < rows && j - 1 < cols && weights[i]![j - 1]! > 0) pairs.push([i, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
