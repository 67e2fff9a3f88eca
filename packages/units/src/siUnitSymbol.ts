import type { Dimension } from "./Dimension.js";
import { formatUnit } from "./formatUnit.js";
import { renderExponent } from "./internal/composeUnit.js";
import { findNamedDimension } from "./internal/namedDimensions.js";

const BASE_SYMBOLS = ["m", "kg", "s", "A", "K", "mol", "cd"] as const;

/**
 * The coherent SI unit of a dimension, with the named derived unit where the dimension
 * has a name in lmb (`"C m⁻²"` for areal capacity, not `"A s m⁻²"`), otherwise the base
 * units in the SI brochure's order (m kg s A K mol cd). `"1"` for a pure number.
 *
 * @param d - the dimension
 * @param options - `ascii: true` writes `"A m-2"` (parseable ASCII) instead of `"A m⁻²"`
 * @example
 * siUnitSymbol([-2, 0, 0, 1, 0, 0, 0]); // "A m⁻²"
 * siUnitSymbol([-1, 1, -3, 0, 0, 0, 0]); // "m⁻¹ kg s⁻³"
 */
export function siUnitSymbol(d: Dimension, options: { ascii?: boolean } = {}): string {
  const ascii = options.ascii ?? false;
  const named = findNamedDimension(d);
  if (named) return named.name === "dimensionless" ? "1" : formatUnit(named.siUnit, { ascii });
  const parts: string[] = [];
  d.forEach((exponent, i) => {
    if (exponent !== 0) parts.push((BASE_SYMBOLS[i] as string) + renderExponent(exponent, ascii));
  });
  return parts.length === 0 ? "1" : parts.join(" ");
}
