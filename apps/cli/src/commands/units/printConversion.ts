import { type UnitConversionResult, UnitConversionResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatQuantityJson } from "../../output/formatQuantityJson.js";
import { writeResult } from "../../output/writeResult.js";

/**
 * Prints a unit conversion: `100 µm = 20.62 mAh cm⁻²  (dense Li metal, …)`, or the
 * {@link UnitConversionResultSchema} JSON. Shared by `convert`, `energy` and `temperature`.
 *
 * @example
 * printConversion(io, options.json, convertUnitRequest({ quantity, to }));
 */
export function printConversion(
  io: CliIo,
  json: boolean | undefined,
  result: UnitConversionResult,
  significantDigits?: number,
): void {
  writeResult(io, json, UnitConversionResultSchema, result, () => {
    const via = result.equivalence ? `  (${result.equivalence})` : "";
    const input = formatQuantityJson(result.input, significantDigits);
    const output = formatQuantityJson(result.output, significantDigits);
    return `${input} = ${output}${via}\n`;
  });
}
