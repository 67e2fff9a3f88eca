import { LmbError } from "@lmb/errors";
import { LATTICES, type LatticeDefinition, type LatticeId } from "./lattices.js";

/**
 * A finite piece of a lattice on an index grid: periodic in the lateral directions, open along
 * the spanning axis (the last one: y in 2D, z in 3D), as for a film between two electrodes.
 * Site index s = x + Lx·(y + Ly·z) in 3D and x + Lx·y in 2D.
 */
export interface LatticeGrid {
  lattice: LatticeDefinition;
  /** Lateral size L (sites along each periodic axis). */
  lateral: number;
  /** Thickness H (sites along the open, spanning axis). */
  thickness: number;
  /** Number of sites N. */
  sites: number;
  /** Sites per layer (L in 2D, L² in 3D). */
  layer: number;
  /** Full neighbour offsets (the half offsets and their negatives) along x, y, z. */
  dx: Int32Array;
  dy: Int32Array;
  dz: Int32Array;
}

/** Largest grid lmb builds (2³¹ − 3 sites, the union–find index range). */
const MAX_SITES = 2 ** 31 - 3;

/**
 * Builds a lattice grid of lateral size L and thickness H (default H = L).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for an unknown lattice, sizes below 2 (4 for a
 *   threshold), an odd lateral size on honeycomb (the brick wall needs it even), or more sites
 *   than fit the union–find indices.
 * @example
 * createLatticeGrid("sc", 64).sites; // 262144
 */
export function createLatticeGrid(
  id: LatticeId,
  lateral: number,
  thickness = lateral,
): LatticeGrid {
  const lattice = LATTICES[id];
  if (lattice === undefined) {
    throw new LmbError("E_INVALID_ARGUMENT", `unknown lattice "${id}"`, {
      fix: `use one of ${Object.keys(LATTICES).join(", ")}`,
    });
  }
  if (!Number.isInteger(lateral) || !Number.isInteger(thickness) || lateral < 2 || thickness < 1) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `lattice sizes must be integers, lateral ≥ 2 and thickness ≥ 1 (got ${lateral} × ${thickness})`,
      { fix: "give --size 8 or more for a meaningful threshold" },
    );
  }
  if (lattice.brickWall && lateral % 2 !== 0) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `the honeycomb lattice needs an even lateral size, got ${lateral}`,
      {
        fix: `use ${lateral + 1}`,
      },
    );
  }
  const layer = lattice.dimension === 2 ? lateral : lateral * lateral;
  const sites = layer * thickness;
  if (sites > MAX_SITES) {
    throw new LmbError("E_INVALID_ARGUMENT", `${sites} sites exceed the supported ${MAX_SITES}`, {
      fix: "use a smaller lattice",
    });
  }
  const full = [...lattice.halfOffsets, ...lattice.halfOffsets.map((o) => o.map((v) => -v))];
  const pick = (axis: number) => Int32Array.from(full, (o) => o[axis] ?? 0);
  return {
    lattice,
    lateral,
    thickness,
    sites,
    layer,
    dx: pick(0),
    dy: lattice.dimension === 2 ? new Int32Array(full.length) : pick(1),
    dz: lattice.dimension === 2 ? pick(1) : pick(2),
  };
}

/**
 * Writes the neighbours of site `s` into `out` and returns how many there are (sites beyond the
 * open faces are left out). The spanning axis is treated as z: in 2D the grid is L × 1 × H.
 *
 * @example
 * const out = new Int32Array(12); const k = neighbours(grid, 0, out);
 */
export function neighbours(grid: LatticeGrid, s: number, out: Int32Array): number {
  const L = grid.lateral;
  const ly = grid.lattice.dimension === 2 ? 1 : L;
  const x = s % L;
  const rest = (s - x) / L;
  const y = rest % ly;
  const z = (rest - y) / ly;
  let count = 0;
  const { dx, dy, dz } = grid;
  for (let k = 0; k < dx.length; k++) {
    let nx = x + (dx[k] as number);
    if (nx < 0) nx += L;
    else if (nx >= L) nx -= L;
    let ny = y + (dy[k] as number);
    if (ny < 0) ny += ly;
    else if (ny >= ly) ny -= ly;
    const nz = z + (dz[k] as number);
    if (nz < 0 || nz >= grid.thickness) continue;
    out[count++] = nx + L * (ny + ly * nz);
  }
  if (grid.lattice.brickWall) {
    // Honeycomb as a brick wall: one vertical bond per site, up on even x + z, down on odd.
    const nz = (x + z) % 2 === 0 ? z + 1 : z - 1;
    if (nz >= 0 && nz < grid.thickness) out[count++] = x + L * nz;
  }
  return count;
}
