import { LmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { runSeed } from "../lattice/simulateLattice.js";
import type { ParticleShape } from "./particleShape.js";
import { particlesAtFirstWrap } from "./periodicWrapping.js";
import { MAX_SLAB_VOLUME, metalFraction } from "./slabPacking.js";

/** Correlation-length exponent of 3D percolation used in the extrapolation (Wang et al. 2013). */
const NU_3D = 0.8765;

/** Options of {@link simulateBulkThreshold}. */
export interface BulkThresholdOptions {
  /**
   * Edges of the periodic cubes, in particle lengths (the shape's `reach`: 2·max(a, b) for a
   * spheroid, the largest diameter for spheres), each ≥ 3. @default [6, 9, 12]
   */
  sizes?: readonly number[];
  /** Runs per size. @default 20 */
  runs?: number;
  /** @default 1 */
  seed?: number;
}

/** Mean ± standard error. */
export interface BulkEstimate {
  value: number;
  standardError: number;
}

/** One box size of {@link simulateBulkThreshold}. */
export interface BulkThresholdSize {
  /** Cube edge in particle lengths. */
  size: number;
  /** Cube edge in equal-volume sphere diameters. */
  edge: number;
  /** Reduced density η = n·v/V at first wrapping, mean over runs. */
  reducedDensity: BulkEstimate;
  /** Metal volume fraction at first wrapping (1 − e^(−η), or n·v·δ³/V for core–shell). */
  volumeFraction: BulkEstimate;
  /** Particles at first wrapping, per run. */
  particles: Int32Array;
}

/** Result of {@link simulateBulkThreshold}. */
export interface BulkThresholdResult {
  /** Bulk threshold φ_c: intercept of φ̄(L) = φ_c + a·L^(−1/ν) (or the single size's mean). */
  volumeFraction: BulkEstimate;
  /** Bulk η_c, extrapolated the same way. */
  reducedDensity: BulkEstimate;
  /** Per box size. */
  sizes: BulkThresholdSize[];
}

/**
 * Bulk continuum percolation threshold of freely overlapping particles of any
 * {@link ParticleShape} (spheres, polydisperse or core–shell spheres, randomly oriented
 * spheroids): particles are dropped into fully periodic cubes until a cluster first wraps around
 * the cube in any direction (no electrodes, no surfaces), and the mean fraction at wrapping,
 * φ̄(L), is extrapolated as φ̄(L) = φ_c + a·L^(−1/ν), ν = 0.8765, by weighted least squares
 * (weights 1/SE²; the standard error is the intercept's). Box sizes are counted in particle
 * lengths, so needles and plates get the same number of particle lengths per box as spheres
 * get diameters. Volume fraction φ = 1 − e^(−η) for penetrable particles, η = n·v/V.
 *
 * This is the bulk value (a layer many particle lengths thick in every direction); thin layers
 * between electrodes cross at other fractions, see {@link penetrableSlabSpanning}.
 *
 * Sources: C. D. Lorenz, R. M. Ziff, J. Chem. Phys. 114 (2001) 3659 (spheres, φ_c 0.2896);
 * E. J. Garboczi et al., Phys. Rev. E 52 (1995) 819 (spheroids; this code finds lower values,
 * see the package README).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for no sizes, a size below 3 particle lengths or above
 *   10⁷ cubed diameters, runs that are not an integer ≥ 2, or hard cores that jam.
 * @example
 * simulateBulkThreshold(SPHERE, { sizes: [8, 16], runs: 40 }).volumeFraction.value; // ≈ 0.29
 * simulateBulkThreshold(spheroidShape(5)).volumeFraction.value; // ≈ 0.134
 */
export function simulateBulkThreshold(
  shape: ParticleShape,
  options: BulkThresholdOptions = {},
): BulkThresholdResult {
  const sizes = options.sizes ?? [6, 9, 12];
  const runs = options.runs ?? 20;
  if (sizes.length === 0) {
    throw new LmbError("E_INVALID_ARGUMENT", "no box sizes given", {
      location: { source: "options.sizes" },
      fix: "give e.g. sizes: [6, 9, 12] (cube edges in particle lengths)",
    });
  }
  for (const s of sizes) {
    const edge = s * shape.reach;
    if (!(s >= 3) || !(edge ** 3 <= MAX_SLAB_VOLUME)) {
      throw new LmbError(
        "E_INVALID_ARGUMENT",
        `box size ${s} particle lengths (${edge.toFixed(1)} diameters) is outside 3 lengths … 10⁷ cubed diameters`,
        {
          location: { source: "options.sizes" },
          fix: "give cube edges of at least 3 particle lengths and at most ~215 diameters",
        },
      );
    }
  }
  if (!(Number.isInteger(runs) && runs >= 2)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be an integer ≥ 2, got ${runs}`, {
      location: { source: "options.runs" },
      fix: "give e.g. 20 (the standard errors need at least two runs)",
    });
  }
  const seed = options.seed ?? 1;
  const perSize: BulkThresholdSize[] = sizes.map((size, k) => {
    const edge = size * shape.reach;
    const volume = edge ** 3;
    const particles = new Int32Array(runs);
    const eta: number[] = [];
    const phi: number[] = [];
    for (let r = 0; r < runs; r++) {
      const rng = createRng(runSeed(seed + 1_000_003 * k, r));
      const n = particlesAtFirstWrap(edge, shape, rng);
      particles[r] = n;
      eta.push((n * shape.volume) / volume);
      phi.push(metalFraction(n, shape, volume));
    }
    return {
      size,
      edge,
      reducedDensity: meanEstimate(eta),
      volumeFraction: meanEstimate(phi),
      particles,
    };
  });
  return {
    volumeFraction: extrapolate(perSize.map((s) => [s.size, s.volumeFraction])),
    reducedDensity: extrapolate(perSize.map((s) => [s.size, s.reducedDensity])),
    sizes: perSize,
  };
}

function meanEstimate(values: readonly number[]): BulkEstimate {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  return { value: mean, standardError: Math.sqrt(variance / n) };
}

/**
 * Weighted least squares y = c + a·x, x = L^(−1/ν), weights 1/SE²; returns c and its standard
 * error √((XᵀWX)⁻¹)₀₀. One distinct size: its mean.
 */
function extrapolate(points: ReadonlyArray<readonly [number, BulkEstimate]>): BulkEstimate {
  const distinct = new Set(points.map(([s]) => s));
  if (distinct.size < 2) {
    const values = points.map(([, e]) => e);
    let sw = 0;
    let swy = 0;
    for (const e of values) {
      const w = 1 / Math.max(e.standardError, 1e-12) ** 2;
      sw += w;
      swy += w * e.value;
    }
    return { value: swy / sw, standardError: Math.sqrt(1 / sw) };
  }
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let t0 = 0;
  let t1 = 0;
  for (const [size, e] of points) {
    const x = size ** (-1 / NU_3D);
    const w = 1 / Math.max(e.standardError, 1e-12) ** 2;
    s0 += w;
    s1 += w * x;
    s2 += w * x * x;
    t0 += w * e.value;
    t1 += w * x * e.value;
  }
  const det = s0 * s2 - s1 * s1;
  return { value: (s2 * t0 - s1 * t1) / det, standardError: Math.sqrt(s2 / det) };
}
