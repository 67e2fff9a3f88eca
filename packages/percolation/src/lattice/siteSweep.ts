import { cubicSiteSweep } from "./cubicSiteSweep.js";
import type { LatticeGrid } from "./latticeGrid.js";

/** Result of one Newman–Ziff sweep. */
export interface SweepResult {
  /** Occupied sites (or bonds) when the system first spanned the open axis; −1 if it never did. */
  spanningStep: number;
  /** Largest cluster size after each step n = 1…N (only when requested). */
  largestCluster?: Int32Array;
}

/** Options of {@link siteSweep}. */
export interface SiteSweepOptions {
  /** Stop at the first spanning step (the rest of the sweep is not needed for spanning probabilities). */
  stopAtSpanning?: boolean;
  /** Record the largest cluster after every step. */
  largestCluster?: boolean;
  /** A reusable work array of length N + 2 (saves an allocation per run). */
  parent?: Int32Array;
}

/**
 * One Newman–Ziff site-percolation sweep: occupies the sites in `order` one at a time, joining
 * each to its occupied neighbours with a union–find forest on a typed array (roots store
 * −size; union by size; path halving), and records the first step at which the bottom and top
 * faces (two virtual nodes joined to every site of the first and last layer) are connected.
 * Optionally tracks the largest cluster after every step (virtual nodes not counted).
 *
 * The kernel keeps everything in one function with small-integer values (the empty marker is
 * −(N + 3), never −2³¹) because V8 otherwise falls back to heap numbers — the pitfalls measured
 * in shared/research/percolation.md §1.6.1.
 *
 * Source: M. E. J. Newman, R. M. Ziff, Phys. Rev. Lett. 85 (2000) 4104; Phys. Rev. E 64 (2001)
 * 016706 (§II.D, spanning with auxiliary nodes).
 *
 * @param grid - the lattice piece (see `createLatticeGrid`)
 * @param order - a permutation of 0…N−1 (e.g. `fastPermutation(N, seed)`)
 * @example
 * siteSweep(createLatticeGrid("sc", 32), createRng(1).permutation(32 ** 3)).spanningStep;
 */
export function siteSweep(
  grid: LatticeGrid,
  order: Uint32Array | Int32Array,
  options: SiteSweepOptions = {},
): SweepResult {
  const n = grid.sites;
  const L = grid.lateral;
  const ly = grid.lattice.dimension === 2 ? 1 : L;
  const H = grid.thickness;
  const bottom = n;
  const top = n + 1;
  const empty = -(n + 3);
  const parent = options.parent ?? new Int32Array(n + 2);
  parent.fill(empty, 0, n);
  parent[bottom] = -1;
  parent[top] = -1;
  const { dx, dy, dz } = grid;
  const z = dx.length;
  const delta = new Int32Array(z);
  const nbs = new Int32Array(z + 2);
  for (let k = 0; k < z; k++) {
    delta[k] = (dx[k] as number) + L * ((dy[k] as number) + ly * (dz[k] as number));
  }
  const brickWall = grid.lattice.brickWall === true;
  const stop = options.stopAtSpanning === true;
  const track = options.largestCluster === true;
  const largest = track ? new Int32Array(n) : undefined;
  let biggest = 0;
  let spanningStep = -1;
  let bottomRoot = bottom;
  let topRoot = top;

  // Int32 view: Uint32 loads would turn the index arithmetic into doubles.
  const perm =
    order instanceof Int32Array
      ? order
      : new Int32Array(order.buffer, order.byteOffset, order.length);
  if (grid.lattice.id === "sc" && !track) {
    // The written-out simple-cubic kernel: same result, ~20 % faster (no offset tables).
    return { spanningStep: cubicSiteSweep(L, H, perm, parent, stop) };
  }
  for (let step = 0; step < n; step++) {
    const s = perm[step] as number;
    parent[s] = -1;
    let root = s;
    const q = (s / L) | 0;
    const x = s - q * L;
    const zz = (q / ly) | 0;
    const y = q - zz * ly;
    // Interior sites (one site away from every edge) reach their neighbours by a fixed index
    // step: no wrap or face tests, which is most of the lattice.
    const interior =
      !brickWall &&
      x > 0 &&
      x < L - 1 &&
      zz > 0 &&
      zz < H - 1 &&
      (ly === 1 || (y > 0 && y < ly - 1));
    // Neighbour indices first (a few L1 writes), then one union loop over them.
    let count = 0;
    if (interior) {
      for (let k = 0; k < z; k++) nbs[count++] = s + (delta[k] as number);
    } else {
      for (let k = 0; k < z; k++) {
        const nz = zz + (dz[k] as number);
        // Beyond an open face the neighbour is that face's virtual node (always occupied).
        if (nz < 0) nbs[count++] = bottom;
        else if (nz >= H) nbs[count++] = top;
        else {
          let nx = x + (dx[k] as number);
          if (nx < 0) nx += L;
          else if (nx >= L) nx -= L;
          let ny = y + (dy[k] as number);
          if (ny < 0) ny += ly;
          else if (ny >= ly) ny -= ly;
          nbs[count++] = nx + L * (ny + ly * nz);
        }
      }
      if (brickWall) {
        // Honeycomb as a brick wall: one vertical bond, up on even x + z, down on odd; every
        // site of the first and last row also touches its face, as on the other lattices.
        const nz = ((x + zz) & 1) === 0 ? zz + 1 : zz - 1;
        if (nz >= 0 && nz < H) nbs[count++] = x + L * nz;
        if (zz === 0) nbs[count++] = bottom;
        else if (zz === H - 1) nbs[count++] = top;
      }
    }
    for (let k = 0; k < count; k++) {
      const nb = nbs[k] as number;
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
      // Sizes are stored negated: the larger cluster has the smaller (more negative) value.
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
    if (track) {
      let size = -(parent[root] as number);
      if (bottomRoot === root) size--;
      if (topRoot === root) size--;
      if (size > biggest) biggest = size;
      (largest as Int32Array)[step] = biggest;
    }
    // The face clusters' roots are followed through every union above, so the spanning test
    // needs no walk up the trees.
    if (spanningStep < 0) {
      if (bottomRoot === topRoot) {
        spanningStep = step + 1;
        if (stop) break;
      }
    }
  }
  return largest === undefined ? { spanningStep } : { spanningStep, largestCluster: largest };
}
