import type { KineticsEstimate, QuantityJson } from "@lmb/schemas";
import { formatQuantityJson } from "../../output/formatQuantityJson.js";
import { formatEstimate } from "../kinetics/formatEstimate.js";

/** A quantity for a table, e.g. "0.6895 s", to `digits` significant digits. */
export function q(quantity: QuantityJson, digits = 4): string {
  return formatQuantityJson(quantity, digits);
}

/** An estimate for a table: "9.85e-7 ± … cm² s⁻¹  [lo, hi]", or the value alone. */
export function e(estimate: KineticsEstimate, digits = 4): string {
  return formatEstimate(estimate, digits);
}
