import { Command } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import {
  fitThreshold,
  LATTICES,
  type LatticeSimulation,
  thresholdEstimateJson,
} from "@lmb/percolation";
import { ThresholdEstimateResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { v, warningLines } from "./formatPercolation.js";
import { checkMemory, latticeBytes } from "./memoryBudget.js";
import { integerOption, latticeOption, seedOption, threadsOption } from "./percolationOptions.js";
import { plotTarget } from "./plotTarget.js";
import { progressBar } from "./progressBar.js";
import { runLatticeSimulation } from "./runLatticeSimulation.js";

const EXAMPLES = `
Examples:
  $ lmb percolation threshold --lattice bcc --sizes 16,32,64
  $ lmb percolation threshold --lattice square --sizes 16,32,64,128 --runs 400 --json
  $ lmb percolation threshold --lattice sc --bond --sizes 8,12,16,24 --plot fss

Fits the mean first-spanning fraction p̄(L) = p_c + a·L^(−1/ν) (ν = 4/3 in 2D, 0.8765 in 3D),
with a correction term b·L^(−1/ν−1) from 4 sizes on, by weighted least squares; size i runs with
seed + 7919·i, exactly as estimateThreshold does. 3D site p̄(L) is non-monotonic at small L:
give 4 or more sizes there (e.g. 8,16,32,64).`;

/** Smallest size a threshold is computed from. */
const MINIMUM_SIZE = 8;

/**
 * Parses `--sizes 16,32,64`: at least 3 distinct integers ≥ 8, sorted.
 *
 * @throws LmbError `E_INVALID_INPUT` for fewer than 3 sizes, a size below 8 or a repeat
 * @example thresholdSizes("32,16,64"); // [16, 32, 64]
 */
export function thresholdSizes(text: string): number[] {
  const sizes = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) =>
      integerOption(s, "--sizes", MINIMUM_SIZE, 65536, "finite-size scaling needs L ≥ 8"),
    );
  if (sizes.length < 3) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `--sizes ${text} gives ${sizes.length} size(s); finite-size scaling needs at least 3`,
      {
        location: { source: "--sizes" },
        fix: "give three or more sizes, e.g. --sizes 16,32,64",
      },
    );
  }
  if (new Set(sizes).size !== sizes.length) {
    throw new LmbError("E_INVALID_INPUT", `--sizes ${text} repeats a size`, {
      location: { source: "--sizes" },
      fix: "give distinct sizes, e.g. --sizes 16,32,64",
    });
  }
  return sizes.sort((a, b) => a - b);
}

/**
 * `lmb percolation threshold`: p_c by finite-size scaling over several lattice sizes, each run on
 * worker threads, compared with the best-known value.
 *
 * @example
 * // lmb percolation threshold --lattice bcc --sizes 16,32,64
 */
export function thresholdCommand(io: CliIo) {
  return new Command("threshold")
    .description("percolation threshold p_c ± σ by finite-size scaling, against the literature")
    .addOption(latticeOption())
    .option("--sizes <list>", "lattice sizes L, at least 3 (≥ 8)", "16,32,64")
    .option("--runs <n>", "sweeps per size", "200")
    .addOption(seedOption())
    .option("--bond", "bond percolation (default: site)")
    .addOption(threadsOption())
    .addOption(plotOption("p̄(L) against L^(−1/ν) with the extrapolation"))
    .addOption(jsonOption("ThresholdEstimateResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      // refused before any work starts
      const plotPath = options.plot === undefined ? undefined : plotTarget(options.plot);
      const sizes = thresholdSizes(options.sizes);
      const runs = integerOption(options.runs, "--runs", 10, 1_000_000, "error bars need runs");
      const seed = integerOption(options.seed, "--seed", -(2 ** 31), 2 ** 31 - 1);
      const mode = options.bond ? "bond" : "site";
      const threads =
        options.threads === undefined
          ? undefined
          : integerOption(options.threads, "--threads", 1, 256);
      const largest = sizes[sizes.length - 1] as number;
      checkMemory(
        latticeBytes(options.lattice, largest, largest, mode, threads),
        `a ${options.lattice} ${mode} lattice of size ${largest}`,
        "use smaller --sizes, or fewer --threads",
      );
      const sims: LatticeSimulation[] = [];
      for (const [i, size] of sizes.entries()) {
        sims.push(
          await runLatticeSimulation(
            {
              lattice: options.lattice,
              mode,
              size,
              runs,
              seed: seed + 7919 * i,
              ...(threads === undefined ? {} : { threads }),
            },
            progressBar(io, options.json, `L = ${size} (${i + 1}/${sizes.length})`),
          ),
        );
      }
      const result = thresholdEstimateJson(
        fitThreshold({ lattice: options.lattice, mode }, sims),
        seed,
      );
      writeResult(io, options.json, ThresholdEstimateResultSchema, result, () => {
        const lit = result.literature;
        return (
          formatTable([
            ["lattice", `${LATTICES[result.lattice].title}, ${result.mode} percolation`],
            ["p_c", `${v(result.threshold, 5)}  (95 %)`],
            [
              "fit",
              `${result.relation}, ν = ${formatCount(result.nu, 4)}, χ² = ${formatCount(result.chiSquare, 3)} (${result.degreesOfFreedom} dof)`,
            ],
            ["literature", `${formatCount(lit.value, 8)} (${lit.source})`],
            [
              "z",
              `${(lit.zScore ?? 0).toFixed(2)} (${Math.abs(lit.zScore ?? 0) <= 2 ? "agrees within 2 standard errors" : "more than 2 standard errors off"})`,
            ],
          ]) +
          "\n" +
          formatTable([
            ["L", "runs", "mean p_span", "R_L = ½", "R_L = R_next"],
            ...result.sizes.map((s) => [
              String(s.size),
              String(s.runs),
              v(s.spanningFraction, 5),
              s.halfCrossing === undefined ? "—" : formatCount(s.halfCrossing, 5),
              s.crossingWithNext === undefined ? "—" : formatCount(s.crossingWithNext, 5),
            ]),
          ]) +
          warningLines(result.warnings)
        );
      });
      if (plotPath !== undefined) await writePlot(result.plot, plotPath);
    });
}
