import type { OverpotentialConvention } from "@lmb/schemas";
import { solveElectrodeOverpotential } from "./solveElectrodeOverpotential.js";

/** Parameter order of the fit: log10(j0 / A m⁻²), α_a, α_c, R_s (Ω m²), κ = 1/j_lim (m² A⁻¹). */
export const BV_PARAMETERS = [
  "log10ExchangeCurrentDensity",
  "alphaA",
  "alphaC",
  "areaSpecificResistance",
  "inverseLimitingCurrentDensity",
] as const;

/** How the model reads its parameter vector. */
export interface BvModelSettings {
  convention: OverpotentialConvention;
  /** F/(RT), V⁻¹. */
  f: number;
  /** α_c is tied to α_a (one α fitted). */
  symmetric: boolean;
}

/**
 * η of one electrode at j and its derivatives with respect to log10 j0, α_a, α_c and κ, by
 * implicit differentiation of G(η) = j0(1 − jκ)e^{α_a·f·η} − j0(1 + jκ)e^{−α_c·f·η} − j = 0:
 * ∂η/∂p = −(∂G/∂p)/(∂G/∂η).
 */
function electrode(
  j: number,
  j0: number,
  alphaA: number,
  alphaC: number,
  f: number,
  kappa: number,
  grad: Float64Array,
): number {
  const eta = solveElectrodeOverpotential(j, j0, alphaA, alphaC, f, kappa);
  const ea = Math.exp(alphaA * f * eta);
  const ec = Math.exp(-alphaC * f * eta);
  const a = j0 * (1 - j * kappa) * ea;
  const c = j0 * (1 + j * kappa) * ec;
  const d = f * (alphaA * a + alphaC * c);
  grad[0] = (-Math.LN10 * (a - c)) / d;
  grad[1] = (-f * eta * a) / d;
  grad[2] = (-f * eta * c) / d;
  grad[3] = (j * j0 * (ea + ec)) / d;
  return eta;
}

/**
 * Model η(j) of the Butler–Volmer fit and, when `jacobian` is given, ∂η/∂p row-major n × 5:
 * electrode η = η_e(j) + j·R_s; symmetric cell η = η_e(j) − η_e(−j) + j·R_s.
 */
export function bvFitModel(
  p: Float64Array,
  j: Float64Array,
  settings: BvModelSettings,
  out: Float64Array,
  jacobian?: Float64Array,
): void {
  const j0 = 10 ** (p[0] as number);
  const alphaA = p[1] as number;
  const alphaC = settings.symmetric ? alphaA : (p[2] as number);
  const resistance = p[3] as number;
  const kappa = p[4] as number;
  const { f } = settings;
  const g1 = new Float64Array(4);
  const g2 = new Float64Array(4);
  for (let i = 0; i < j.length; i++) {
    const ji = j[i] as number;
    let eta = electrode(ji, j0, alphaA, alphaC, f, kappa, g1);
    if (settings.convention === "cell") {
      eta -= electrode(-ji, j0, alphaA, alphaC, f, kappa, g2);
      for (let k = 0; k < 4; k++) g1[k] = (g1[k] as number) - (g2[k] as number);
    }
    out[i] = eta + ji * resistance;
    if (jacobian !== undefined) {
      const row = i * 5;
      jacobian[row] = g1[0] as number;
      jacobian[row + 1] = settings.symmetric
        ? (g1[1] as number) + (g1[2] as number)
        : (g1[1] as number);
      jacobian[row + 2] = settings.symmetric ? 0 : (g1[2] as number);
      jacobian[row + 3] = ji;
      jacobian[row + 4] = g1[3] as number;
    }
  }
}
