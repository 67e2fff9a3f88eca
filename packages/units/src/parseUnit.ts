import { composeUnit } from "./internal/composeUnit.js";
import { parseFactors } from "./internal/parseFactors.js";
import { unitParseError } from "./internal/tokenizeUnit.js";
import type { Unit } from "./Unit.js";

/**
 * Parses a unit as researchers and instruments write it: `"mA cm^-2"`, `"mA cm⁻²"`,
 * `"mA/cm2"`, `"mA·cm-2"`, `"mAh/g"`, `"µm"`, `"um"`, `"kJ/mol"`, `"°C"`, `"degC"`,
 * `"Ohm cm2"`, `"M"`, `"J/(mol K)"`, with SI prefixes. Rules for ambiguous input:
 * exact symbols win over prefix readings (`min` is the minute, `M` is mol/L, `mM` is
 * mmol/L, `Pa` is the pascal); after `/` only one unit, a group or another `/` may follow
 * (`J/mol K` is refused, write `J/(mol K)`); `° C` is refused (write `°C`); `pH` and
 * `wt%` are refused. The returned symbol is canonical unicode (`"mA cm⁻²"`).
 *
 * @param text - the unit expression; `"1"` is the dimensionless unit
 * @returns the unit with its SI factor, offset and dimension
 * @throws LmbError `E_UNIT_PARSE` naming the offending token and its 1-based column, with a fix
 * @example
 * parseUnit("mA/cm2"); // { symbol: "mA cm⁻²", factor: 10, offset: 0, dimension: [-2, 0, 0, 1, 0, 0, 0] }
 */
export function parseUnit(text: string): Unit {
  return parseUnitAt(text, 1);
}

/** {@link parseUnit} for a unit that starts at column `base` of a larger input. */
export function parseUnitAt(text: string, base: number): Unit {
  if (typeof text !== "string") {
    throw unitParseError(
      `a unit must be a string, got ${typeof text}`,
      base,
      'write e.g. "mA cm-2"',
    );
  }
  if (text.length > 200)
    throw unitParseError("unit text longer than 200 characters", base, "shorten the unit");
  const unit = composeUnit(parseFactors(text, base));
  if (!unit)
    throw unitParseError(
      `unit "${text}" has a factor outside the floating-point range`,
      base,
      "use smaller prefixes or exponents",
    );
  return unit;
}
