import { parseQuantity, scanRate } from "@lmb/units";
import { atArgument } from "../../input/quantityOption.js";

/**
 * Parses `--scan-rates "10,20,50,100 mV/s"` or `"10 mV/s,0.1 V/s"` into V s⁻¹. Bare numbers take
 * the unit written on the last value, or mV s⁻¹ when no value has one.
 *
 * @throws LmbError from the unit parser, located at --scan-rates
 * @example parseScanRates("10,20,50 mV/s"); // [0.01, 0.02, 0.05]
 */
export function parseScanRates(text: string): number[] {
  const source = "--scan-rates";
  try {
    const tokens = text
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== "");
    const quantities = tokens.map((t) => parseQuantity(t));
    const lastUnit =
      [...quantities].reverse().find((q) => q.unit.symbol !== "")?.unit.symbol ?? "mV s-1";
    return quantities.map((q, i) =>
      scanRate(q.unit.symbol === "" ? `${tokens[i]} ${lastUnit}` : q),
    );
  } catch (error) {
    throw atArgument(error, source);
  }
}
