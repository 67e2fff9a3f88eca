import { LmbError } from "@lmb/errors";
import { normalCdf } from "@lmb/numerics";

/**
 * A particle size distribution for polydisperse spheres. Diameters are rescaled so that the
 * mean particle volume equals that of a unit sphere (⟨d³⟩ = 1): lengths such as the layer
 * thickness stay in "volume-equivalent mean diameters" whatever the spread.
 *
 * - `{ lognormal: { sigma } }`: ln d normal with standard deviation `sigma` (0 < σ ≤ 1),
 *   truncated at ±3σ (so the cell list has a largest particle; 0.27 % of the mass of the
 *   untruncated law is dropped).
 * - `{ mix: { diameters, weights } }`: a discrete mix; `weights` are number fractions (any
 *   positive scale), `diameters` relative sizes (any positive scale).
 */
export type SizeDistribution =
  | { lognormal: { sigma: number } }
  | { mix: { diameters: readonly number[]; weights: readonly number[] } };

/** A sampler of sphere diameters normalised to ⟨d³⟩ = 1; see {@link sphereSizes}. */
export interface SphereSizes {
  /** Draws one diameter. */
  sample(rng: { uniform(): number; normal(): number }): number;
  /** Largest diameter that `sample` can return. */
  maxDiameter: number;
  /** Number-weighted mean diameter ⟨d⟩ (≤ 1, since ⟨d³⟩ = 1). */
  meanDiameter: number;
  /** Relative standard deviation of the diameters, √(⟨d²⟩ − ⟨d⟩²)/⟨d⟩ (number-weighted). */
  relativeSpread: number;
}

const TRUNCATION = 3;

function invalid(problem: string, fix: string): LmbError {
  return new LmbError("E_INVALID_ARGUMENT", problem, {
    location: { source: "options.sizes" },
    fix,
  });
}

/**
 * Builds the diameter sampler of a {@link SizeDistribution}, rescaled to ⟨d³⟩ = 1. For the
 * truncated lognormal, ⟨e^(kσZ)⟩ over |Z| ≤ 3 is e^(k²σ²/2)·[Φ(3 − kσ) − Φ(−3 − kσ)] /
 * [Φ(3) − Φ(−3)] (k = 1 for ⟨d⟩, 3 for ⟨d³⟩).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for σ outside (0, 1], or a mix with mismatched,
 *   empty, non-positive or non-finite entries.
 * @example
 * const s = sphereSizes({ mix: { diameters: [1, 2], weights: [0.9, 0.1] } });
 * s.maxDiameter; // 2 / ⟨d³⟩^⅓ = 2 / 1.7^⅓ ≈ 1.675
 */
export function sphereSizes(distribution: SizeDistribution): SphereSizes {
  if ("lognormal" in distribution) {
    const sigma = distribution.lognormal.sigma;
    if (!(sigma > 0 && sigma <= 1)) {
      throw invalid(
        `the lognormal σ of ln d must lie in (0, 1], got ${sigma}`,
        "give e.g. { lognormal: { sigma: 0.3 } }",
      );
    }
    const mass = normalCdf(TRUNCATION) - normalCdf(-TRUNCATION);
    const moment = (k: number) =>
      (Math.exp((k * k * sigma * sigma) / 2) *
        (normalCdf(TRUNCATION - k * sigma) - normalCdf(-TRUNCATION - k * sigma))) /
      mass;
    const scale = moment(3) ** (-1 / 3);
    return {
      sample(rng) {
        let z = rng.normal();
        while (Math.abs(z) > TRUNCATION) z = rng.normal();
        return scale * Math.exp(sigma * z);
      },
      maxDiameter: scale * Math.exp(sigma * TRUNCATION),
      meanDiameter: scale * moment(1),
      relativeSpread: Math.sqrt(Math.max(0, moment(2) / moment(1) ** 2 - 1)),
    };
  }
  const { diameters, weights } = distribution.mix;
  if (
    diameters.length === 0 ||
    diameters.length !== weights.length ||
    !diameters.every((d) => d > 0 && Number.isFinite(d)) ||
    !weights.every((w) => w > 0 && Number.isFinite(w))
  ) {
    throw invalid(
      "a size mix needs equally many positive, finite diameters and number weights",
      "give e.g. { mix: { diameters: [1, 2], weights: [0.9, 0.1] } }",
    );
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const p = weights.map((w) => w / total);
  const cube = diameters.reduce((s, d, i) => s + (p[i] as number) * d ** 3, 0);
  const scale = cube ** (-1 / 3);
  const scaled = diameters.map((d) => d * scale);
  const cumulative: number[] = [];
  let running = 0;
  for (const q of p) {
    running += q;
    cumulative.push(running);
  }
  const mean = scaled.reduce((s, d, i) => s + (p[i] as number) * d, 0);
  const square = scaled.reduce((s, d, i) => s + (p[i] as number) * d * d, 0);
  return {
    sample(rng) {
      const u = rng.uniform() * running;
      for (let i = 0; i < cumulative.length; i++) {
        if (u < (cumulative[i] as number)) return scaled[i] as number;
      }
      return scaled[scaled.length - 1] as number;
    },
    maxDiameter: Math.max(...scaled),
    meanDiameter: mean,
    relativeSpread: Math.sqrt(Math.max(0, square / (mean * mean) - 1)),
  };
}
