import { LmbError } from "@lmb/errors";
import { normalQuantile } from "@lmb/numerics";
import { type ContinuumParticles, continuumParticleShape } from "./continuumParticles.js";
import type { RunProgressOptions } from "./runProgress.js";
import { metalFraction, type ParticleShape, penetrableSlabSpanning } from "./sphereSlab.js";

/** Options of {@link metalIncorporationWindow}. */
export interface MetalWindowOptions extends ContinuumParticles, RunProgressOptions {
  /** Interphase thickness in particle diameters (equal-volume sphere diameters). */
  thickness: number;
  /**
   * Lateral size of the simulated patch in diameters. Whether some path crosses a thin layer
   * depends on the area looked at: a larger patch crosses at a lower metal fraction.
   * @default 20
   */
  lateral?: number;
  /** Required probability that the patch does NOT conduct through the thickness. @default 0.95 */
  confidence?: number;
  /** Monte Carlo runs. @default 100 */
  runs?: number;
  /** @default 1 */
  seed?: number;
}

/** Result of {@link metalIncorporationWindow}. */
export interface MetalWindow {
  /** Largest metal volume fraction at which a patch stays non-conducting with the given confidence, with a 95 % order-statistic interval. */
  maximumFraction: { value: number; interval: { lower: number; upper: number } };
  /** Mean and median metal fraction at the first through-thickness path. */
  crossing: { mean: number; median: number };
  confidence: number;
  thickness: number;
  lateral: number;
  runs: number;
  /** What the number means and its limits, in words. */
  note: string;
}

/**
 * The "metal-incorporated SEI" window: the largest metal volume fraction an interphase of given
 * thickness (in particle diameters), particle shape and patch area can hold while, with the
 * requested confidence, no electron path crosses it. Metal particles are freely overlapping
 * spheres (optionally polydisperse) or randomly oriented spheroids, optionally core–shell,
 * dropped into a slab (electrode under it, electrolyte over it); each run records the metal
 * fraction at which the first crossing path forms (φ = 1 − e^(−η) for penetrable particles,
 * the cores' n·v·δ³/V for core–shell ones); the window is the (1 − confidence) quantile of those fractions, with a
 * distribution-free 95 % interval from the binomial order statistics.
 *
 * Source: shared/SCIENCE.md §6 and shared/research/percolation.md §2.7 (thin films have no
 * single threshold; the answer depends on thickness and area).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for confidence outside (0, 1), fewer than 20 runs, or
 *   invalid sizes/aspect ratios; `E_CANCELLED` when cancelled through `onProgress` or `signal`
 *   ({@link RunProgressOptions}).
 * @example
 * metalIncorporationWindow({ thickness: 5 }).maximumFraction.value; // ≈ 0.2
 */
export function metalIncorporationWindow(options: MetalWindowOptions): MetalWindow {
  const confidence = options.confidence ?? 0.95;
  const runs = options.runs ?? 100;
  const lateral = options.lateral ?? 20;
  if (!(confidence > 0 && confidence < 1)) {
    throw new LmbError("E_INVALID_ARGUMENT", `confidence ${confidence} must lie in (0, 1)`, {
      fix: "give e.g. 0.95",
    });
  }
  if (!(Number.isInteger(runs) && runs >= 20)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be an integer ≥ 20, got ${runs}`, {
      fix: "use 100 or more runs for a quantile",
    });
  }
  const shape: ParticleShape = continuumParticleShape(options);
  const result = penetrableSlabSpanning(
    {
      lateral,
      thickness: options.thickness,
      runs,
      seed: options.seed ?? 1,
      onProgress: options.onProgress,
      signal: options.signal,
    },
    shape,
  );
  const volume = lateral * lateral * options.thickness;
  const fractions = Array.from(result.particles, (n) => metalFraction(n, shape, volume)).sort(
    (a, b) => a - b,
  );
  const q = 1 - confidence;
  const at = (k: number) => fractions[Math.min(runs - 1, Math.max(0, k))] as number;
  const index = Math.floor(q * (runs - 1));
  // Distribution-free interval for the q-quantile: order statistics at k = nq ∓ z·√(nq(1 − q)).
  const z = normalQuantile(0.975);
  const spread = z * Math.sqrt(runs * q * (1 - q));
  const lowerIndex = Math.floor(runs * q - spread) - 1;
  const upperIndex = Math.ceil(runs * q + spread) - 1;
  const mean = fractions.reduce((a, b) => a + b, 0) / runs;
  return {
    maximumFraction: {
      value: at(index),
      interval: { lower: at(lowerIndex), upper: at(upperIndex) },
    },
    crossing: { mean, median: at(Math.floor((runs - 1) / 2)) },
    confidence,
    thickness: options.thickness,
    lateral,
    runs,
    note:
      shape.coreVolumeRatio === undefined
        ? `for a ${lateral} × ${lateral} particle-diameter patch: a larger electrode area crosses at a lower fraction; overlapping (penetrable) particles, no tunnelling range`
        : `for a ${lateral} × ${lateral} particle-diameter patch: a larger electrode area crosses at a lower fraction; hard metal cores (random sequential addition) joined when their shells overlap`,
  };
}
