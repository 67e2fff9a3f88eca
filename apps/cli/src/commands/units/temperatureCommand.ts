import { Command } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { convertUnitRequest } from "@lmb/schemas";
import { dimensionsEqual, parseQuantity, parseUnit, temperature } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { readArgument } from "../../input/quantityOption.js";
import { digitsOption } from "../digitsOption.js";
import { jsonOption } from "../jsonOption.js";
import { printConversion } from "./printConversion.js";

const EXAMPLES = `
Examples:
  $ lmb units temperature "25 °C"             # → 298.15 K
  $ lmb units temperature "333 K" --to degC
  $ lmb units temperature "10 degC" --to K --difference   # a difference: 10 K
  $ lmb units temperature "-20 °C" --json`;

/**
 * `lmb units temperature <temperature> [--to <unit>] [--difference] [--json]`: converts an
 * absolute temperature (T/K = θ/°C + 273.15) or, with `--difference`, a temperature
 * difference (1 °C = 1 K). Without `--to`, kelvin goes to °C and everything else to K.
 *
 * @example
 * // lmb units temperature "25 °C" --to K
 * // 25 °C = 298.15 K
 */
export function temperatureCommand(io: CliIo) {
  return new Command("temperature")
    .description("convert a temperature between °C and K")
    .argument("<temperature>", 'a temperature with its unit, e.g. "25 °C", "25 degC" or "298 K"')
    .option("--to <unit>", "the unit to convert to (default: °C for kelvin, else K)")
    .option("--difference", "treat the value as a temperature difference (1 °C → 1 K)")
    .addOption(digitsOption())
    .addOption(jsonOption("UnitConversionResult"))
    .addHelpText("after", EXAMPLES)
    .action((text, options) => {
      const input = readArgument("<temperature>", () => parseQuantity(text));
      if (!dimensionsEqual(input.unit.dimension, temperature.dimension)) {
        throw new LmbError("E_UNIT_MISMATCH", `"${text}" is not a temperature`, {
          location: { source: "<temperature>" },
          fix: 'give a temperature such as "25 °C", "25 degC" or "298.15 K"',
        });
      }
      const to = options.to ?? (input.unit.symbol === "K" ? "°C" : "K");
      readArgument("--to", () => parseUnit(to));
      const result = convertUnitRequest({
        quantity: text,
        to,
        ...(options.difference ? { difference: true } : {}),
      });
      printConversion(io, options.json, result, options.digits);
    });
}
