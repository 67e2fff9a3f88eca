import { LmbError } from "@lmb/errors";
import { STANDARD_TEMPERATURE } from "@lmb/units";
import { inverseThermalVoltage } from "../internal/thermal.js";
import { requirePositive } from "../internal/validate.js";

/**
 * Kinetic parameters of one Li|electrolyte interface (Butler–Volmer, SCIENCE.md §3), in SI.
 * Any α_a, α_c are accepted (α_a + α_c = 1 holds only for a one-electron single step;
 * theory.md §0.5).
 *
 * @example
 * const k: ButlerVolmerKinetics = { exchangeCurrentDensity: 10, anodicTransferCoefficient: 0.5 }; // j0 = 1 mA cm⁻²
 */
export interface ButlerVolmerKinetics {
  /** Exchange current density j0, A m⁻² (> 0; 1 mA cm⁻² = 10 A m⁻²). */
  exchangeCurrentDensity: number;
  /** Anodic transfer coefficient α_a (> 0). @default 0.5 */
  anodicTransferCoefficient?: number;
  /** Cathodic transfer coefficient α_c (> 0). @default 0.5 */
  cathodicTransferCoefficient?: number;
  /** Absolute temperature T, K (> 0). @default 298.15 */
  temperature?: number;
  /**
   * Mass-transport limiting current density j_lim, A m⁻² (> 0), the same in both directions:
   * j = j0[(1 − j/j_lim)·e^{α_a·f·η} − (1 + j/j_lim)·e^{−α_c·f·η}]. @default Infinity (no limit)
   */
  limitingCurrentDensity?: number;
}

/** {@link ButlerVolmerKinetics} with defaults applied and f = F/(RT) and κ = 1/j_lim precomputed. */
export interface ResolvedKinetics {
  j0: number;
  alphaA: number;
  alphaC: number;
  temperature: number;
  /** F/(RT), V⁻¹. */
  f: number;
  /** 1/j_lim, m² A⁻¹ (0 without a limit). */
  kappa: number;
}

/**
 * Applies defaults and validates kinetic parameters.
 *
 * @throws LmbError `E_INVALID_INPUT` for j0 ≤ 0, α ≤ 0, T ≤ 0 K or j_lim ≤ 0
 * @example resolveKinetics({ exchangeCurrentDensity: 10 }).f; // 38.92 V⁻¹
 */
export function resolveKinetics(kinetics: ButlerVolmerKinetics): ResolvedKinetics {
  const {
    exchangeCurrentDensity,
    anodicTransferCoefficient = 0.5,
    cathodicTransferCoefficient = 0.5,
    temperature = STANDARD_TEMPERATURE,
    limitingCurrentDensity = Number.POSITIVE_INFINITY,
  } = kinetics;
  requirePositive(
    exchangeCurrentDensity,
    "exchange current density (A m⁻²)",
    "give j0 > 0 in A m⁻² (1 mA cm⁻² = 10 A m⁻²)",
  );
  requirePositive(anodicTransferCoefficient, "anodic transfer coefficient α_a", "give α_a > 0");
  requirePositive(cathodicTransferCoefficient, "cathodic transfer coefficient α_c", "give α_c > 0");
  if (!(limitingCurrentDensity > 0)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `limiting current density must be positive, got ${limitingCurrentDensity} A m⁻²`,
      {
        location: { source: "limitingCurrentDensity" },
        fix: "omit it for no mass-transport limit",
      },
    );
  }
  return {
    j0: exchangeCurrentDensity,
    alphaA: anodicTransferCoefficient,
    alphaC: cathodicTransferCoefficient,
    temperature,
    f: inverseThermalVoltage(temperature),
    kappa: 1 / limitingCurrentDensity,
  };
}
