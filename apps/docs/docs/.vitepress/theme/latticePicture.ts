import { LmbError } from "@lmb/errors";
import {
  createLatticeGrid,
  fastPermutation,
  type LatticeGrid,
  neighbours,
  runSeed,
  siteSweep,
} from "@lmb/percolation";

/** The 2D lattices the picture draws. */
export type PictureLattice = "square" | "triangular";

/** One seeded Newman–Ziff order of a lattice strip: every occupation p of the picture reuses it. */
export interface LatticeRun {
  lattice: PictureLattice;
  /** L: sites along the periodic (horizontal) direction. */
  lateral: number;
  /** H: sites along the open direction, from the Li (row 0) to the electrolyte (row H − 1). */
  thickness: number;
  seed: number;
  grid: LatticeGrid;
  /** The order sites are occupied in: `fastPermutation(N, runSeed(seed, 0))`, run 0 of `simulateLattice`. */
  order: Int32Array;
  /** rank[s]: the step at which site s is occupied (site s is occupied at n sites iff rank[s] < n). */
  rank: Int32Array;
  /** First step at which the rows 0 and H − 1 connect (`siteSweep`), −1 if never. */
  spanningStep: number;
}

/** Site states of a picture. */
export const EMPTY = 0;
/** An occupied (metal) site not connected to the Li electrode below row 0. */
export const ISOLATED = 1;
/** An occupied site connected to the Li electrode (row 0) but not to the far side. */
export const WIRED = 2;
/** An occupied site on a path from row 0 to row H − 1: the layer conducts through it. */
export const SPANNING = 3;

/** The picture at one occupation: site states and the counts the page shows. */
export interface LatticeState {
  /** n = round(p·N) occupied sites. */
  occupied: number;
  /** EMPTY, ISOLATED, WIRED or SPANNING per site (index x + L·y). */
  states: Uint8Array;
  /** Does a cluster join row 0 to row H − 1 (found by a breadth-first search of this picture)? */
  spans: boolean;
  /** Sites in clusters joining both rows. */
  spanningSites: number;
  /** Occupied sites joined to row 0. */
  wiredSites: number;
  /** Occupied sites of the top row joined to row 0, ÷ L: the share of the surface wired to the Li. */
  wiredSurface: number;
}

const MAX_SITES = 1 << 16;

/**
 * Builds the seeded order of a lattice strip L × H (periodic along L, open along H) and its first
 * spanning step, with the package's own generator and sweep: the same seed gives the same
 * picture and the same step as run 0 of `simulateLattice({ lattice, size: L, thickness: H, seed })`.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for sizes outside 2…65 536 sites or a non-integer seed.
 * @example
 * latticeRun("square", 64, 64, 1).spanningStep / 4096; // ≈ 0.59, the first crossing fraction
 */
export function latticeRun(
  lattice: PictureLattice,
  lateral: number,
  thickness: number,
  seed: number,
): LatticeRun {
  if (!(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)) {
    throw new LmbError("E_INVALID_ARGUMENT", `seed ${seed} is not a whole number`, {
      fix: "give a seed between 0 and 4294967295",
    });
  }
  if (lateral * thickness > MAX_SITES) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `the picture has ${lateral * thickness} sites, more than ${MAX_SITES} can be drawn`,
      { fix: "choose a smaller lattice" },
    );
  }
  const grid = createLatticeGrid(lattice, lateral, thickness);
  const order = fastPermutation(grid.sites, runSeed(seed, 0));
  const rank = new Int32Array(grid.sites);
  for (let i = 0; i < order.length; i++) rank[order[i] as number] = i;
  const { spanningStep } = siteSweep(grid, order, { stopAtSpanning: true });
  return { lattice, lateral, thickness, seed, grid, order, rank, spanningStep };
}

/**
 * The picture at occupation p: the first round(p·N) sites of the run's order are metal; a
 * breadth-first search from row 0 (the Li side) marks the sites wired to the Li, and a second one
 * from the wired sites of row H − 1 marks the clusters that cross the layer.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for p outside [0, 1].
 * @example
 * latticeState(latticeRun("square", 32, 32, 1), 0.7).spans; // true: well above p_c = 0.5927
 */
export function latticeState(run: LatticeRun, p: number): LatticeState {
  if (!(p >= 0 && p <= 1)) {
    throw new LmbError("E_INVALID_ARGUMENT", `occupation p = ${p} is outside [0, 1]`, {
      fix: "give the metal fraction as a number between 0 and 1",
    });
  }
  const { grid, rank } = run;
  const n = grid.sites;
  const L = grid.lateral;
  const occupied = Math.round(p * n);
  const states = new Uint8Array(n);
  for (let s = 0; s < n; s++) states[s] = (rank[s] as number) < occupied ? ISOLATED : EMPTY;
  const queue = new Int32Array(n);
  const out = new Int32Array(12);
  // Flood `from` → `to` from every seed site in state `from`.
  const flood = (seeds: Iterable<number>, from: number, to: number): number => {
    let head = 0;
    let tail = 0;
    for (const s of seeds) {
      if (states[s] !== from) continue;
      states[s] = to;
      queue[tail++] = s;
    }
    while (head < tail) {
      const s = queue[head++] as number;
      const k = neighbours(grid, s, out);
      for (let i = 0; i < k; i++) {
        const t = out[i] as number;
        if (states[t] === from) {
          states[t] = to;
          queue[tail++] = t;
        }
      }
    }
    return tail;
  };
  const row = (y: number) => Array.from({ length: L }, (_, x) => x + L * y);
  const wiredSites = flood(row(0), ISOLATED, WIRED);
  const spanningSites = flood(row(grid.thickness - 1), WIRED, SPANNING);
  let wiredTop = 0;
  for (const s of row(grid.thickness - 1)) if ((states[s] as number) >= WIRED) wiredTop++;
  return {
    occupied,
    states,
    spans: spanningSites > 0,
    spanningSites,
    wiredSites,
    wiredSurface: wiredTop / L,
  };
}

/**
 * Where site s is drawn, in units of the site spacing, with row 0 at the bottom: (x, y) on the
 * square lattice; on the triangular lattice (neighbours (±1, 0), (0, ±1), ±(1, −1) in lattice
 * coordinates) each row is shifted by half a site per row, wrapped into [0, L), and rows are
 * √3/2 apart, so every neighbour is one spacing away.
 *
 * @example
 * sitePosition(grid, 65); // square, L = 64: { x: 1, y: 1 }
 */
export function sitePosition(grid: LatticeGrid, s: number): { x: number; y: number } {
  const L = grid.lateral;
  const x = s % L;
  const y = (s - x) / L;
  if (grid.lattice.id === "triangular") {
    return { x: (x + 0.5 * y) % L, y: y * (Math.sqrt(3) / 2) };
  }
  return { x, y };
}
