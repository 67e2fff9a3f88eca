import { LmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { runSeed } from "../lattice/simulateLattice.js";
import { type ParticleShape, SPHERE } from "./particleShape.js";
import { checkCancelled, type RunProgressOptions, reportRun } from "./runProgress.js";
import { MAX_SLAB_VOLUME, metalFraction, SlabPacking } from "./slabPacking.js";
import { type SphereParticleOptions, sphereShape } from "./sphereShape.js";

export { metalFraction, type ParticleShape, SPHERE };

/** Options of {@link overlappingSphereSpanning}. */
export interface SphereSlabOptions extends SphereParticleOptions, RunProgressOptions {
  /** Lateral box size in particle diameters (periodic). */
  lateral: number;
  /** Slab thickness in particle diameters (open, electrodes on both faces). */
  thickness: number;
  /** Runs. @default 20 */
  runs?: number;
  /** @default 1 */
  seed?: number;
}

/** Result of {@link overlappingSphereSpanning}. */
export interface SphereSlabResult {
  /** Reduced density η = ρ·v of the (outer) particles at first spanning, mean and standard error over runs. */
  reducedDensity: { value: number; standardError: number };
  /**
   * Metal volume fraction at first spanning: the covered fraction φ = 1 − e^(−η) of
   * penetrable particles (bulk spheres: 0.2896 for L, h → ∞), or the cores' fraction
   * n·v·δ³/V of core–shell particles.
   */
  volumeFraction: { value: number; standardError: number };
  /** Particles at first spanning, per run. */
  particles: Int32Array;
}

/**
 * Continuum percolation of fully penetrable (overlapping) spheres of diameter 1 in a slab
 * lateral × lateral × thickness, periodic laterally, with electrodes at z = 0 and z = thickness:
 * spheres are dropped at uniform random positions one at a time (Newman–Ziff in the continuum),
 * joined to every earlier sphere closer than one diameter (cell list of unit cells, 27
 * neighbours), and to an electrode when they touch its plane; the count at which the electrodes
 * first connect gives η = n·(π/6)/(lateral²·thickness). Bulk threshold: η_c = 0.34189,
 * φ_c = 0.28957 (Lorenz & Ziff 2001). With `sizes` the spheres are polydisperse (lengths in
 * volume-equivalent mean diameters); with `coreShell: δ` they are core–shell particles and
 * `volumeFraction` is the metal cores' fraction (see {@link SphereParticleOptions}).
 *
 * Source: C. D. Lorenz, R. M. Ziff, J. Chem. Phys. 114 (2001) 3659; shared/research/percolation.md §2.2.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for sizes below 2 diameters or above 10⁷ cubed diameters, runs
 *   that are not a positive integer, an invalid size distribution or δ, or hard cores that jam.
 * @example
 * overlappingSphereSpanning({ lateral: 20, thickness: 20, runs: 10 }).volumeFraction.value; // ≈ 0.29
 * overlappingSphereSpanning({ lateral: 20, thickness: 20, coreShell: 0.68 }).volumeFraction.value; // ≈ 0.10
 */
export function overlappingSphereSpanning(options: SphereSlabOptions): SphereSlabResult {
  const { sizes, coreShell, ...slab } = options;
  return penetrableSlabSpanning(slab, sphereShape({ sizes, coreShell }));
}

/**
 * Continuum percolation of freely overlapping particles of any {@link ParticleShape} in a slab
 * (see {@link overlappingSphereSpanning}, of which this is the general form): positions uniform,
 * orientations from the shape, joined when `overlap` says so, electrodes touched when a
 * particle's `halfHeight` reaches the face; hard cores (`shape.clash`) by random sequential
 * addition. Sizes and core–shell come from the shape, so `options.sizes` / `options.coreShell`
 * are refused here.
 *
 * `onProgress` is called after each run and `signal` checked before each (see
 * {@link RunProgressOptions}).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for sizes below 2 diameters (or twice the particle
 *   reach) or above 10⁷ cubed diameters, runs that are not a positive integer, `sizes`/`coreShell` in the
 *   options, or hard cores that jam; `E_CANCELLED` when cancelled.
 * @example
 * penetrableSlabSpanning({ lateral: 20, thickness: 20 }, spheroidShape(5));
 * penetrableSlabSpanning({ lateral: 20, thickness: 5 }, spheroidShape(0.2, { coreShell: 0.7 }));
 */
export function penetrableSlabSpanning(
  options: SphereSlabOptions,
  shape: ParticleShape,
): SphereSlabResult {
  const { lateral: L, thickness: H } = options;
  const runs = options.runs ?? 20;
  if (!(L >= 2 && H >= 1) || !Number.isFinite(L * L * H) || L * L * H > MAX_SLAB_VOLUME) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `slab ${L} × ${L} × ${H} diameters is outside 2 diameters … 10⁷ cubed diameters (memory: 64 bytes per particle)`,
      {
        location: { source: "options.lateral / options.thickness" },
        fix: "give the lateral size ≥ 2 and thickness ≥ 1 particle diameters, lateral² × thickness ≤ 10⁷",
      },
    );
  }
  if (!(Number.isInteger(runs) && runs >= 1)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be a positive integer, got ${runs}`, {
      location: { source: "options.runs" },
      fix: "give e.g. 20",
    });
  }
  if (options.sizes !== undefined || options.coreShell !== undefined) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      "penetrableSlabSpanning takes sizes and core–shell from its shape, not from the options",
      {
        location: { source: "options.sizes / options.coreShell" },
        fix: "build the shape with sphereShape({ sizes, coreShell }) or spheroidShape(aspect, { coreShell }), or call overlappingSphereSpanning",
      },
    );
  }
  if (L < 2 * shape.reach) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `a lateral size of ${L} is below twice the particle reach ${shape.reach.toFixed(3)}: particles would meet their own periodic images`,
      {
        location: { source: "options.lateral" },
        fix: `give lateral ≥ ${Math.ceil(2 * shape.reach)}`,
      },
    );
  }
  const volume = L * L * H;
  const sphere = shape.volume;
  const counts = new Int32Array(runs);
  for (let r = 0; r < runs; r++) {
    checkCancelled(options, r, runs);
    const rng = createRng(runSeed(options.seed ?? 1, r));
    const packing = new SlabPacking(L, H, shape, true, (0.36 * volume) / sphere);
    do packing.add(rng);
    while (!packing.spans());
    counts[r] = packing.n;
    reportRun(options, r + 1, runs);
  }
  let sumEta = 0;
  let sumEta2 = 0;
  let sumPhi = 0;
  let sumPhi2 = 0;
  for (const n of counts) {
    const eta = (n * sphere) / volume;
    const phi = metalFraction(n, shape, volume);
    sumEta += eta;
    sumEta2 += eta * eta;
    sumPhi += phi;
    sumPhi2 += phi * phi;
  }
  const stats = (s: number, s2: number) => {
    const mean = s / runs;
    const variance = runs > 1 ? Math.max(0, (s2 - runs * mean * mean) / (runs - 1)) : 0;
    return { value: mean, standardError: Math.sqrt(variance / runs) };
  };
  return {
    reducedDensity: stats(sumEta, sumEta2),
    volumeFraction: stats(sumPhi, sumPhi2),
    particles: counts,
  };
}
