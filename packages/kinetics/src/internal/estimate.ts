import { type KineticsEstimate, type QuantityJson, toQuantityJson } from "@lmb/schemas";
import { fromSI, parseUnit } from "@lmb/units";

/**
 * A quantity in lmb's JSON shape from an SI number, shown in `unit`.
 *
 * @param si - the value in coherent SI
 * @param unit - the unit to show it in, e.g. "mA cm-2" (same dimension)
 */
export function quantityJson(si: number, unit: string): QuantityJson {
  return toQuantityJson(fromSI(si, unit));
}

/**
 * An estimate in lmb's JSON shape from SI numbers: value, standard error and interval, all
 * shown in `unit`. Intervals may be asymmetric (transformed parameters).
 *
 * @param si - the value, SI
 * @param unit - the unit to show it in
 * @param standardError - SE in SI (omitted when unknown)
 * @param interval - [lower, upper] in SI (omitted when unknown)
 */
export function estimateJson(
  si: number,
  unit: string,
  standardError?: number,
  interval?: readonly [number, number],
): KineticsEstimate {
  const q = quantityJson(si, unit);
  const factor = parseUnit(unit).factor;
  const out: KineticsEstimate = { ...q };
  if (standardError !== undefined && Number.isFinite(standardError)) {
    out.standardError = Math.abs(standardError) / factor;
  }
  if (interval !== undefined && Number.isFinite(interval[0]) && Number.isFinite(interval[1])) {
    const a = quantityJson(interval[0], unit).value;
    const b = quantityJson(interval[1], unit).value;
    out.interval = { lower: Math.min(a, b), upper: Math.max(a, b) };
  }
  return out;
}

/**
 * Estimate of y = 10^x from x ± SE with interval [lo, hi]: y with SE y·ln10·SE(x) (delta
 * method) and the interval 10^[lo, hi] (asymmetric, always positive).
 */
export function powerOfTenEstimate(
  x: number,
  seX: number | undefined,
  intervalX: readonly [number, number] | undefined,
  unit: string,
): KineticsEstimate {
  const y = 10 ** x;
  return estimateJson(
    y,
    unit,
    seX === undefined ? undefined : y * Math.LN10 * seX,
    intervalX === undefined ? undefined : [10 ** intervalX[0], 10 ** intervalX[1]],
  );
}
