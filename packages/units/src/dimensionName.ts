import type { Dimension } from "./Dimension.js";
import { findNamedDimension } from "./internal/namedDimensions.js";
import { siUnitSymbol } from "./siUnitSymbol.js";

/**
 * The name lmb uses for a dimension ("current density", "areal capacity", "conductivity",
 * "molar energy", …), or `undefined` when it has none. Several quantities share a
 * dimension (activation energy is a molar energy; capacity is a charge); this returns
 * the one name per dimension that lmb prints in messages.
 *
 * @example
 * dimensionName([-2, 0, 0, 1, 0, 0, 0]); // "current density"
 * dimensionName(parseUnit("mAh cm-2").dimension); // "areal capacity"
 */
export function dimensionName(d: Dimension): string | undefined {
  return findNamedDimension(d)?.name;
}

/**
 * A dimension as error messages show it: its name and SI unit, e.g.
 * `"current density (A m⁻²)"`; `"quantity in m⁻¹ kg s⁻³"` when it has no name.
 *
 * @example
 * describeDimension(parseUnit("mAh cm-2").dimension); // "areal capacity (C m⁻²)"
 */
export function describeDimension(d: Dimension): string {
  const name = dimensionName(d);
  return name === undefined ? `quantity in ${siUnitSymbol(d)}` : `${name} (${siUnitSymbol(d)})`;
}
