import { LmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { runSeed } from "../lattice/simulateLattice.js";
import { type ContinuumParticles, continuumParticleShape } from "./continuumParticles.js";
import { checkCancelled, type RunProgressOptions, reportRun } from "./runProgress.js";
import { MAX_PARTICLES, MAX_SLAB_VOLUME, SlabPacking } from "./slabPacking.js";

/** Options of {@link wiredSurfaceFraction}. */
export interface WiredSurfaceOptions extends ContinuumParticles, RunProgressOptions {
  /** Layer thickness h in particle diameters (Li below at z = 0, electrolyte above at z = h). */
  thickness: number;
  /** Metal volume fractions at which to measure, each in (0, 1). */
  fractions: readonly number[];
  /** Lateral size of the periodic patch in diameters. @default 20 */
  lateral?: number;
  /** Monte Carlo runs. @default 20 */
  runs?: number;
  /** @default 1 */
  seed?: number;
  /** Sample points per diameter along each side of the top surface. @default 4 */
  resolution?: number;
}

/** One point of {@link WiredSurface}. */
export interface WiredSurfacePoint {
  /** Metal volume fraction. */
  fraction: number;
  /** Q: share of the outer surface (z = h) inside particles wired to the Li, mean and standard error over runs. */
  wired: { value: number; standardError: number };
}

/** Result of {@link wiredSurfaceFraction}. */
export interface WiredSurface {
  points: WiredSurfacePoint[];
  thickness: number;
  lateral: number;
  runs: number;
  /** What Q means and its limits, in words. */
  note: string;
}

/**
 * The fraction of an interphase's outer surface electronically wired to the lithium, Q(φ, h):
 * metal particles (any {@link ContinuumParticles}) are dropped into a layer h diameters thick,
 * periodic laterally, with the Li as an electrode under it; at each requested metal fraction,
 * Q is the share of a fine grid of points on the outer plane z = h that lie inside a particle
 * joined to the Li (for core–shell particles: inside the shell, i.e. within the connection range
 * of a wired core). Q is intensive (independent of the patch once it is wider than the
 * correlation length) and is the input for the rate of Li loss per unit area; unlike the first
 * crossing, it does not fall with the electrode area. Runs add particles incrementally, so each
 * run gives the whole curve (the fractions are visited in increasing order).
 *
 * Source: shared/research/percolation.md §2.7 (thin films: Q(p, h) in the lattice picture);
 * this is its continuum counterpart.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for fractions outside (0, 1) (or above the jamming of
 *   hard cores), a thickness below 1, fewer than 2 runs, or a resolution outside 1…16;
 *   `E_CANCELLED` when cancelled through `onProgress` or `signal` ({@link RunProgressOptions}).
 * @example
 * wiredSurfaceFraction({ thickness: 4, fractions: [0.1, 0.2, 0.3] }).points[1].wired.value;
 */
export function wiredSurfaceFraction(options: WiredSurfaceOptions): WiredSurface {
  const shape = continuumParticleShape(options);
  const lateral = options.lateral ?? 20;
  const runs = options.runs ?? 20;
  const resolution = options.resolution ?? 4;
  const H = options.thickness;
  if (!(H >= 1 && lateral >= 2 * shape.reach && lateral * lateral * H <= MAX_SLAB_VOLUME)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `layer ${lateral} × ${lateral} × ${H} diameters is outside the supported sizes`,
      {
        location: { source: "options.thickness / options.lateral" },
        fix: `give thickness ≥ 1 and lateral ≥ ${Math.ceil(2 * shape.reach)} diameters (lateral² × thickness ≤ 10⁷)`,
      },
    );
  }
  if (!(Number.isInteger(runs) && runs >= 2)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be an integer ≥ 2, got ${runs}`, {
      location: { source: "options.runs" },
      fix: "give e.g. 20",
    });
  }
  if (!(Number.isInteger(resolution) && resolution >= 1 && resolution <= 16)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `resolution must be an integer in 1…16, got ${resolution}`,
      {
        location: { source: "options.resolution" },
        fix: "give e.g. 4 points per diameter",
      },
    );
  }
  const fractions = [...options.fractions];
  if (fractions.length === 0 || !fractions.every((f) => f > 0 && f < 1)) {
    throw new LmbError("E_INVALID_ARGUMENT", "metal fractions must be a non-empty list in (0, 1)", {
      location: { source: "options.fractions" },
      fix: "give e.g. [0.1, 0.2, 0.3]",
    });
  }
  const volume = lateral * lateral * H;
  // particles needed for a metal fraction φ: φ = 1 − e^(−n v/V) or φ = n v δ³/V
  const target = (phi: number) =>
    Math.round(
      shape.coreVolumeRatio === undefined
        ? (-Math.log1p(-phi) * volume) / shape.volume
        : (phi * volume) / (shape.volume * shape.coreVolumeRatio),
    );
  const order = fractions.map((f, i) => ({ f, i, n: target(f) })).sort((a, b) => a.n - b.n);
  const last = order[order.length - 1]?.n ?? 0;
  if (last > MAX_PARTICLES) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `metal fraction ${Math.max(...fractions)} needs ${last} particles in this layer, above ${MAX_PARTICLES}`,
      {
        location: { source: "options.fractions" },
        fix: "lower the largest fraction or the patch size",
      },
    );
  }
  const grid = Math.ceil(resolution * lateral);
  const sum = new Float64Array(fractions.length);
  const sumSq = new Float64Array(fractions.length);
  for (let r = 0; r < runs; r++) {
    checkCancelled(options, r, runs);
    const rng = createRng(runSeed(options.seed ?? 1, r));
    const packing = new SlabPacking(lateral, H, shape, false, last + 16);
    for (const { i, n } of order) {
      while (packing.n < n) packing.add(rng);
      const q = packing.wiredTopFraction(grid);
      sum[i] = (sum[i] as number) + q;
      sumSq[i] = (sumSq[i] as number) + q * q;
    }
    reportRun(options, r + 1, runs);
  }
  const points = fractions.map((fraction, i) => {
    const mean = (sum[i] as number) / runs;
    const variance = Math.max(0, ((sumSq[i] as number) - runs * mean * mean) / (runs - 1));
    return { fraction, wired: { value: mean, standardError: Math.sqrt(variance / runs) } };
  });
  return {
    points,
    thickness: H,
    lateral,
    runs,
    note:
      shape.coreVolumeRatio === undefined
        ? "Q: share of the outer surface inside metal particles joined to the Li (overlapping particles, no tunnelling range)"
        : "Q: share of the outer surface within the connection shell of a metal core joined to the Li (hard cores by random sequential addition)",
  };
}
