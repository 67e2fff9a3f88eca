import { LmbError } from "@lmb/errors";
import type { CheckedImpedanceData } from "./impedanceData.js";

/**
 * How residuals are weighted in a circuit fit (χ² = Σ[(ΔZ′/σ′)² + (ΔZ″/σ″)²]):
 *
 * - `"unit"`: σ′ = σ″ = 1 (impedance.py's default; the objective is the RSS in Ω²);
 * - `"modulus"`: σ′ = σ″ = |Z| (impedance.py's `weight_by_modulus`; relative errors);
 * - `"proportional"`: σ′ = |Z′|, σ″ = |Z″| of the data, each floored at 1 % of |Z| so that points
 *   where a part crosses zero do not dominate (Boukamp, Solid State Ionics 20 (1986) 31; Orazem &
 *   Tribollet (2017) ch. 19).
 */
export type CircuitWeighting = "unit" | "modulus" | "proportional";

/** Floor of proportional σ as a fraction of |Z|. */
const PROPORTIONAL_FLOOR = 0.01;

/**
 * Standard deviations σ′ and σ″ per point for a weighting rule, or from explicit `sigma` (one σ per
 * point for both parts, in Ω).
 *
 * @throws LmbError `E_INVALID_INPUT` for an unknown rule, a σ of the wrong length or a σ ≤ 0, or a
 *   point with Z = 0 under modulus/proportional weighting
 * @example
 * weightingSigmas(data, "modulus").re; // |Z| per point
 */
export function weightingSigmas(
  data: CheckedImpedanceData,
  weighting: CircuitWeighting,
  sigma?: ArrayLike<number>,
): { re: Float64Array; im: Float64Array } {
  const n = data.zReal.length;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  if (sigma !== undefined) {
    if (sigma.length !== n) {
      throw new LmbError("E_INVALID_INPUT", `sigma has ${sigma.length} values for ${n} points`, {
        location: { source: "options.sigma" },
        fix: "give one standard deviation (Ω) per frequency; it applies to both Re Z and Im Z",
      });
    }
    for (let i = 0; i < n; i++) {
      const s = sigma[i] as number;
      if (!(s > 0) || !Number.isFinite(s)) {
        throw new LmbError("E_INVALID_INPUT", `sigma[${i}] is ${s}`, {
          location: { source: `options.sigma[${i}]` },
          fix: "standard deviations must be finite and positive",
        });
      }
      re[i] = s;
      im[i] = s;
    }
    return { re, im };
  }
  if (weighting !== "unit" && weighting !== "modulus" && weighting !== "proportional") {
    throw new LmbError("E_INVALID_INPUT", `unknown weighting "${weighting}"`, {
      location: { source: "options.weighting" },
      fix: 'use "unit", "modulus" or "proportional"',
    });
  }
  for (let i = 0; i < n; i++) {
    const zr = data.zReal[i] as number;
    const zi = data.zImag[i] as number;
    const m = Math.hypot(zr, zi);
    if (weighting === "unit") {
      re[i] = 1;
      im[i] = 1;
      continue;
    }
    if (m === 0) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `Z = 0 at point ${i}: ${weighting} weighting divides by |Z|`,
        {
          location: { source: `data[${i}]` },
          fix: 'drop the point or use weighting "unit"',
        },
      );
    }
    if (weighting === "modulus") {
      re[i] = m;
      im[i] = m;
    } else {
      re[i] = Math.max(Math.abs(zr), PROPORTIONAL_FLOOR * m);
      im[i] = Math.max(Math.abs(zi), PROPORTIONAL_FLOOR * m);
    }
  }
  return { re, im };
}
