/**
 * The simple-cubic case of `siteSweep` written out: six neighbours computed inline (no offset
 * tables, no neighbour buffer), each joined as soon as it is found. Same algorithm, same
 * results, same arguments as `siteSweep`'s kernel; `siteSweep` calls it for sc lattices
 * without largest-cluster tracking.
 *
 * @param parent - work array of length N + 2
 * @returns the first spanning step, or −1
 * @example
 * cubicSiteSweep(64, 64, perm, parent, false);
 */
export function cubicSiteSweep(
  L: number,
  H: number,
  perm: Int32Array,
  parent: Int32Array,
  stop: boolean,
): number {
  const layer = L * L;
  const n = layer * H;
  const bottom = n;
  const top = n + 1;
  const empty = -(n + 3);
  parent.fill(empty, 0, n);
  parent[bottom] = -1;
  parent[top] = -1;
  let bottomRoot = bottom;
  let topRoot = top;
  let spanningStep = -1;
  for (let step = 0; step < n; step++) {
    const s = perm[step] as number;
    parent[s] = -1;
    let root = s;
    const q = (s / L) | 0;
    const x = s - q * L;
    const z = (q / L) | 0;
    const y = q - z * L;
    for (let k = 0; k < 6; k++) {
      let nb: number;
      switch (k) {
        case 0:
          nb = x + 1 === L ? s - x : s + 1;
          break;
        case 1:
          nb = x === 0 ? s + L - 1 : s - 1;
          break;
        case 2:
          nb = y + 1 === L ? s - y * L : s + L;
          break;
        case 3:
          nb = y === 0 ? s + (L - 1) * L : s - L;
          break;
        case 4:
          nb = z + 1 < H ? s + layer : top;
          break;
        default:
          nb = z > 0 ? s - layer : bottom;
      }
      if ((parent[nb] as number) === empty) continue;
      let r = nb;
      for (;;) {
        const p = parent[r] as number;
        if (p < 0) break;
        const gp = parent[p] as number;
        if (gp < 0) {
          r = p;
          break;
        }
        parent[r] = gp;
        r = gp;
      }
      if (r === root) continue;
      const sizeRoot = parent[root] as number;
      const sizeR = parent[r] as number;
      if (sizeRoot > sizeR) {
        parent[r] = sizeRoot + sizeR;
        parent[root] = r;
        if (bottomRoot === root) bottomRoot = r;
        if (topRoot === root) topRoot = r;
        root = r;
      } else {
        parent[root] = sizeRoot + sizeR;
        parent[r] = root;
        if (bottomRoot === r) bottomRoot = root;
        if (topRoot === r) topRoot = root;
      }
    }
    if (spanningStep < 0 && bottomRoot === topRoot) {
      spanningStep = step + 1;
      if (stop) break;
    }
  }
  return spanningStep;
}
