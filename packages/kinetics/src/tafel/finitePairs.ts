import { finiteColumn, requireSameLength } from "../internal/validate.js";
import type { PolarizationCurve } from "./polarizationCurve.js";

/**
 * The η and j columns of a polarization curve as checked Float64Arrays (same length, finite).
 *
 * @throws LmbError `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`
 */
export function finitePairs(curve: PolarizationCurve): { eta: Float64Array; j: Float64Array } {
  requireSameLength(curve.currentDensity, curve.overpotential, ["currentDensity", "overpotential"]);
  return {
    eta: finiteColumn(curve.overpotential, "overpotential"),
    j: finiteColumn(curve.currentDensity, "currentDensity"),
  };
}
