import { LmbError } from "@lmb/errors";
import { openCircuitVoltage } from "../../synthetic/openCircuitVoltage.js";

/**
 * The open-circuit voltage of a cathode vs Li as a function of its state of charge s (0–1,
 * fraction of its Li extracted): a named curve of the synthetic generators (`"LFP"`, `"NCM"`,
 * {@link openCircuitVoltage}) or linear interpolation in a table of `[s, V]` points (held flat
 * beyond the ends).
 *
 * @param curve - a name or `[s, V]` points with strictly increasing s
 * @param field - the config path, for errors
 * @throws LmbError `E_INVALID_INPUT` when the table's s values do not increase
 * @example
 * cathodeVoltage([[0, 3.0], [1, 4.2]], "workingElectrode.voltageCurve")(0.5); // 3.6
 */
export function cathodeVoltage(
  curve: "LFP" | "NCM" | readonly (readonly [number, number])[],
  field: string,
): (s: number) => number {
  if (typeof curve === "string") return (s) => openCircuitVoltage(curve, s);
  const xs = curve.map((p) => p[0]);
  const ys = curve.map((p) => p[1]);
  for (let i = 1; i < xs.length; i++) {
    if (!((xs[i] as number) > (xs[i - 1] as number))) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `${field}: state of charge must increase from point to point (point ${i} has ${xs[i]} after ${xs[i - 1]})`,
        { location: { source: `${field}[${i}]` }, fix: "sort the points by state of charge" },
      );
    }
  }
  const n = xs.length;
  return (s) => {
    if (s <= (xs[0] as number)) return ys[0] as number;
    if (s >= (xs[n - 1] as number)) return ys[n - 1] as number;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] as number) <= s) lo = mid;
      else hi = mid;
    }
    const x0 = xs[lo] as number;
    const y0 = ys[lo] as number;
    return y0 + ((s - x0) / ((xs[hi] as number) - x0)) * ((ys[hi] as number) - y0);
  };
}
