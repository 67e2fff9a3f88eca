import type { QuantityJson } from "@lmb/schemas";
import { formatQuantity, quantity } from "@lmb/units";

/**
 * Formats a quantity in lmb's JSON shape for reading, with `@lmb/units`' significant figures.
 *
 * @example
 * formatQuantityJson({ value: 20.62, unit: "mAh cm⁻²", … }); // "20.62 mAh cm⁻²"
 */
export function formatQuantityJson(q: QuantityJson, significantDigits?: number): string {
  const options = significantDigits === undefined ? {} : { significantDigits };
  return formatQuantity(quantity(q.value, q.unit), options);
}
