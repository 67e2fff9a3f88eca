import type { Conductivity, Resistance } from "./electricalKinds.js";
import { requireValue } from "./internal/requireValue.js";
import type { Area, Length } from "./materialKinds.js";

/**
 * Ionic conductivity from the bulk resistance of a blocking-electrode cell:
 * σ = l / (R_b · S) (SCIENCE.md §2).
 *
 * @param resistance - bulk resistance R_b, Ω (> 0; from the high-frequency intercept)
 * @param thickness - electrolyte thickness l, m (> 0)
 * @param area - electrode area S, m² (> 0)
 * @returns conductivity, S m⁻¹
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * inUnit(conductivityFromBlockingCell(resistance(100, "Ohm"), length(1, "mm"), area(1, "cm2")), "mS cm-1"); // 1
 */
export function conductivityFromBlockingCell(
  resistance: Resistance,
  thickness: Length,
  area: Area,
): Conductivity {
  requireValue("resistance", resistance, "positive");
  requireValue("thickness", thickness, "positive");
  requireValue("area", area, "positive");
  return (thickness / (resistance * area)) as Conductivity;
}

/**
 * Bulk resistance of an electrolyte layer: R_b = l / (σ · S) (inverse of
 * {@link conductivityFromBlockingCell}).
 *
 * @param conductivity - σ, S m⁻¹ (> 0)
 * @param thickness - l, m (> 0)
 * @param area - S, m² (> 0)
 * @returns resistance, Ω
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * inUnit(bulkResistanceFromConductivity(conductivity(1, "mS cm-1"), length(1, "mm"), area(1, "cm2")), "Ohm"); // 100
 */
export function bulkResistanceFromConductivity(
  conductivity: Conductivity,
  thickness: Length,
  area: Area,
): Resistance {
  requireValue("conductivity", conductivity, "positive");
  requireValue("thickness", thickness, "positive");
  requireValue("area", area, "positive");
  return (thickness / (conductivity * area)) as Resistance;
}
