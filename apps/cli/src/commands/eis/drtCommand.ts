import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { drt } from "@lmb/impedance";
import { DrtResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { printWarnings } from "../kinetics/printWarnings.js";
import { formatValue } from "./formatEis.js";
import { readSpectrum } from "./readSpectrum.js";

const EXAMPLES = `
Examples:
  $ lmb eis drt cell.mpr
  $ lmb eis drt cell.csv --lambda 1e-3 --plot drt.svg
  $ lmb eis drt cell.csv --json

Tikhonov-regularised DRT on Gaussian basis functions (pyDRTtools' method; Wan et al. 2015),
γ ≥ 0, λ by modified generalised cross-validation unless --lambda is given. Each peak's
resistance is the area under γ between its neighbouring minima.`;

/**
 * `lmb eis drt FILE`: distribution of relaxation times of an impedance spectrum read with
 * `@lmb/io` (`drt` of `@lmb/impedance`): R∞, L, R_pol, λ and the peaks with τ, f and R.
 *
 * @example
 * // lmb eis drt cell.mpr --plot drt.svg
 */
export function drtCommand(io: CliIo) {
  return new Command("drt")
    .description("distribution of relaxation times (DRT) of a spectrum, with its peaks")
    .argument("<file>", 'impedance spectrum, or "-" for standard input')
    .option("--lambda <λ>", "regularisation parameter (default: chosen by mGCV)")
    .addOption(
      new Option("--lambda-selection <rule>", "how λ is chosen")
        .choices(["mgcv", "gcv"] as const)
        .default("mgcv" as const),
    )
    .addOption(
      new Option("--derivative <k>", "order of the derivative penalised")
        .choices(["1", "2"] as const)
        .default("1" as const),
    )
    .option("--skip-invalid", "drop rows the reader could not use (f ≤ 0, NaN) instead of failing")
    .addOption(plotOption("γ against τ with the peaks"))
    .addOption(jsonOption("DrtResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      let lambda: number | undefined;
      if (options.lambda !== undefined) {
        lambda = Number(options.lambda);
        if (!(Number.isFinite(lambda) && lambda > 0)) {
          throw new LmbError("E_INVALID_INPUT", `--lambda ${options.lambda} is not positive`, {
            location: { source: "--lambda" },
            fix: "give λ > 0, e.g. 1e-3, or omit it to have it chosen",
          });
        }
      }
      const spectrum = await readSpectrum(file, io, { skipInvalid: options.skipInvalid });
      const result = drt(spectrum, {
        lambdaSelection: options.lambdaSelection,
        derivativeOrder: options.derivative === "2" ? 2 : 1,
        ...(lambda === undefined ? {} : { lambda }),
      });
      writeResult(io, options.json, DrtResultSchema, result, () => {
        const reg = result.regularization;
        return (
          formatTable([
            ["R∞", `${formatValue(result.seriesResistance)} Ω`],
            ["L", `${formatValue(result.inductance)} H`],
            ["R_pol", `${formatValue(result.polarizationResistance)} Ω  (∫γ d ln τ)`],
            ["λ", `${formatValue(reg.lambda, 3)} (${reg.selection})`],
            [
              "fit",
              `rms residual ${formatValue(result.statistics.rmsResidualPercent, 3)} % of |Z|`,
            ],
          ]) +
          "\n" +
          formatTable([
            ["peak", "f (Hz)", "τ (s)", "R (Ω)"],
            ...result.peaks.map((p, i) => [
              String(i + 1),
              formatValue(p.frequency, 4),
              formatValue(p.tau, 4),
              formatValue(p.resistance, 4),
            ]),
          ]) +
          printWarnings(result.warnings)
        );
      });
      const plot = result.plots?.drt;
      if (options.plot !== undefined && plot !== undefined)
        await writePlot(plot, options.plot, [file]);
    });
}
