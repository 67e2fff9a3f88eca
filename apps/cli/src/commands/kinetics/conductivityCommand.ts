import { Command } from "@commander-js/extra-typings";
import { ionicConductivity } from "@lmb/kinetics";
import { IonicConductivityResultSchema } from "@lmb/schemas";
import { area, length, resistance } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import { formatEstimate } from "./formatEstimate.js";

const EXAMPLES = `
Examples:
  $ lmb kinetics conductivity --resistance "25 ohm" --thickness "500 um" --area "1.13 cm2"
  $ lmb kinetics conductivity --resistance "1.2 kOhm" --resistance-error "0.05 kOhm" --thickness "1 mm" --area "0.785 cm2" --json`;

/**
 * `lmb kinetics conductivity --resistance R --thickness L --area A`: ionic conductivity
 * σ = L/(R_b·A) of a blocking cell (`ionicConductivity` of `@lmb/kinetics`), with a propagated
 * standard error when the inputs have one.
 *
 * @example
 * // lmb kinetics conductivity --resistance "25 ohm" --thickness "500 um" --area "1.13 cm2"
 */
export function conductivityCommand(io: CliIo) {
  return new Command("conductivity")
    .description("ionic conductivity from a blocking-cell bulk resistance, σ = L/(R·A)")
    .requiredOption("--resistance <quantity>", 'bulk resistance R_b from impedance, e.g. "25 ohm"')
    .requiredOption("--thickness <quantity>", 'electrolyte thickness L, e.g. "500 um"')
    .requiredOption("--area <quantity>", 'electrode area A, e.g. "1.13 cm2"')
    .option("--resistance-error <quantity>", 'standard error of R_b, e.g. "0.5 ohm"')
    .option("--thickness-error <quantity>", 'standard error of L, e.g. "5 um"')
    .addOption(jsonOption("IonicConductivityResult"))
    .addHelpText("after", EXAMPLES)
    .action((options) => {
      const result = ionicConductivity({
        resistance: quantityOption(options.resistance, "--resistance", resistance).si,
        thickness: quantityOption(options.thickness, "--thickness", length).si,
        area: quantityOption(options.area, "--area", area).si,
        ...(options.resistanceError === undefined
          ? {}
          : {
              resistanceStandardError: quantityOption(
                options.resistanceError,
                "--resistance-error",
                resistance,
              ).si,
            }),
        ...(options.thicknessError === undefined
          ? {}
          : {
              thicknessStandardError: quantityOption(
                options.thicknessError,
                "--thickness-error",
                length,
              ).si,
            }),
      });
      writeResult(io, options.json, IonicConductivityResultSchema, result, () =>
        formatTable([
          ["conductivity", formatEstimate(result.conductivity, 5), "σ = L/(R·A)"],
          ["area-specific resistance", formatEstimate(result.areaSpecificResistance, 5), "R·A"],
        ]),
      );
    });
}
