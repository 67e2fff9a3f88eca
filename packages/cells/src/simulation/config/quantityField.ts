import { isLmbError, LmbError } from "@lmb/errors";
import type { KindConstructor } from "@lmb/units";

/**
 * The SI value of a config field written as text with units (`"100 um"`) or as an SI number,
 * checked to be finite and within `range`.
 *
 * @param value - text with units or an SI number
 * @param kind - the `@lmb/units` kind the field holds (`length`, `conductivity`, …)
 * @param field - the field's path in the config, e.g. `workingElectrode.thickness`
 * @param range - `positive` (> 0) or `nonNegative` (≥ 0)
 * @throws LmbError `E_INVALID_INPUT` naming `field` (the unit error of `@lmb/units` as its cause)
 * @example
 * quantityField("100 um", length, "workingElectrode.thickness", "positive"); // 1e-4
 */
export function quantityField(
  value: string | number,
  kind: KindConstructor<number>,
  field: string,
  range: "positive" | "nonNegative" | "any",
): number {
  let si: number;
  if (typeof value === "number") {
    si = value;
  } else {
    try {
      si = kind(value);
    } catch (error) {
      if (!isLmbError(error)) throw error;
      throw new LmbError("E_INVALID_INPUT", `${field}: ${error.problem}`, {
        location: { source: field },
        fix: error.fix ?? `write ${kind.kindName} with its unit`,
        cause: error,
      });
    }
  }
  const ok = Number.isFinite(si) && (range === "any" || (range === "positive" ? si > 0 : si >= 0));
  if (!ok) {
    const need = range === "positive" ? "positive" : range === "nonNegative" ? "≥ 0" : "finite";
    throw new LmbError(
      "E_INVALID_INPUT",
      `${field} must be ${need}: a ${kind.kindName} of ${String(value)} is not physical`,
      { location: { source: field }, fix: `give a ${need} ${kind.kindName}` },
    );
  }
  return si;
}
