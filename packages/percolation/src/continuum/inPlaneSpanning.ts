import { LmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { runSeed } from "../lattice/simulateLattice.js";
import { type ContinuumParticles, continuumParticleShape } from "./continuumParticles.js";
import { checkCancelled, type RunProgressOptions, reportRun } from "./runProgress.js";
import { MAX_SLAB_VOLUME, metalFraction, SlabPacking } from "./slabPacking.js";

/** Options of {@link inPlaneSpanning}. */
export interface InPlaneOptions extends ContinuumParticles, RunProgressOptions {
  /** Layer thickness h in particle diameters (particle centres between the two faces). */
  thickness: number;
  /** Length and width of the simulated patch in diameters; the layer is crossed along its length. @default 20 */
  lateral?: number;
  /** Monte Carlo runs. @default 20 */
  runs?: number;
  /** @default 1 */
  seed?: number;
}

/** Result of {@link inPlaneSpanning}. */
export interface InPlaneResult {
  /** Metal volume fraction at the first path along the layer, mean and standard error over runs. */
  volumeFraction: { value: number; standardError: number };
  /** Reduced density η = n·v/V of the (outer) particles at that point. */
  reducedDensity: { value: number; standardError: number };
  /** Particles at the first path, per run. */
  particles: Int32Array;
  thickness: number;
  lateral: number;
}

/**
 * In-plane percolation of a thin layer: metal particles (any {@link ContinuumParticles}) dropped
 * into a layer h diameters thick (centres between its faces, no electrode on them), `lateral`
 * diameters wide (periodic) and long, with electrodes at the two ends of its length; the metal
 * fraction at which a path first runs along the layer. This threshold falls with h towards the
 * bulk value (overlapping spheres: φ_c = 0.2896), like the lattice law p_c,∥(h) ≈ p_c +
 * 0.506 (h + 0.68)^(−1/ν) of shared/research/percolation.md §2.7 — it governs lateral electron
 * transport in the interphase, while crossing it is {@link metalIncorporationWindow} and
 * {@link wiredSurfaceFraction}.
 *
 * Source: P. Sotta, D. Long, Eur. Phys. J. E 11 (2003) 375 (2D–3D crossover in films).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for a thickness below 0.5 or a patch narrower than twice
 *   the particle reach, fewer than 2 runs, or invalid particles; `E_CANCELLED` when cancelled
 *   through `onProgress` or `signal` ({@link RunProgressOptions}).
 * @example
 * inPlaneSpanning({ thickness: 2, lateral: 20 }).volumeFraction.value; // above 0.2896
 */
export function inPlaneSpanning(options: InPlaneOptions): InPlaneResult {
  const shape = continuumParticleShape(options);
  const lateral = options.lateral ?? 20;
  const runs = options.runs ?? 20;
  const h = options.thickness;
  if (!(h >= 0.5 && lateral >= 2 * shape.reach && lateral * lateral * h <= MAX_SLAB_VOLUME)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `layer ${lateral} × ${lateral} × ${h} diameters is outside the supported sizes`,
      {
        location: { source: "options.thickness / options.lateral" },
        fix: `give thickness ≥ 0.5 and lateral ≥ ${Math.ceil(2 * shape.reach)} diameters (lateral² × thickness ≤ 10⁷)`,
      },
    );
  }
  if (!(Number.isInteger(runs) && runs >= 2)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be an integer ≥ 2, got ${runs}`, {
      location: { source: "options.runs" },
      fix: "give e.g. 20",
    });
  }
  // Engine frame: x across the patch (periodic), y across the thickness (walls), z along the
  // layer (electrodes at both ends).
  const volume = lateral * lateral * h;
  const counts = new Int32Array(runs);
  for (let r = 0; r < runs; r++) {
    checkCancelled(options, r, runs);
    const rng = createRng(runSeed(options.seed ?? 1, r));
    const packing = new SlabPacking(
      lateral,
      lateral,
      shape,
      true,
      (0.36 * volume) / shape.volume,
      h,
    );
    do packing.add(rng);
    while (!packing.spans());
    counts[r] = packing.n;
    reportRun(options, r + 1, runs);
  }
  const stats = (values: number[]) => {
    const mean = values.reduce((a, b) => a + b, 0) / runs;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (runs - 1);
    return { value: mean, standardError: Math.sqrt(variance / runs) };
  };
  const list = Array.from(counts);
  return {
    volumeFraction: stats(list.map((n) => metalFraction(n, shape, volume))),
    reducedDensity: stats(list.map((n) => (n * shape.volume) / volume)),
    particles: counts,
    thickness: h,
    lateral,
  };
}
