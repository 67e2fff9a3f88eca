import type { Dimension } from "./Dimension.js";
import { composeUnit } from "./internal/composeUnit.js";
import { findNamedDimension } from "./internal/namedDimensions.js";
import { parseUnit } from "./parseUnit.js";
import { siUnitSymbol } from "./siUnitSymbol.js";
import type { Unit } from "./Unit.js";

/**
 * The unit researchers customarily write for a dimension: mA cm⁻² for current density,
 * mAh cm⁻² for areal capacity, mS cm⁻¹ for conductivity, kJ mol⁻¹ for molar energy,
 * µm for length, °C for temperature; the coherent SI unit when lmb knows no custom.
 *
 * @example
 * customaryUnit(parseUnit("A/m2").dimension).symbol; // "mA cm⁻²"
 */
export function customaryUnit(d: Dimension): Unit {
  const named = findNamedDimension(d);
  if (named) return named.customaryUnit;
  const symbol = siUnitSymbol(d, { ascii: true });
  return symbol === "1" ? (composeUnit([]) as Unit) : parseUnit(symbol);
}
