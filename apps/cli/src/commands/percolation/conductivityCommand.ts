import { Command } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import {
  type ConductivityPoint,
  conductivityCurve,
  LATTICES,
  networkConductivityJson,
} from "@lmb/percolation";
import { NetworkConductivityResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { numberOption } from "../nucleation/nucleationOptions.js";
import { v, warningLines, withError } from "./formatPercolation.js";
import { checkMemory, networkBytes } from "./memoryBudget.js";
import { fractionList, integerOption, latticeOption, seedOption } from "./percolationOptions.js";
import { plotTarget } from "./plotTarget.js";
import { progressBar } from "./progressBar.js";

const EXAMPLES = `
Examples:
  $ lmb percolation conductivity --lattice sc --size 16
  $ lmb percolation conductivity --lattice square --size 64 --ratio 1e-8 --fractions 0.62:0.9:8
  $ lmb percolation conductivity --lattice sc --size 24 --runs 8 --plot rrn --json

Random resistor network on a site-percolation film between two electrodes: bonds between two
metal sites conduct 1, all others the --ratio σ_NM/σ_M; Kirchhoff's equations are solved by
preconditioned conjugate gradients. t is fitted to log σ against log(p − p_c) above p_c
(≈ 2.0 in 3D, 1.3 in 2D; small L bias it low).`;

/** Default fractions: two below p_c and seven from p_c + 0.05 to p_c + 0.35. */
function defaultFractions(pc: number): number[] {
  const below = [pc - 0.1, pc - 0.03];
  const above = [0.05, 0.08, 0.12, 0.16, 0.2, 0.27, 0.35].map((d) => pc + d);
  return [...below, ...above].filter((p) => p > 0 && p <= 1).map((p) => Number(p.toFixed(4)));
}

/**
 * `lmb percolation conductivity`: σ_eff/σ_M of random resistor networks against the metal
 * fraction (`conductivityCurve`) and the conductivity exponent.
 *
 * @example
 * // lmb percolation conductivity --lattice sc --size 16 --ratio 1e-6
 */
export function conductivityCommand(io: CliIo) {
  return new Command("conductivity")
    .description("effective conductivity σ_eff(p) of a random resistor network and the exponent t")
    .addOption(latticeOption())
    .option("--size <L>", "lateral size L in sites", "16")
    .option("--slab <H>", "film thickness H in sites (default: L)")
    .option(
      "--ratio <r>",
      "conductance ratio σ_NM/σ_M of non-metal bonds, in [0, 1) (0: a perfect insulator)",
      "1e-6",
    )
    .option(
      "--fractions <list>",
      'metal site fractions, "0.35,0.4" or "0.35:0.7:8" (default: around p_c)',
    )
    .option("--runs <n>", "random networks per fraction", "4")
    .addOption(seedOption())
    .addOption(plotOption("log σ_eff against p with the fitted power law"))
    .addOption(jsonOption("NetworkConductivityResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      // refused before any work starts
      const plotPath = options.plot === undefined ? undefined : plotTarget(options.plot);
      const lattice = LATTICES[options.lattice];
      const size = integerOption(options.size, "--size", 4, 4096);
      const thickness =
        options.slab === undefined ? size : integerOption(options.slab, "--slab", 2, 4096);
      const ratio = numberOption(options.ratio, "--ratio");
      if (!(ratio >= 0 && ratio < 1)) {
        throw new LmbError("E_INVALID_INPUT", `--ratio ${options.ratio} must lie in [0, 1)`, {
          location: { source: "--ratio" },
          fix: "give σ_NM/σ_M, e.g. 1e-6 (0 for a perfect insulator)",
        });
      }
      const runs = integerOption(options.runs, "--runs", 1, 10_000);
      const seed = integerOption(options.seed, "--seed", -(2 ** 31), 2 ** 31 - 1);
      const fractions =
        options.fractions === undefined
          ? defaultFractions(lattice.siteThreshold.value)
          : fractionList(options.fractions, "--fractions");
      checkMemory(
        networkBytes(options.lattice, size, thickness),
        `a resistor network of ${size}${lattice.dimension === 3 ? ` × ${size}` : ""} × ${thickness} sites`,
        "use a smaller --size",
      );
      // One fraction at a time, so the progress bar moves and Ctrl-C is served between solves.
      const bar = progressBar(io, options.json, `${options.lattice} L = ${size}`);
      const points: ConductivityPoint[] = [];
      try {
        for (const [i, p] of fractions.entries()) {
          const [point] = conductivityCurve({
            lattice: options.lattice,
            size,
            thickness,
            p: [p],
            runs,
            contrast: ratio,
            seed: seed + 104_729 * i,
          });
          points.push(point as ConductivityPoint);
          bar.update(i + 1, fractions.length);
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        bar.done();
      }
      const result = networkConductivityJson(points, {
        lattice: options.lattice,
        size,
        thickness,
        runs,
        seed,
        ratio,
      });
      writeResult(io, options.json, NetworkConductivityResultSchema, result, () => {
        const t = result.exponent;
        const e = result.expectedExponent;
        return (
          formatTable([
            [
              "network",
              `${lattice.title}, ${size}${lattice.dimension === 3 ? ` × ${size}` : ""} × ${thickness} sites, σ_NM/σ_M = ${formatCount(ratio, 3)}, ${runs} runs per fraction`,
            ],
            ["p_c", `${formatCount(result.threshold, 6)} (site, literature)`],
            [
              "t",
              t === undefined
                ? "— (fewer than 3 fractions above p_c)"
                : `${v(t, 3)}  over p = ${formatCount(result.exponentWindow?.lower ?? 0, 3)}–${formatCount(result.exponentWindow?.upper ?? 0, 3)}`,
            ],
            [
              "universal t",
              `${e.value} (${e.source})${e.zScore === undefined ? "" : `, z = ${e.zScore.toFixed(1)}`}`,
            ],
          ]) +
          "\n" +
          formatTable([
            ["p", "σ_eff/σ_M"],
            ...result.points.map((q) => [
              formatCount(q.p, 4),
              withError(q.conductivity, q.standardError),
            ]),
          ]) +
          warningLines(result.warnings)
        );
      });
      if (plotPath !== undefined) await writePlot(result.plot, plotPath);
    });
}
