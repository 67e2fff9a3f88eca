import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { fitMostanyTransient, mostanyFitJson } from "@lmb/nucleation";
import { MostanyFitResultSchema } from "@lmb/schemas";
import { area as areaKind } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { printWarnings } from "../kinetics/printWarnings.js";
import { e, q } from "./formatNucleation.js";
import {
  baselineOption,
  baselineRule,
  concentration,
  molarVolume,
  molarVolumeOption,
  timeWindow,
} from "./nucleationOptions.js";
import { readTransient } from "./readNucleationData.js";

const EXAMPLES = `
Examples:
  $ lmb nucleation fit ca.csv --model mostany --concentration "1 M" --area "1 cm2"
  $ lmb nucleation fit ca.mpt --concentration "1 mol L-1" --window "0.2s:8s" --plot fit.svg --json

Fits j(t) = zF·D^½·c/(π^½·t^½)·{1 − exp[−N0·π·k·D·(t − (1 − e^{−A·t})/A)]} (Scharifker–Mostany)
by least squares in ln D, ln N0, ln A, from several starting rates. A·t_m > 10: instantaneous (A
poorly determined); < 0.1: progressive (only A·N0 determined).`;

/**
 * `lmb nucleation fit FILE --model mostany --concentration c`: Scharifker–Mostany fit of a
 * deposition transient (`fitMostanyTransient` and `mostanyFitJson` of `@lmb/nucleation`).
 *
 * @example
 * // lmb nucleation fit ca.csv --concentration "1 M" --area "1 cm2"
 */
export function fitCommand(io: CliIo) {
  return new Command("fit")
    .description("D, N0 and the nucleation rate A from a transient (Scharifker–Mostany fit)")
    .argument("<file>", 'chronoamperometric transient (time, current), or "-" for standard input')
    .addOption(
      new Option("--model <model>", "transient model fitted")
        .choices(["mostany"] as const)
        .default("mostany" as const),
    )
    .option("--concentration <quantity>", 'bulk concentration of the depositing ion, e.g. "1 M"')
    .addOption(molarVolumeOption())
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (overrides the file)')
    .option("--window <range>", 'time window fitted "lower:upper", e.g. "0.2s:8s"')
    .addOption(baselineOption())
    .addOption(plotOption("the transient and the fitted Scharifker–Mostany curve"))
    .addOption(jsonOption("MostanyFitResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const c = concentration(options.concentration);
      if (c === undefined) {
        throw new LmbError(
          "E_MISSING_INPUT",
          "the Scharifker–Mostany fit needs the concentration of the depositing ion",
          {
            location: { source: "--concentration" },
            fix: 'give --concentration, e.g. --concentration "1 M"',
          },
        );
      }
      const conditions = { concentration: c, molarVolume: molarVolume(options.molarVolume) };
      const area =
        options.area === undefined
          ? undefined
          : quantityOption(options.area, "--area", areaKind).si;
      const baseline = baselineRule(options.baseline);
      const window = options.window === undefined ? undefined : timeWindow(options.window);
      const transient = await readTransient(file, io, area);
      const fit = fitMostanyTransient(transient.time, transient.currentDensity, conditions, {
        baseline,
        ...(window === undefined ? {} : { window }),
      });
      const result = mostanyFitJson(fit, conditions, {
        time: transient.time,
        baseline,
        windowGiven: window !== undefined,
      });
      writeResult(io, options.json, MostanyFitResultSchema, result, () => {
        const g = result.goodnessOfFit;
        const conv = result.convergence;
        return (
          formatTable([
            [
              "model",
              `Scharifker–Mostany, ${result.regime} (A·t_m = ${formatCount(result.regimeIndex, 3)})`,
            ],
            ["t_m, j_m", `${q(result.peakTime)}, ${q(result.peakCurrentDensity)}`],
            [
              "window",
              `${formatCount(result.window.lower, 4)}–${formatCount(result.window.upper, 4)} s (${result.window.pointCount} points)`,
            ],
          ]) +
          "\n" +
          formatTable([
            ["D", e(result.diffusivity)],
            ["N0", e(result.siteDensity)],
            ["A", e(result.nucleationRate)],
            ["A·N0", e(result.rateDensity)],
            ["", `${Math.round(100 * result.confidenceLevel)} % intervals in brackets`],
          ]) +
          "\n" +
          formatTable([
            [
              "R²",
              `${formatCount(g.rSquared, 6)}, residual SD ${formatCount(g.residualStandardDeviation ?? Number.NaN, 3)} mA cm⁻²`,
            ],
            [
              "converged",
              `${conv.converged ? "yes" : "NO"} (${conv.reason}, ${conv.iterations} iterations, ${conv.identifiability})`,
            ],
          ]) +
          printWarnings(result.warnings)
        );
      });
      if (options.plot !== undefined) await writePlot(result.plot, options.plot, [file]);
    });
}
