import { Command } from "@commander-js/extra-typings";
import {
  butlerVolmerFit,
  type PolarizationCurve,
  polarizationCurveFromVoltammogram,
} from "@lmb/kinetics";
import { ButlerVolmerFitResultSchema } from "@lmb/schemas";
import { area as areaKind, areaSpecificResistance, currentDensity, voltage } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { formatEstimate } from "./formatEstimate.js";
import { cellOption, convention, kelvin, temperatureOption } from "./kineticsOptions.js";
import { parsePoints } from "./parsePoints.js";
import { printWarnings } from "./printWarnings.js";
import { readKineticsDataset } from "./readKineticsDataset.js";

const EXAMPLES = `
Examples:
  $ lmb kinetics bv --points "1:13.2,2:25.5" --cell symmetric
  $ lmb kinetics bv --points "0.5:8.1,1:15.2,2:27.9,5:58.3,10:97" --cell symmetric --fit-alpha --resistance fit
  $ lmb kinetics bv --points "1 mA/cm2:13.2 mV,2 mA/cm2:0.0255 V" --json
  $ lmb kinetics bv polarization.csv --area "1 cm2" --fit-alpha

--points takes current density : overpotential pairs, separated by commas. A bare number is in
mA cm⁻² (current density) and mV (overpotential); either side may carry its own unit.
With --cell symmetric the overpotential is the cell's (η_strip + |η_plate|, two interfaces in
series) and j0 is per interface. α is held at 0.5 unless --fit-alpha.`;

function fitOrQuantity<K extends number>(
  text: string | undefined,
  flag: string,
  kind: Parameters<typeof quantityOption<K>>[2],
): number | "fit" | undefined {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === "fit") return "fit";
  return quantityOption(text, flag, kind).si;
}

/**
 * `lmb kinetics bv [FILE] --points "j:η,…" [--cell symmetric]`: nonlinear Butler–Volmer fit of
 * (current density, overpotential) pairs or of a polarization curve (`butlerVolmerFit` of
 * `@lmb/kinetics`): j0, optionally α, series resistance and limiting current, with standard
 * errors and 95 % intervals.
 *
 * @example
 * // lmb kinetics bv --points "1:13.2,2:25.5" --cell symmetric
 */
export function bvCommand(io: CliIo) {
  return new Command("bv")
    .description(
      "Butler–Volmer fit: j0 (and α, R_s, j_lim) from current density–overpotential pairs",
    )
    .argument("[file]", "polarization curve or voltammogram (E, I) instead of --points")
    .option(
      "--points <pairs>",
      'current density (mA cm⁻²) : overpotential (mV) pairs, e.g. "1:13.2,2:25.5"',
    )
    .addOption(cellOption())
    .option(
      "--alpha <a>",
      "α_a = α_c held at this value (or the start with --fit-alpha)",
      (v) => Number(v),
      0.5,
    )
    .option("--fit-alpha", "fit α (one α = α_a = α_c for a symmetric cell; both for an electrode)")
    .option(
      "--resistance <value>",
      'series area-specific resistance: "fit", or held, e.g. "5 ohm cm2" (default 0)',
    )
    .option(
      "--limiting-current <value>",
      'limiting current density: "fit", or held, e.g. "20 mA cm-2" (default none)',
    )
    .option("--area <quantity>", 'electrode area for FILE, e.g. "1.13 cm2"')
    .option("--equilibrium-potential <quantity>", "E_eq for FILE (default: where I changes sign)")
    .addOption(temperatureOption())
    .addOption(plotOption("η against j with the fitted Butler–Volmer curve"))
    .addOption(jsonOption("ButlerVolmerFitResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options, command) => {
      const temperature = kelvin(options.temperature);
      let data: PolarizationCurve;
      if (options.points !== undefined) {
        const { x, y } = parsePoints(
          options.points,
          "--points",
          { kind: currentDensity, defaultUnit: "mA cm-2" },
          { kind: voltage, defaultUnit: "mV" },
        );
        data = { currentDensity: x, overpotential: y };
      } else if (file !== undefined) {
        const area =
          options.area === undefined
            ? undefined
            : quantityOption(options.area, "--area", areaKind).si;
        const cv = await readKineticsDataset(file, "voltammogram", io, area);
        data = polarizationCurveFromVoltammogram(cv, {
          ...(options.equilibriumPotential === undefined
            ? {}
            : {
                equilibriumPotential: quantityOption(
                  options.equilibriumPotential,
                  "--equilibrium-potential",
                  voltage,
                ).si,
              }),
        }).curve;
      } else {
        return command.error("error: give --points or a FILE", {
          exitCode: 2,
          code: "lmb.missingInput",
        });
      }
      const resistance = fitOrQuantity(options.resistance, "--resistance", areaSpecificResistance);
      const limit = fitOrQuantity(options.limitingCurrent, "--limiting-current", currentDensity);
      const cell = convention(options.cell);
      const result = butlerVolmerFit(data, {
        convention: cell,
        temperature,
        transferCoefficients: options.fitAlpha ? (cell === "cell" ? "symmetric" : "free") : "fixed",
        anodicTransferCoefficient: options.alpha,
        cathodicTransferCoefficient: options.alpha,
        ...(resistance === undefined ? {} : { areaSpecificResistance: resistance }),
        ...(limit === undefined ? {} : { limitingCurrentDensity: limit }),
      });
      writeResult(io, options.json, ButlerVolmerFitResultSchema, result, () => {
        const held = (name: string) => (result.fixedParameters.includes(name) ? "held" : "fitted");
        const rows: string[][] = [
          [
            "convention",
            result.convention === "cell"
              ? "symmetric cell (η_cell = η_strip + |η_plate|), j0 per interface"
              : "one electrode",
          ],
          ["j0", formatEstimate(result.exchangeCurrentDensity, 4), "fitted"],
          [
            "α_a",
            formatEstimate(result.anodicTransferCoefficient, 3),
            held("anodicTransferCoefficient"),
          ],
          [
            "α_c",
            formatEstimate(result.cathodicTransferCoefficient, 3),
            result.transferCoefficients === "symmetric"
              ? "= α_a"
              : held("cathodicTransferCoefficient"),
          ],
          ["R_s", formatEstimate(result.areaSpecificResistance, 4), held("areaSpecificResistance")],
          ...(result.limitingCurrentDensity
            ? [
                [
                  "j_lim",
                  formatEstimate(result.limitingCurrentDensity, 4),
                  held("limitingCurrentDensity"),
                ],
              ]
            : []),
          [
            "fit",
            `${result.goodnessOfFit.pointCount} points, R² = ${formatCount(result.goodnessOfFit.rSquared, 5)}${result.goodnessOfFit.residualStandardDeviation === undefined ? "" : `, s = ${formatCount(result.goodnessOfFit.residualStandardDeviation, 3)} mV`}`,
            result.convergence.converged ? "converged" : "NOT converged",
          ],
        ];
        return formatTable(rows) + printWarnings(result.warnings);
      });
      if (options.plot !== undefined)
        await writePlot(result.plot, options.plot, file === undefined ? [] : [file]);
    });
}
