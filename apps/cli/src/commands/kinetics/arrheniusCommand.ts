import { Command, Option } from "@commander-js/extra-typings";
import { type ArrheniusData, arrheniusFit } from "@lmb/kinetics";
import { ArrheniusFitResultSchema } from "@lmb/schemas";
import { conductivity, resistance, temperature } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { formatEstimate } from "./formatEstimate.js";
import { celsiusShorthand, type PointSide, parsePoints } from "./parsePoints.js";
import { printWarnings } from "./printWarnings.js";
import { readKineticsDataset } from "./readKineticsDataset.js";

const EXAMPLES = `
Examples:
  $ lmb kinetics arrhenius --points "25C:10.0,40C:13.1,60C:18.2"
  $ lmb kinetics arrhenius --points "298K:1.2e-4 S/cm,313K:2.1e-4 S/cm,333K:3.9e-4 S/cm" --form sigmaT
  $ lmb kinetics arrhenius --points "25C:120,40C:71,60C:38" --form resistance
  $ lmb kinetics arrhenius conductivity.csv --json

--points takes temperature : value pairs. A temperature is "25C", "25 °C" or "298.15 K"; a bare
value is a conductivity in --unit (default mS cm⁻¹), or a resistance in Ω with --form resistance.
Forms: sigma (σ = σ0·exp(−E_a/RT)), sigmaT (σT = A·exp(−E_a/RT)), resistance (1/R = A·exp(−E_a/RT)).`;

/**
 * `lmb kinetics arrhenius [FILE] --points "T:σ,…" [--form sigma|sigmaT|resistance]`: activation
 * energy in kJ mol⁻¹ and eV with standard error and interval, and the prefactor (`arrheniusFit`
 * of `@lmb/kinetics`). FILE is a conductivity-versus-temperature table read with `@lmb/io`.
 *
 * @example
 * // lmb kinetics arrhenius --points "25C:10.0,40C:13.1"
 */
export function arrheniusCommand(io: CliIo) {
  return new Command("arrhenius")
    .description("activation energy from conductivities or resistances at several temperatures")
    .argument("[file]", "table of temperature with conductivity or resistance, instead of --points")
    .option(
      "--points <pairs>",
      'temperature : value pairs, e.g. "25C:10.0,40C:13.1" (value in --unit)',
    )
    .addOption(
      new Option("--form <form>", "the Arrhenius form fitted").choices([
        "sigma",
        "sigmaT",
        "resistance",
      ] as const),
    )
    .option(
      "--unit <unit>",
      'unit of bare values in --points (default "mS cm-1", or "ohm" for --form resistance)',
    )
    .addOption(plotOption("ln σ (or ln σT, ln 1/R) against 1000/T with the fitted line"))
    .addOption(jsonOption("ArrheniusFitResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options, command) => {
      const form = options.form === "resistance" ? "inverseResistance" : options.form;
      let data: ArrheniusData;
      if (options.points !== undefined) {
        const byResistance = form === "inverseResistance";
        const { x, y } = parsePoints(
          options.points,
          "--points",
          { kind: temperature, defaultUnit: "K", rewrite: celsiusShorthand },
          (byResistance
            ? { kind: resistance, defaultUnit: options.unit ?? "ohm" }
            : { kind: conductivity, defaultUnit: options.unit ?? "mS cm-1" }) as PointSide<number>,
        );
        data = byResistance
          ? { temperature: x, resistance: y }
          : { temperature: x, conductivity: y };
      } else if (file !== undefined) {
        data = (await readKineticsDataset(file, "conductivity", io)).columns;
      } else {
        return command.error("error: give --points or a FILE", {
          exitCode: 2,
          code: "lmb.missingInput",
        });
      }
      const result = arrheniusFit(data, form === undefined ? {} : { form });
      writeResult(io, options.json, ArrheniusFitResultSchema, result, () => {
        const t = result.window;
        return (
          formatTable([
            ["form", result.relation],
            ["E_a", formatEstimate(result.activationEnergy, 4), "95 % interval in brackets"],
            ["", formatEstimate(result.activationEnergyPerParticle, 4), "per particle"],
            ["prefactor", formatEstimate(result.prefactor, 4)],
            [
              "temperatures",
              `${t.pointCount} from ${formatCount(t.lower - 273.15, 4)} to ${formatCount(t.upper - 273.15, 4)} °C`,
            ],
            ["R²", formatCount(result.goodnessOfFit.rSquared, 5)],
          ]) + printWarnings(result.warnings)
        );
      });
      if (options.plot !== undefined)
        await writePlot(result.plot, options.plot, file === undefined ? [] : [file]);
    });
}
