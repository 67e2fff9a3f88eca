import type { LatticeGrid } from "./latticeGrid.js";
import type { SweepResult } from "./siteSweep.js";

/**
 * Candidate bond slots of a grid: each site owns its half-offset bonds (plus the upward vertical
 * bond on the brick-wall honeycomb); slots that would cross an open face are not bonds.
 */
export function bondSlots(grid: LatticeGrid): number {
  return grid.sites * (grid.dx.length / 2 + (grid.lattice.brickWall ? 1 : 0));
}

/** The other end of bond slot `slot`, or −1 when the slot crosses an open face (no bond). */
function bondEnd(grid: LatticeGrid, slot: number, perSite: number, half: number): number {
  const s = (slot / perSite) | 0;
  const k = slot - s * perSite;
  const L = grid.lateral;
  const ly = grid.lattice.dimension === 2 ? 1 : L;
  const q = (s / L) | 0;
  const x = s - q * L;
  const z = (q / ly) | 0;
  const y = q - z * ly;
  if (k < half) {
    const nz = z + (grid.dz[k] as number);
    if (nz < 0 || nz >= grid.thickness) return -1;
    let nx = x + (grid.dx[k] as number);
    if (nx < 0) nx += L;
    else if (nx >= L) nx -= L;
    let ny = y + (grid.dy[k] as number);
    if (ny < 0) ny += ly;
    else if (ny >= ly) ny -= ly;
    return nx + L * (ny + ly * nz);
  }
  // brick-wall vertical bond, owned by the lower site (x + z even)
  if (((x + z) & 1) !== 0 || z + 1 >= grid.thickness) return -1;
  return x + L * (z + 1);
}

/** Number of real bonds M of a grid (slots that do not cross an open face). */
export function bondCount(grid: LatticeGrid): number {
  const slots = bondSlots(grid);
  const half = grid.dx.length / 2;
  const perSite = half + (grid.lattice.brickWall ? 1 : 0);
  let m = 0;
  for (let b = 0; b < slots; b++) if (bondEnd(grid, b, perSite, half) >= 0) m++;
  return m;
}

/**
 * One Newman–Ziff bond-percolation sweep: every site is present, bonds are added in the order
 * of a permutation of the bond slots (slots crossing an open face are skipped and do not count
 * as steps), clusters joined with union by size and path halving; the first and last layers are
 * joined to two virtual face nodes beforehand, and the first step (number of bonds added) at
 * which the faces connect is recorded.
 *
 * Source: Newman & Ziff, Phys. Rev. E 64 (2001) 016706.
 *
 * @param order - a permutation of 0…bondSlots(grid) − 1
 * @example
 * const g = createLatticeGrid("sc", 16);
 * bondSweep(g, createRng(1).permutation(bondSlots(g))).spanningStep;
 */
export function bondSweep(
  grid: LatticeGrid,
  order: Uint32Array | Int32Array,
  options: { stopAtSpanning?: boolean; parent?: Int32Array } = {},
): SweepResult {
  const n = grid.sites;
  const bottom = n;
  const top = n + 1;
  const parent = options.parent ?? new Int32Array(n + 2);
  parent.fill(-1, 0, n + 2);
  const layer = grid.layer;
  // Faces first: every site of the first layer hangs under `bottom`, of the last under `top`.
  for (let s = 0; s < layer; s++) parent[s] = bottom;
  parent[bottom] = -(layer + 1);
  for (let s = n - layer; s < n; s++) parent[s] = top;
  parent[top] = -(layer + 1);
  const half = grid.dx.length / 2;
  const perSite = half + (grid.lattice.brickWall ? 1 : 0);
  const perm =
    order instanceof Int32Array
      ? order
      : new Int32Array(order.buffer, order.byteOffset, order.length);
  const L = grid.lateral;
  const ly = grid.lattice.dimension === 2 ? 1 : L;
  const H = grid.thickness;
  const { dx, dy, dz } = grid;
  const delta = new Int32Array(half);
  for (let k = 0; k < half; k++) {
    delta[k] = (dx[k] as number) + L * ((dy[k] as number) + ly * (dz[k] as number));
  }
  let added = 0;
  let spanningStep = -1;
  // The face clusters' roots are followed through every union (as in siteSweep), so the
  // spanning test needs no walk up the trees.
  let bottomRoot = bottom;
  let topRoot = top;
  for (let step = 0; step < perm.length; step++) {
    const slot = perm[step] as number;
    const s = (slot / perSite) | 0;
    const k = slot - s * perSite;
    const q = (s / L) | 0;
    const x = s - q * L;
    const z = (q / ly) | 0;
    const y = q - z * ly;
    let b: number;
    if (k < half) {
      const nz = z + (dz[k] as number);
      if (nz < 0 || nz >= H) continue;
      const nx = x + (dx[k] as number);
      const ny = y + (dy[k] as number);
      if (nx >= 0 && nx < L && ny >= 0 && ny < ly) b = s + (delta[k] as number);
      else b = ((nx + L) % L) + L * (((ny + ly) % ly) + ly * nz);
    } else {
      // brick-wall vertical bond, owned by the lower site (x + z even)
      if (((x + z) & 1) !== 0 || z + 1 >= H) continue;
      b = s + L;
    }
    added++;
    let a = s;
    for (;;) {
      const p = parent[a] as number;
      if (p < 0) break;
      const gp = parent[p] as number;
      if (gp < 0) {
        a = p;
        break;
      }
      parent[a] = gp;
      a = gp;
    }
    let c = b;
    for (;;) {
      const p = parent[c] as number;
      if (p < 0) break;
      const gp = parent[p] as number;
      if (gp < 0) {
        c = p;
        break;
      }
      parent[c] = gp;
      c = gp;
    }
    if (a === c) continue;
    const sa = parent[a] as number;
    const sc = parent[c] as number;
    // Sizes are stored negated: the larger cluster has the smaller (more negative) value.
    let root = a;
    let child = c;
    if (sa > sc) {
      root = c;
      child = a;
    }
    parent[root] = sa + sc;
    parent[child] = root;
    if (bottomRoot === child) bottomRoot = root;
    if (topRoot === child) topRoot = root;
    if (spanningStep < 0 && bottomRoot === topRoot) {
      spanningStep = added;
      if (options.stopAtSpanning) break;
    }
  }
  return { spanningStep };
}
