import { Command } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { convertUnitRequest } from "@lmb/schemas";
import { dimensionsEqual, energy, molarEnergy, parseQuantity, parseUnit } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { readArgument } from "../../input/quantityOption.js";
import { digitsOption } from "../digitsOption.js";
import { jsonOption } from "../jsonOption.js";
import { printConversion } from "./printConversion.js";

const EXAMPLES = `
Examples:
  $ lmb units energy "40 kJ/mol"            # → eV per particle
  $ lmb units energy "0.3 eV" --to "kJ mol-1"
  $ lmb units energy "40 kJ/mol" --to "kcal/mol" --json`;

/**
 * `lmb units energy <energy> [--to <unit>] [--json]`: converts activation energies between
 * molar units (kJ mol⁻¹) and energy per particle (eV) through N_A: E[eV] = E[J mol⁻¹] /
 * (N_A·e), so 1 eV = 96.485 kJ mol⁻¹. Without `--to`, molar energies go to eV and energies to
 * kJ mol⁻¹.
 *
 * @example
 * // lmb units energy "40 kJ/mol" --to eV
 * // 40 kJ mol⁻¹ = 0.4146 eV  (one particle per N_A: E/N_A)
 */
export function energyCommand(io: CliIo) {
  return new Command("energy")
    .description("convert an energy between kJ mol⁻¹ and eV (per particle)")
    .argument("<energy>", 'an energy with its unit, e.g. "40 kJ/mol" or "0.41 eV"')
    .option("--to <unit>", "the unit to convert to (default: eV for a molar energy, else kJ mol⁻¹)")
    .addOption(digitsOption())
    .addOption(jsonOption("UnitConversionResult"))
    .addHelpText("after", EXAMPLES)
    .action((text, options) => {
      const input = readArgument("<energy>", () => parseQuantity(text));
      const { dimension } = input.unit;
      const isMolar = dimensionsEqual(dimension, molarEnergy.dimension);
      if (!isMolar && !dimensionsEqual(dimension, energy.dimension)) {
        throw new LmbError("E_UNIT_MISMATCH", `"${text}" is not an energy`, {
          location: { source: "<energy>" },
          fix: 'give a molar energy such as "40 kJ/mol" or an energy such as "0.4 eV"',
        });
      }
      const to = options.to ?? (isMolar ? "eV" : "kJ mol-1");
      readArgument("--to", () => parseUnit(to));
      printConversion(io, options.json, convertUnitRequest({ quantity: text, to }), options.digits);
    });
}
