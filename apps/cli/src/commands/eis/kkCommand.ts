import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { linKk } from "@lmb/impedance";
import { LinKkResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { printWarnings } from "../kinetics/printWarnings.js";
import { readSpectrum } from "./readSpectrum.js";

const EXAMPLES = `
Examples:
  $ lmb eis kk cell.mpr
  $ lmb eis kk blocking.mpt --capacitance --fit-type complex --plot kk.svg
  $ lmb eis kk cell.csv --threshold 0.5 --json

Lin-KK (Schönleber et al. 2014): R0 + Σ R_k/(1 + jωτ_k) + jωL [+ 1/(jωC)] with M chosen by
μ ≤ 0.85; the spectrum passes when every residual |Δ′|, |Δ″| ≤ --threshold (% of |Z|).
Add --capacitance for spectra without a DC limit (blocking electrodes, diffusion tails).`;

function positive(text: string, source: string): number {
  const v = Number(text);
  if (!(Number.isFinite(v) && v > 0)) {
    throw new LmbError("E_INVALID_INPUT", `${source} ${text} is not a positive number`, {
      location: { source },
      fix: `give ${source} as a positive number`,
    });
  }
  return v;
}

/**
 * `lmb eis kk FILE`: the linear Kramers–Kronig test of an impedance spectrum read with `@lmb/io`
 * (`linKk` of `@lmb/impedance`): M, μ, residuals in % of |Z| and the verdict.
 *
 * @example
 * // lmb eis kk cell.mpr --plot kk.svg
 */
export function kkCommand(io: CliIo) {
  return new Command("kk")
    .description("linear Kramers–Kronig (Lin-KK) validity test of a spectrum")
    .argument("<file>", 'impedance spectrum, or "-" for standard input')
    .addOption(
      new Option("--fit-type <parts>", "parts of Z fitted")
        .choices(["real", "imag", "complex"] as const)
        .default("real" as const),
    )
    .option("--capacitance", "add a series capacitor (blocking electrodes, diffusion tails)")
    .option("--rc-count <M>", "fix the number of RC elements instead of choosing it by μ")
    .option("--threshold <percent>", "largest |residual| in % of |Z| that passes", "1")
    .option("--skip-invalid", "drop rows the reader could not use (f ≤ 0, NaN) instead of failing")
    .addOption(plotOption("the residuals Δ′ and Δ″ against frequency"))
    .addOption(jsonOption("LinKkResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const spectrum = await readSpectrum(file, io, { skipInvalid: options.skipInvalid });
      const result = linKk(spectrum, {
        fitType: options.fitType,
        addCapacitance: options.capacitance === true,
        thresholdPercent: positive(options.threshold, "--threshold"),
        ...(options.rcCount === undefined
          ? {}
          : { rcCount: positive(options.rcCount, "--rc-count") }),
      });
      writeResult(io, options.json, LinKkResultSchema, result, () => {
        const s = result.statistics;
        return (
          formatTable([
            [
              "RC elements",
              `M = ${result.rcCount}, μ = ${formatCount(result.mu, 3)}${result.muCutoff === null ? " (M given)" : ` (cut-off ${result.muCutoff}${result.muCriterionMet ? "" : ", not reached"})`}`,
            ],
            ["points", String(s.pointCount)],
            [
              "residuals",
              `max |Δ′| ${formatCount(s.maxAbsResidualRealPercent, 3)} %, max |Δ″| ${formatCount(s.maxAbsResidualImagPercent, 3)} %, rms ${formatCount(s.rmsResidualPercent, 3)} %`,
            ],
            ["verdict", `${result.verdict.valid ? "valid" : "NOT valid"}: ${result.verdict.rule}`],
          ]) + printWarnings(result.warnings)
        );
      });
      const plot = result.plots?.residuals;
      if (options.plot !== undefined && plot !== undefined)
        await writePlot(plot, options.plot, [file]);
    });
}
