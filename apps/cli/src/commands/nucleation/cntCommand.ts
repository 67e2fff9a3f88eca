import { Command } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { classicalNucleation, classicalNucleationJson } from "@lmb/nucleation";
import { ClassicalNucleationResultSchema } from "@lmb/schemas";
import { voltage } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import { kelvin, temperatureOption } from "../kinetics/kineticsOptions.js";
import { printWarnings } from "../kinetics/printWarnings.js";
import { e, q } from "./formatNucleation.js";
import { molarVolume, molarVolumeOption, surfaceEnergy } from "./nucleationOptions.js";

const EXAMPLES = `
Examples:
  $ lmb nucleation cnt --overpotential "50 mV" --surface-energy "0.5 J m-2"
  $ lmb nucleation cnt --overpotential "44 mV" --surface-energy "0.2 J/m2" --temperature "60 °C" --json

Classical nucleation theory for a spherical nucleus: r* = 2γV_m/(zF|η|), ΔG* = 16πγ³V_m²/(3(zF)²η²).
γ, the Li|electrolyte interfacial energy, is not known (Li surfaces are 0.4–0.5 J m⁻², the
interface probably lower), so lmb has no default: give it.`;

/**
 * `lmb nucleation cnt --overpotential η --surface-energy γ`: critical radius, barrier and atoms
 * of the critical nucleus (`classicalNucleation` and `classicalNucleationJson` of
 * `@lmb/nucleation`).
 *
 * @example
 * // lmb nucleation cnt --overpotential "50 mV" --surface-energy "0.5 J m-2"
 */
export function cntCommand(io: CliIo) {
  return new Command("cnt")
    .description("critical nucleus radius and barrier from classical nucleation theory")
    .requiredOption("--overpotential <quantity>", 'nucleation overpotential η, e.g. "50 mV"')
    .option(
      "--surface-energy <quantity>",
      'Li|electrolyte interfacial energy γ, e.g. "0.5 J m-2" (required: no default)',
    )
    .addOption(molarVolumeOption())
    .addOption(temperatureOption())
    .addOption(jsonOption("ClassicalNucleationResult"))
    .addHelpText("after", EXAMPLES)
    .action((options) => {
      if (options.surfaceEnergy === undefined) {
        throw new LmbError(
          "E_MISSING_INPUT",
          "classical nucleation theory needs the interfacial energy γ, and lmb has no default for it",
          {
            location: { source: "--surface-energy" },
            fix: 'give --surface-energy, e.g. "0.5 J m-2" (Li surfaces 0.4–0.5 J m⁻²; the Li|electrolyte interface is probably lower)',
          },
        );
      }
      const reading = classicalNucleation({
        overpotential: quantityOption(options.overpotential, "--overpotential", voltage).si,
        surfaceEnergy: quantityOption(options.surfaceEnergy, "--surface-energy", surfaceEnergy).si,
        molarVolume: molarVolume(options.molarVolume),
        temperature: kelvin(options.temperature),
      });
      const result = classicalNucleationJson(reading);
      writeResult(
        io,
        options.json,
        ClassicalNucleationResultSchema,
        result,
        () =>
          formatTable([
            ["r*", e(result.criticalRadius), "2γV_m/(zF|η|)"],
            [
              "ΔG*",
              e(result.barrier),
              `${formatCount(result.barrierInThermalEnergy, 4)} k_B·T at ${q(result.temperature, 5)}`,
            ],
            ["n*", formatCount(result.criticalAtoms, 4), "atoms in the critical nucleus"],
            [
              "inputs",
              `η = ${q(result.overpotential)}, γ = ${q(result.surfaceEnergy)}`,
              `V_m = ${q(result.molarVolume)}`,
            ],
          ]) + printWarnings(result.warnings),
      );
    });
}
