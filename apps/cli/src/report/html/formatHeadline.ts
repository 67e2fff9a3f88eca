import type { ReportHeadline } from "@lmb/schemas";
import { formatReportNumber } from "./formatReportNumber.js";

/**
 * The value of a headline as the report page shows it: a number with 4 significant digits
 * ({@link formatReportNumber}), `± uncertainty` with 2 when there is one, then the unit
 * (`"110.6 ± 0.52 mV"`, `"98.5 %"`); text values as they are (`"hard short"`). The browser test
 * compares the page with `results.json` through this function.
 *
 * @param headline - a headline of `ReportResult` (value, unit, uncertainty)
 * @returns plain text (escape it before putting it in HTML)
 * @example
 * formatHeadline({ key: "j0", label: "j0", value: 1.008, unit: "mA cm⁻²", uncertainty: 0.012, experimentId: "e1" });
 * // "1.008 ± 0.012 mA cm⁻²"
 */
export function formatHeadline(
  headline: Pick<ReportHeadline, "value" | "unit" | "uncertainty">,
): string {
  const { value, unit, uncertainty } = headline;
  if (typeof value === "string") return unit === "" ? value : `${value} ${unit}`;
  const number =
    uncertainty === undefined
      ? formatReportNumber(value)
      : `${formatReportNumber(value)} ± ${formatReportNumber(uncertainty, 2)}`;
  return unit === "" ? number : `${number} ${unit}`;
}
