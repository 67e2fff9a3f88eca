import { Command } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { metalIncorporationWindow, metalWindowJson } from "@lmb/percolation";
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
import { checkMemory, continuumBytes } from "./memoryBudget.js";
import { particleText, resolveParticles } from "./particleOptions.js";
import { aspectOption, integerOption, seedOption, shapeOption } from "./percolationOptions.js";
import { plotTarget } from "./plotTarget.js";

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
  return new Command("window")
    .description("largest metal fraction an interphase holds without conducting electrons")
    .addOption(shapeOption())
    .addOption(aspectOption())
    .option(
      "--thickness <h>",
      'layer thickness: "5 d" (particle diameters) or a length with --diameter',
      "5 d",
    )
    .option(
      "--diameter <length>",
      'particle diameter, to give --thickness as a length, e.g. "5 nm"',
    )
    .option("--lateral <diameters>", "lateral size of the patch, in particle diameters", "20")
    .option("--confidence <p>", "required probability that the patch does not conduct", "0.95")
    .option("--runs <n>", "Monte Carlo runs (≥ 20)", "100")
    .addOption(seedOption())
    .option(
      "--core-shell <ratio>",
      "hard-core/soft-shell particles: core diameter / particle diameter",
    )
    .option("--polydisperse <spread>", "relative standard deviation of the particle diameters")
    .addOption(plotOption("the window and the crossing fractions"))
    .addOption(jsonOption("MetalWindowResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      const particles = resolveParticles(options);
      const h = particles.thickness;
      const lateral = numberOption(options.lateral, "--lateral");
      if (!(lateral >= 2 * particles.shape.reach && lateral <= 10_000)) {
        throw new LmbError(
          "E_INVALID_INPUT",
          `--lateral ${options.lateral} must lie between ${Math.ceil(2 * particles.shape.reach)} (twice the particle reach) and 10000 diameters`,
          { location: { source: "--lateral" }, fix: "give e.g. --lateral 20" },
        );
      }
      if (lateral * lateral * h > 1e8) {
        throw new LmbError(
          "E_TOO_LARGE",
          `a slab ${lateral} × ${lateral} × ${formatCount(h, 4)} diameters exceeds 10⁸ cells`,
          {
            location: { source: "--thickness" },
            fix: "use a smaller --lateral or --thickness",
          },
        );
      }
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
      const runs = integerOption(options.runs, "--runs", 20, 100_000, "a quantile needs runs");
      const seed = integerOption(options.seed, "--seed", -(2 ** 31), 2 ** 31 - 1);
      checkMemory(
        continuumBytes(lateral, h, particles.shape.volume),
        `a slab ${lateral} × ${lateral} × ${formatCount(h, 4)} diameters`,
        "use a smaller --lateral or --thickness",
      );
      const d = particles.description;
      const window = metalIncorporationWindow({
        shape: d.shape === "sphere" ? "sphere" : { spheroid: d.aspect },
        ...(particles.coreShell === undefined ? {} : { coreShell: particles.coreShell }),
        ...(particles.sizes === undefined ? {} : { sizes: particles.sizes }),
        thickness: h,
        lateral,
        confidence,
        runs,
        seed,
      });
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
      if (options.plot !== undefined) await writePlot(result.plot, plotTarget(options.plot));
    });
}
