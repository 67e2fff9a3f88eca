import type { ElementParameter } from "./elementDefinition.js";

/**
 * A parameter bounded to [0, ∞) and sampled on a log scale (resistances, capacitances, time
 * constants): impedance.py's default bounds.
 *
 * @example
 * const r = positiveParameter("R", "Ω", "resistance");
 */
export function positiveParameter(
  symbol: string,
  unit: string,
  description: string,
): ElementParameter {
  return {
    symbol,
    unit,
    description,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    sampling: { kind: "log" },
  };
}

/**
 * An exponent bounded to [0, 1] (CPE α, La α, Zarc γ), sampled uniformly from [0.5, 1] by
 * multi-start fits.
 *
 * @example
 * const a = exponentParameter("alpha", "CPE exponent");
 */
export function exponentParameter(symbol: string, description: string): ElementParameter {
  return {
    symbol,
    unit: "1",
    description,
    min: 0,
    max: 1,
    sampling: { kind: "linear", low: 0.5, high: 1 },
  };
}
