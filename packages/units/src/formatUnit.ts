import { isLmbError } from "@lmb/errors";
import { mergeFactors, renderFactors } from "./internal/composeUnit.js";
import { parseFactors } from "./internal/parseFactors.js";
import type { Unit } from "./Unit.js";

/** Options of {@link formatUnit}. */
export interface FormatUnitOptions {
  /**
   * Write ASCII that the parser reads back (`"mA cm-2"`, `"uA"`, `"Ohm cm2"`, `"degC"`)
   * instead of unicode (`"mA cm⁻²"`, `"µA"`, `"Ω cm²"`, `"°C"`).
   * @default false
   */
  ascii?: boolean;
}

/**
 * Writes a unit in canonical form: factors in the order written, separated by a space,
 * denominators as negative exponents (`"mA/cm2"` → `"mA cm⁻²"`).
 *
 * @param u - a unit, or a unit expression to parse
 * @param options - {@link FormatUnitOptions}
 * @throws LmbError `E_UNIT_PARSE` when `u` is a string that does not parse
 * @example
 * formatUnit("mA/cm2"); // "mA cm⁻²"
 * formatUnit("µS cm⁻¹", { ascii: true }); // "uS cm-1"
 */
export function formatUnit(u: Unit | string, options: FormatUnitOptions = {}): string {
  const ascii = options.ascii ?? false;
  if (typeof u === "string") return renderFactors(mergeFactors(parseFactors(u)), ascii);
  if (u.symbol === "") return "";
  try {
    return renderFactors(mergeFactors(parseFactors(u.symbol)), ascii);
  } catch (error) {
    // A hand-made Unit whose symbol lmb cannot read: show it as given.
    if (isLmbError(error)) return u.symbol;
    throw error;
  }
}
