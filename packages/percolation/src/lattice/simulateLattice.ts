import { LmbError } from "@lmb/errors";
import { bondCount, bondSlots, bondSweep } from "./bondSweep.js";
import { inPlaneSiteSweep } from "./inPlaneSweep.js";
import { createLatticeGrid, type LatticeGrid } from "./latticeGrid.js";
import type { LatticeId } from "./lattices.js";
import { fastPermutation } from "./permutation.js";
import { siteSweep } from "./siteSweep.js";
import { type SpanningCurve, spanningProbability } from "./spanningProbability.js";

/** What {@link simulateLattice} runs. */
export interface LatticeSimulationOptions {
  lattice: LatticeId;
  /** Site or bond percolation. @default "site" */
  mode?: "site" | "bond";
  /** Lateral size L. */
  size: number;
  /** Thickness H along the spanning axis. @default size */
  thickness?: number;
  /** Independent Newman–Ziff sweeps. @default 100 */
  runs?: number;
  /** Base seed; run r uses its own stream derived from (seed, r), so results do not depend on how runs are split. @default 1 */
  seed?: number;
  /** Occupation probabilities for the spanning curve. @default 41 points around the run mean */
  ps?: readonly number[];
  /** Called after each run with (done, total); return false to cancel. */
  onProgress?: (done: number, total: number) => boolean | undefined;
  /**
   * Span along the film instead of across it: x open with an electrode at each end, y
   * periodic, the thickness axis with free faces (`inPlaneSiteSweep`). Site percolation only.
   * @default false
   */
  inPlane?: boolean;
}

/** Result of {@link simulateLattice}. */
export interface LatticeSimulation {
  lattice: LatticeId;
  mode: "site" | "bond";
  size: number;
  thickness: number;
  /** N: sites (site mode) or bonds (bond mode). */
  elements: number;
  runs: number;
  seed: number;
  /** First spanning step of each run. */
  spanningSteps: Int32Array;
  /** Mean first-spanning occupation fraction, an estimate of p_c(L) (shifted by ∝ L^(−1/ν)). */
  threshold: { value: number; standardError: number };
  /** Literature threshold of the infinite lattice, for comparison. */
  literatureThreshold: number;
  /** Present when the film was crossed along x (in-plane) rather than through its thickness. */
  inPlane?: true;
  /** Canonical spanning probability R(p). */
  spanning: SpanningCurve;
}

/** Derives the seed of run r from the base seed (splitmix-style mixing, platform independent). */
export function runSeed(seed: number, run: number): number {
  let z = (Math.imul(seed | 0, 0x9e3779b1) + Math.imul(run + 1, 0x85ebca6b)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Work arrays of {@link sweepRuns}, reusable from run to run (see {@link sweepWork}). */
export interface SweepWork {
  /** Union–find forest, length N + 2. */
  parent: Int32Array;
  /** Permutation, length N (sites) or bondSlots(grid) (bonds). */
  order: Int32Array;
}

/**
 * Allocates the work arrays of {@link sweepRuns} once: 8 bytes per site for site percolation
 * (134 MB at L = 256 in 3D), 4 bytes per site plus 4 per bond slot for bond percolation.
 *
 * @example
 * const work = sweepWork(grid, "site");
 */
export function sweepWork(grid: LatticeGrid, mode: "site" | "bond"): SweepWork {
  return {
    parent: new Int32Array(grid.sites + 2),
    order: new Int32Array(mode === "site" ? grid.sites : bondSlots(grid)),
  };
}

/**
 * Runs `count` sweeps from run `first` on and returns their first spanning steps; used by the
 * worker pool and the single-threaded path alike. Pass `work` to reuse the arrays across calls
 * (otherwise each call allocates them, and a run-by-run loop briefly holds two sets).
 * `inPlane` crosses the film along x (site mode only, see `inPlaneSiteSweep`).
 *
 * @throws LmbError `E_LENGTH_MISMATCH` when `work` was made for another grid or mode;
 *   `E_NOT_SUPPORTED` for in-plane bond sweeps.
 * @example
 * sweepRuns(grid, "site", 1, 0, 10, sweepWork(grid, "site"));
 */
export function sweepRuns(
  grid: LatticeGrid,
  mode: "site" | "bond",
  seed: number,
  first: number,
  count: number,
  work: SweepWork = sweepWork(grid, mode),
  inPlane = false,
): Int32Array {
  if (inPlane && mode === "bond") throw inPlaneBondError();
  const out = new Int32Array(count);
  const { parent, order } = work;
  const slots = mode === "site" ? grid.sites : bondSlots(grid);
  if (order.length !== slots || parent.length < grid.sites + 2) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `sweep work arrays of ${parent.length} and ${order.length} entries do not fit this ${mode} grid (${grid.sites + 2} and ${slots})`,
      { fix: "allocate them with sweepWork(grid, mode)" },
    );
  }
  for (let i = 0; i < count; i++) {
    fastPermutation(slots, runSeed(seed, first + i), order);
    out[i] = inPlane
      ? inPlaneSiteSweep(grid, order, parent)
      : mode === "site"
        ? siteSweep(grid, order, { stopAtSpanning: true, parent }).spanningStep
        : bondSweep(grid, order, { stopAtSpanning: true, parent }).spanningStep;
  }
  return out;
}

/**
 * Monte Carlo site or bond percolation on a lattice film (periodic laterally, open along the
 * thickness) by Newman–Ziff sweeps: the first spanning step of each run, the mean spanning
 * fraction (p_c(L) with its standard error) and the canonical spanning probability R(p).
 * Seeded and reproducible: run r always uses `runSeed(seed, r)`.
 *
 * Source: Newman & Ziff, Phys. Rev. E 64 (2001) 016706.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for sizes below 4, thickness below 2, runs below 2,
 *   probabilities outside [0, 1]; `E_CANCELLED` when `onProgress` returns false.
 * @example
 * simulateLattice({ lattice: "sc", size: 32, runs: 100, seed: 1 }).threshold.value; // ≈ 0.311
 */
export function simulateLattice(options: LatticeSimulationOptions): LatticeSimulation {
  const plan = planLatticeSimulation(options);
  const steps = new Int32Array(plan.runs);
  const work = sweepWork(plan.grid, plan.mode);
  for (let r = 0; r < plan.runs; r++) {
    steps[r] = sweepRuns(plan.grid, plan.mode, plan.seed, r, 1, work, plan.inPlane)[0] as number;
    if (options.onProgress?.(r + 1, plan.runs) === false) {
      throw new LmbError("E_CANCELLED", `cancelled after ${r + 1} of ${plan.runs} runs`, {
        fix: "run again without cancelling",
      });
    }
  }
  return summarizeLatticeRuns(plan, steps, options.ps);
}

/** A checked simulation request: the grid and the resolved defaults. */
export interface LatticePlan {
  lattice: LatticeId;
  mode: "site" | "bond";
  size: number;
  thickness: number;
  runs: number;
  seed: number;
  grid: LatticeGrid;
  /** N: sites or bonds. */
  elements: number;
  /** Crossed along x rather than through the thickness. */
  inPlane: boolean;
}

function inPlaneBondError(): LmbError {
  return new LmbError(
    "E_NOT_SUPPORTED",
    "in-plane spanning is implemented for site percolation only",
    {
      location: { source: "options.inPlane" },
      fix: "use site percolation, or span through the thickness",
    },
  );
}

/**
 * Checks the options of a lattice simulation before any work starts and resolves the defaults.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for sizes below 4, thickness below 2, runs below 2,
 *   probabilities outside [0, 1], an unknown lattice; `E_NOT_SUPPORTED` for in-plane bond
 *   percolation.
 * @example
 * planLatticeSimulation({ lattice: "sc", size: 16 }).elements; // 4096
 */
export function planLatticeSimulation(
  options: Omit<LatticeSimulationOptions, "onProgress">,
): LatticePlan {
  const mode = options.mode ?? "site";
  const inPlane = options.inPlane === true;
  if (inPlane && mode === "bond") throw inPlaneBondError();
  const runs = options.runs ?? 100;
  const seed = options.seed ?? 1;
  if (!(Number.isInteger(options.size) && options.size >= 4)) {
    throw new LmbError("E_INVALID_ARGUMENT", `size ${options.size} is too small for a threshold`, {
      fix: "use --size 8 or more (thresholds need several sizes ≥ 8 for finite-size scaling)",
    });
  }
  const thickness = options.thickness ?? options.size;
  // crossing along x, a single layer is a film too (in 3D: the 2D lattice of one layer)
  const minThickness = inPlane ? 1 : 2;
  if (!(Number.isInteger(thickness) && thickness >= minThickness)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `thickness ${thickness} must be an integer ≥ ${minThickness}`,
      { fix: "a film needs at least two layers between its faces" },
    );
  }
  if (!(Number.isInteger(runs) && runs >= 2)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be an integer ≥ 2, got ${runs}`, {
      fix: "use --runs 100 or more for error bars",
    });
  }
  for (const p of options.ps ?? []) {
    if (!(p >= 0 && p <= 1)) {
      throw new LmbError("E_INVALID_ARGUMENT", `occupation probability ${p} is outside [0, 1]`, {
        fix: "give probabilities between 0 and 1",
      });
    }
  }
  const grid = createLatticeGrid(options.lattice, options.size, thickness);
  const elements = mode === "site" ? grid.sites : bondCount(grid);
  return {
    lattice: options.lattice,
    mode,
    size: options.size,
    thickness,
    runs,
    seed,
    grid,
    elements,
    inPlane,
  };
}

/**
 * Turns the first spanning steps of all runs into the simulation result: the mean spanning
 * fraction with its standard error and the canonical spanning curve.
 *
 * @example
 * summarizeLatticeRuns(plan, steps).threshold.value;
 */
export function summarizeLatticeRuns(
  plan: LatticePlan,
  steps: Int32Array,
  ps?: readonly number[],
): LatticeSimulation {
  const { runs, elements } = plan;
  let sum = 0;
  let sumSq = 0;
  for (const k of steps) {
    const f = k / elements;
    sum += f;
    sumSq += f * f;
  }
  const mean = sum / runs;
  const sd = Math.sqrt(Math.max(0, sumSq / runs - mean * mean) * (runs / (runs - 1)));
  const grid =
    ps ??
    Array.from({ length: 41 }, (_, i) =>
      Math.min(1, Math.max(0, mean + ((i - 20) / 20) * 4 * Math.max(sd, 1e-3))),
    );
  const literature =
    plan.mode === "site"
      ? plan.grid.lattice.siteThreshold.value
      : plan.grid.lattice.bondThreshold.value;
  return {
    lattice: plan.lattice,
    mode: plan.mode,
    size: plan.size,
    thickness: plan.thickness,
    elements,
    runs,
    seed: plan.seed,
    spanningSteps: steps,
    threshold: { value: mean, standardError: sd / Math.sqrt(runs) },
    literatureThreshold: literature,
    spanning: spanningProbability(steps, elements, grid),
    ...(plan.inPlane ? { inPlane: true as const } : {}),
  };
}
