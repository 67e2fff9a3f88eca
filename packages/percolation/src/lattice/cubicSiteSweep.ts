/**
 * Joins the cluster of `nb` (an occupied site or face node) to the cluster whose root is
 * `root`: finds `nb`'s root with path halving, links the smaller tree under the larger (roots
 * hold −size) and returns the root of the merged cluster. Small enough for V8 to inline at
 * every call site of the kernel below.
 */
function join(parent: Int32Array, root: number, nb: number): number {
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
  if (r === root) return root;
  const sizeRoot = parent[root] as number;
  const sizeR = parent[r] as number;
  // Sizes are stored negated: the larger cluster has the smaller (more negative) value.
  if (sizeRoot > sizeR) {
    parent[r] = sizeRoot + sizeR;
    parent[root] = r;
    return r;
  }
  parent[root] = sizeRoot + sizeR;
  parent[r] = root;
  return root;
}

/**
 * The simple-cubic case of `siteSweep` written out: the six neighbours computed inline (no
 * offset tables, no neighbour buffer, no loop over them), each joined by an inlined
 * union-by-size with path halving. Same algorithm, same results, same arguments as
 * `siteSweep`'s kernel; `siteSweep` calls it for sc lattices without largest-cluster tracking.
 *
 * The face clusters are followed without walking up their trees: a union in step n only ever
 * merges another cluster into the new site's, so a face root that stopped being a root during
 * the step now belongs to that cluster, and its new root is the step's final root (one load
 * each per step instead of four comparisons per union). bench/newmanZiff.c is this function
 * line by line in C.
 *
 * Source: M. E. J. Newman, R. M. Ziff, Phys. Rev. E 64 (2001) 016706.
 *
 * @param L - lateral size (periodic along x and y)
 * @param H - thickness (open along z, a virtual face node below and above)
 * @param perm - the order in which sites are occupied, a permutation of 0…L²H − 1
 * @param parent - work array of length N + 2
 * @param stop - stop at the first spanning step
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
  const last = L - 1;
  const wrapY = last * L;
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
    const n0 = x === last ? s - last : s + 1;
    const n1 = x === 0 ? s + last : s - 1;
    const n2 = y === last ? s - wrapY : s + L;
    const n3 = y === 0 ? s + wrapY : s - L;
    const n4 = z + 1 < H ? s + layer : top;
    const n5 = z > 0 ? s - layer : bottom;
    if ((parent[n0] as number) !== empty) root = join(parent, root, n0);
    if ((parent[n1] as number) !== empty) root = join(parent, root, n1);
    if ((parent[n2] as number) !== empty) root = join(parent, root, n2);
    if ((parent[n3] as number) !== empty) root = join(parent, root, n3);
    if ((parent[n4] as number) !== empty) root = join(parent, root, n4);
    if ((parent[n5] as number) !== empty) root = join(parent, root, n5);
    if ((parent[bottomRoot] as number) >= 0) bottomRoot = root;
    if ((parent[topRoot] as number) >= 0) topRoot = root;
    if (spanningStep < 0 && bottomRoot === topRoot) {
      spanningStep = step + 1;
      if (stop) break;
    }
  }
  return spanningStep;
}
