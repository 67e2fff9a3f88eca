import type { Dimension } from "./Dimension.js";

/**
 * A unit: a scale `factor` and an `offset` to coherent SI, and its {@link Dimension}.
 * A value `v` in this unit is `v * factor + offset` in SI. `offset` is non-zero only for
 * an absolute temperature scale (°C: factor 1, offset 273.15).
 *
 * @example
 * const mAPerCm2: Unit = parseUnit("mA cm-2"); // { symbol: "mA cm⁻²", factor: 10, offset: 0, dimension: [-2, 0, 0, 1, 0, 0, 0] }
 */
export interface Unit {
  /** Canonical unicode symbol, e.g. `"mA cm⁻²"`, `"µm"`, `"Ω cm²"`, `"°C"`. */
  readonly symbol: string;
  /** SI value of 1 of this unit (minus the offset), e.g. 10 for mA cm⁻² (→ A m⁻²). */
  readonly factor: number;
  /** SI value of 0 of this unit, e.g. 273.15 for °C (→ K). */
  readonly offset: number;
  /** Exponents over L M T I Θ N J. */
  readonly dimension: Dimension;
}
