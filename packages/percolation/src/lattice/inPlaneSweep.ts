import type { LatticeGrid } from "./latticeGrid.js";

/**
 * Newman–Ziff site sweep for spanning *along* a film: the grid's sites (index s = x + L·(y +
 * L·z), as in `siteSweep`) are joined with the same union–find, but the film is crossed along
 * x — electrodes (two virtual nodes) beyond x = 0 and x = L − 1 — while y stays periodic (3D)
 * and the thickness axis (z in 3D, y in 2D; H sites) has free faces: no neighbours beyond it
 * and no electrode. That is the in-plane spanning of an L × L × H slab (L × H strip in 2D), the
 * threshold of lateral conduction in a thin film, which rises above the bulk p_c as H shrinks
 * (shared/research/percolation.md §2.7a).
 *
 * Source: M. E. J. Newman, R. M. Ziff, Phys. Rev. E 64 (2001) 016706; the thin-film crossover:
 * P. Sotta, D. Long, Eur. Phys. J. E 11 (2003) 375.
 *
 * @param grid - the film (`createLatticeGrid(id, L, H)`)
 * @param perm - the order in which sites are occupied, a permutation of 0…N − 1
 * @param parent - work array of length N + 2
 * @returns the first step at which the two x faces are connected (the sweep stops there), or −1
 * @example
 * inPlaneSiteSweep(createLatticeGrid("sc", 32, 4), fastPermutation(4096, 1), new Int32Array(4098));
 */
export function inPlaneSiteSweep(grid: LatticeGrid, perm: Int32Array, parent: Int32Array): number {
  const n = grid.sites;
  const L = grid.lateral;
  const ly = grid.lattice.dimension === 2 ? 1 : L;
  const H = grid.thickness;
  const left = n;
  const right = n + 1;
  const empty = -(n + 3);
  const { dx, dy, dz } = grid;
  const z = dx.length;
  const brickWall = grid.lattice.brickWall === true;
  parent.fill(empty, 0, n);
  parent[left] = -1;
  parent[right] = -1;
  let leftRoot = left;
  let rightRoot = right;
  for (let step = 0; step < n; step++) {
    const s = perm[step] as number;
    parent[s] = -1;
    let root = s;
    const q = (s / L) | 0;
    const x = s - q * L;
    const zz = (q / ly) | 0;
    const y = q - zz * ly;
    const count = brickWall ? z + 1 : z;
    for (let k = 0; k < count; k++) {
      let nb: number;
      if (k === z) {
        // Honeycomb as a brick wall: one bond across the thickness, up on even x + z, down on odd.
        const nz = ((x + zz) & 1) === 0 ? zz + 1 : zz - 1;
        if (nz < 0 || nz >= H) continue;
        nb = x + L * ly * nz;
      } else {
        const nz = zz + (dz[k] as number);
        if (nz < 0 || nz >= H) continue; // free faces of the film
        const nx = x + (dx[k] as number);
        if (nx < 0) nb = left;
        else if (nx >= L) nb = right;
        else {
          let ny = y + (dy[k] as number);
          if (ny < 0) ny += ly;
          else if (ny >= ly) ny -= ly;
          nb = nx + L * (ny + ly * nz);
        }
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
        root = r;
      } else {
        parent[root] = sizeRoot + sizeR;
        parent[r] = root;
      }
    }
    // a face root that stopped being a root in this step joined the new site's cluster
    if ((parent[leftRoot] as number) >= 0) leftRoot = root;
    if ((parent[rightRoot] as number) >= 0) rightRoot = root;
    if (leftRoot === rightRoot) return step + 1;
  }
  return -1;
}
