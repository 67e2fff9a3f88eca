import { type KineticsEstimate, type QuantityJson, toQuantityJson } from "@lmb/schemas";
import { fromSI, parseUnit } from "@lmb/units";

/**
 * A quantity in lmb's JSON shape from an SI number, shown in `unit` (`si` keeps the SI number
 * exactly as given, not a round trip through `unit`).
 *
 * @param si - the value in coherent SI
 * @param unit - the unit to show it in, e.g. "mA cm-2" (same dimension)
 * @throws LmbError `E_NOT_FINITE` for a non-finite value
 * @example
 * quantityJson(465, "mA cm-2"); // { value: 46.5, unit: "mA cm⁻²", si: 465, siUnit: "A m⁻²", … }
 */
export function quantityJson(si: number, unit: string): QuantityJson {
  return { ...toQuantityJson(fromSI(si, unit)), si };
}

/**
 * An estimate in lmb's JSON shape (`KineticsEstimate`) from SI numbers: value, standard error and
 * interval, all shown in `unit`. Derived values without an uncertainty omit both.
 *
 * @param si - the value, SI
 * @param unit - the unit to show it in
 * @param standardError - SE in SI (omitted when unknown)
 * @param interval - lower and upper bounds in SI (omitted when unknown)
 * @example
 * estimateJson(1e-10, "cm2 s-1", 2e-12, { lower: 0.96e-10, upper: 1.04e-10 });
 */
export function estimateJson(
  si: number,
  unit: string,
  standardError?: number,
  interval?: { lower: number; upper: number },
): KineticsEstimate {
  const out: KineticsEstimate = { ...quantityJson(si, unit) };
  const factor = parseUnit(unit).factor;
  if (standardError !== undefined && Number.isFinite(standardError)) {
    out.standardError = Math.abs(standardError) / factor;
  }
  if (
    interval !== undefined &&
    Number.isFinite(interval.lower) &&
    Number.isFinite(interval.upper)
  ) {
    const a = fromSI(interval.lower, unit).value;
    const b = fromSI(interval.upper, unit).value;
    out.interval = { lower: Math.min(a, b), upper: Math.max(a, b) };
  }
  return out;
}
