import { Command } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { metalWindowJson } from "@lmb/percolation";
import { MetalWindowResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { numberOption } from "../nucleation/nucleationOptions.js";
import { warningLines } from "./formatPercolation.js";
import { particleLayerOptions, particleText, resolveParticleLayer } from "./particleOptions.js";
import { plotTarget } from "./plotTarget.js";
import { progressBar } from "./progressBar.js";
import { runContinuumJobs } from "./runContinuumJobs.js";

const EXAMPLES = `
Examples:
  $ lmb percolation window --shape sphere --thickness "5 d"
  $ lmb percolation window --shape sphere --core-shell 0.8 --thickness "5 d"
  $ lmb percolation window --shape spheroid --aspect 5 --thickness "20 nm" --diameter "4 nm"
  $ lmb percolation window --thickness "10 d" --confidence 0.99 --runs 400 --json

The largest metal volume fraction at which a patch of the interphase stays non-conducting
through its thickness with the given confidence: the (1 − confidence) quantile of the fractions
at which runs first cross, with a distribution-free 95 % interval. A larger electrode area
crosses at a lower fraction (--lateral sets the patch).`;

/**
 * `lmb percolation window`: the metal-incorporated SEI window (`metalIncorporationWindow`).
 *
 * @example
 * // lmb percolation window --shape sphere --thickness "5 d"
 */
export function windowCommand(io: CliIo) {
  return particleLayerOptions(
    new Command("window").description(
      "largest metal fraction an interphase holds without conducting electrons",
    ),
    {
      thickness: "5 d",
      lateral: "lateral size of the patch, in particle diameters",
      runs: "Monte Carlo runs (≥ 20)",
    },
  )
    .option("--confidence <p>", "required probability that the patch does not conduct", "0.95")
    .addOption(plotOption("the window and the crossing fractions"))
    .addOption(jsonOption("MetalWindowResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      // refused before any work starts
      const plotPath = options.plot === undefined ? undefined : plotTarget(options.plot);
      const confidence = numberOption(options.confidence, "--confidence");
      if (!(confidence > 0 && confidence < 1)) {
        throw new LmbError(
          "E_INVALID_INPUT",
          `--confidence ${options.confidence} must lie in (0, 1)`,
          {
            location: { source: "--confidence" },
            fix: "give e.g. 0.95",
          },
        );
      }
      const { particles, thickness, lateral, runs, seed } = resolveParticleLayer(options, {
        minRuns: 20,
        runsWhy: "a quantile needs runs",
      });
      const d = particles.description;
      // On a worker thread with a progress bar; Ctrl-C stops it and prints only the error.
      const bar = progressBar(io, options.json, `window h = ${formatCount(thickness, 3)} d`);
      const [window] = await runContinuumJobs(
        [
          {
            kind: "window",
            options: { ...particles.library, thickness, lateral, confidence, runs, seed },
          },
        ],
        bar,
      ).finally(() => bar.done());
      const result = metalWindowJson(window, d, seed);
      writeResult(io, options.json, MetalWindowResultSchema, result, () => {
        const m = result.maximumFraction;
        return (
          formatTable([
            ["particles", particleText(d)],
            [
              "layer",
              `${formatCount(result.thickness, 4)} diameters thick, ${result.lateral} × ${result.lateral} patch, ${result.runs} runs`,
            ],
            [
              "window",
              `V_f ≤ ${formatCount(m.value, 3)}  [${formatCount(m.interval?.lower ?? m.value, 3)}, ${formatCount(m.interval?.upper ?? m.value, 3)}] (95 %) stays non-conducting with ${Math.round(100 * result.confidence)} % confidence`,
            ],
            [
              "crossing",
              `mean ${formatCount(result.crossing.mean, 3)}, median ${formatCount(result.crossing.median, 3)}`,
            ],
          ]) +
          `note: ${result.note}\n` +
          warningLines(result.warnings)
        );
      });
      if (plotPath !== undefined) await writePlot(result.plot, plotPath);
    });
}
