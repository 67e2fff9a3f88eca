import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { tafelAnalysis } from "@lmb/kinetics";
import { TafelAnalysisResultSchema, type TafelBranch } from "@lmb/schemas";
import { area as areaKind, resistance as resistanceKind, voltage } from "@lmb/units";
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
import { printWarnings } from "./printWarnings.js";
import { readKineticsDataset } from "./readKineticsDataset.js";

const EXAMPLES = `
Examples:
  $ lmb kinetics tafel cv.mpt --area "1.13 cm2"
  $ lmb kinetics tafel lili.mpt --area "1.13 cm2" --cell symmetric --equilibrium-potential "0 V"
  $ lmb kinetics tafel cv.csv --area "1 cm2" --window "120mV:250mV" --json

The window is chosen automatically unless --window is given: the straight line of log10|j|
against η with the highest R² among windows beyond |η| = 4RT/F (8RT/F for a symmetric cell),
spanning ≥ 1 decade of |j| (0.5 for a cell) with ≥ 5 points and no significant curvature.`;

function parseWindow(text: string): { lower: number; upper: number } {
  const parts = text.split(":");
  if (parts.length !== 2) {
    throw new LmbError("E_INVALID_INPUT", `--window "${text}" is not of the form lower:upper`, {
      location: { source: "--window" },
      fix: 'give the |η| range as "lower:upper", e.g. "120mV:250mV"',
    });
  }
  const [lower, upper] = parts.map((p): number => quantityOption(p.trim(), "--window", voltage).si);
  return { lower: lower as number, upper: upper as number };
}

function branchRow(b: TafelBranch): string[] {
  return [
    b.branch,
    `${formatCount(b.window.lower, 4)}–${formatCount(b.window.upper, 4)} mV`,
    String(b.window.pointCount),
    formatCount(b.goodnessOfFit.rSquared, 5),
    formatEstimate(b.tafelSlope, 4, false),
    formatEstimate(b.transferCoefficient, 3),
    formatEstimate(b.exchangeCurrentDensity, 3, false),
  ];
}

/**
 * `lmb kinetics tafel FILE`: Tafel analysis of a voltammogram or polarization curve read with
 * `@lmb/io` — per branch the automatic (or given) window, Tafel slope, transfer coefficient and
 * j0 with standard errors and 95 % intervals (`tafelAnalysis` of `@lmb/kinetics`).
 *
 * @example
 * // lmb kinetics tafel cv.mpt --area "1.13 cm2"
 */
export function tafelCommand(io: CliIo) {
  return new Command("tafel")
    .description("Tafel slopes, transfer coefficients and j0 from a voltammogram")
    .argument("<file>", 'voltammogram or polarization curve (E, I), or "-" for standard input')
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (overrides the file)')
    .addOption(cellOption())
    .option(
      "--equilibrium-potential <quantity>",
      'E_eq, e.g. "0 V" (default: where I changes sign)',
    )
    .option(
      "--series-resistance <quantity>",
      'uncompensated resistance for iR correction, e.g. "2 ohm"',
    )
    .option("--window <range>", 'fixed |η| window "lower:upper", e.g. "120mV:250mV"')
    .addOption(
      new Option("--branch <branch>", "which branch to fit")
        .choices(["both", "anodic", "cathodic"] as const)
        .default("both" as const),
    )
    .option("--cycle <n>", "use only this cycle of the file", (v) => Number(v))
    .addOption(temperatureOption())
    .addOption(plotOption("log10|j| against η with the fitted Tafel lines"))
    .addOption(jsonOption("TafelAnalysisResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const area =
        options.area === undefined
          ? undefined
          : quantityOption(options.area, "--area", areaKind).si;
      const temperature = kelvin(options.temperature);
      const cv = await readKineticsDataset(file, "voltammogram", io, area);
      const result = tafelAnalysis(cv, {
        convention: convention(options.cell),
        temperature,
        branches: options.branch,
        ...(options.equilibriumPotential === undefined
          ? {}
          : {
              equilibriumPotential: quantityOption(
                options.equilibriumPotential,
                "--equilibrium-potential",
                voltage,
              ).si,
            }),
        ...(options.seriesResistance === undefined
          ? {}
          : {
              seriesResistance: quantityOption(
                options.seriesResistance,
                "--series-resistance",
                resistanceKind,
              ).si,
            }),
        ...(options.window === undefined ? {} : { window: parseWindow(options.window) }),
        ...(options.cycle === undefined ? {} : { cycle: options.cycle }),
      });
      writeResult(io, options.json, TafelAnalysisResultSchema, result, () => {
        const branches = [result.anodic, result.cathodic].filter(
          (b): b is TafelBranch => b !== undefined,
        );
        return (
          formatTable([
            [
              "convention",
              result.convention === "cell"
                ? "symmetric cell (η_cell = η_strip + |η_plate|)"
                : "one electrode (η = E − E_eq)",
            ],
            [
              "E_eq",
              `${formatCount(result.equilibriumPotential.value, 5)} V (${result.equilibriumPotentialSource})`,
            ],
            ["window rule", result.windowRule],
          ]) +
          "\n" +
          formatTable([
            ["branch", "|η| window", "points", "R²", "Tafel slope (mV/dec)", "α", "j0 (mA cm⁻²)"],
            ...branches.map(branchRow),
          ]) +
          "\n" +
          formatTable([
            ["j0", formatEstimate(result.exchangeCurrentDensity, 3), "95 % interval in brackets"],
          ]) +
          printWarnings(result.warnings)
        );
      });
      if (options.plot !== undefined) await writePlot(result.plot, options.plot, [file]);
    });
}
