import { Command, Option } from "@commander-js/extra-typings";
import { convertUnitRequest } from "@lmb/schemas";
import { parseQuantity, parseUnit } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { readArgument } from "../../input/quantityOption.js";
import { digitsOption } from "../digitsOption.js";
import { jsonOption } from "../jsonOption.js";
import { printConversion } from "./printConversion.js";

const EXAMPLES = `
Examples:
  $ lmb units convert "5 mA cm-2" --to "A m-2"
  $ lmb units convert "100 um" --to "mAh cm-2" --material Li
  $ lmb units convert "3 mAh cm-2" --to um --material Li
  $ lmb units convert "40 kJ/mol" --to eV
  $ lmb units convert "1 degC" --to K --difference`;

/**
 * `lmb units convert <quantity> --to <unit> [--material Li] [--difference] [--json]`:
 * converts between compatible units; with `--material Li` also between Li thickness, areal
 * capacity and areal mass (dense Li, 0.534 g cm⁻³).
 *
 * @example
 * // lmb units convert "100 um" --to "mAh cm-2" --material Li
 * // 100 µm = 20.62 mAh cm⁻²  (dense Li metal, 0.534 g cm⁻³, 6.94 g mol⁻¹)
 */
export function convertCommand(io: CliIo) {
  return new Command("convert")
    .description("convert a quantity to another unit")
    .argument("<quantity>", 'the quantity with its unit, e.g. "5 mA cm-2" or "100 um"')
    .requiredOption("--to <unit>", 'the unit to convert to, e.g. "A m-2"')
    .addOption(
      new Option(
        "--material <material>",
        "allow the material's equivalences: Li = dense Li metal (thickness ↔ areal capacity ↔ areal mass)",
      ).choices(["Li"] as const),
    )
    .option("--difference", "treat the value as a difference (1 °C → 1 K)")
    .addOption(digitsOption())
    .addOption(jsonOption("UnitConversionResult"))
    .addHelpText("after", EXAMPLES)
    .action((quantity, options) => {
      readArgument("<quantity>", () => parseQuantity(quantity));
      readArgument("--to", () => parseUnit(options.to));
      const result = convertUnitRequest({
        quantity,
        to: options.to,
        ...(options.material ? { material: options.material } : {}),
        ...(options.difference ? { difference: true } : {}),
      });
      printConversion(io, options.json, result, options.digits);
    });
}
