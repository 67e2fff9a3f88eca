import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import {
  LATTICES,
  largestClusterCurve,
  latticeSimulationJson,
  spanningAxis,
} from "@lmb/percolation";
import { LatticeSimulationResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { thinIndices, v, warningLines, withError } from "./formatPercolation.js";
import { checkMemory, latticeBytes } from "./memoryBudget.js";
import {
  fractionList,
  integerOption,
  latticeOption,
  seedOption,
  threadsOption,
} from "./percolationOptions.js";
import { plotTarget } from "./plotTarget.js";
import { progressBar } from "./progressBar.js";
import { runLatticeSimulation } from "./runLatticeSimulation.js";

const EXAMPLES = `
Examples:
  $ lmb percolation simulate --lattice sc --size 64 --runs 200 --seed 1
  $ lmb percolation simulate --lattice sc --size 128 --slab 8 --runs 100 --plot slab
  $ lmb percolation simulate --lattice square --size 256 --bond --json
  $ lmb percolation simulate --lattice sc --size 32 --clusters
  $ lmb percolation simulate --lattice sc --size 64 --slab 4 --axis x

Newman–Ziff sweeps (union–find, one random order per run) on a film periodic laterally and open
along the spanning axis; R(p) is the canonical spanning probability (binomial convolution).
p̄(L) is shifted from p_c by ∝ L^(−1/ν): use "lmb percolation threshold" for p_c itself.`;

/**
 * `lmb percolation simulate`: Newman–Ziff lattice percolation on worker threads
 * (`simulateLatticeParallel`), printing p̄(L), the spanning curve and the literature p_c.
 *
 * @example
 * // lmb percolation simulate --lattice sc --size 64 --runs 200 --seed 1
 */
export function simulateCommand(io: CliIo) {
  return new Command("simulate")
    .description("spanning probability R(p) and mean spanning fraction of a lattice film")
    .addOption(latticeOption())
    .option("--size <L>", "lateral size L in sites", "32")
    .option("--runs <n>", "independent sweeps", "200")
    .addOption(seedOption())
    .option("--slab <H>", "film thickness H in sites along the spanning axis (default: L, a cube)")
    .addOption(
      new Option(
        "--axis <axis>",
        "spanning axis: z (3D) / y (2D) crosses the film; with --slab, x or y crosses it in its plane (site percolation)",
      ).choices(["x", "y", "z"] as const),
    )
    .option("--bond", "bond percolation (default: site)")
    .option(
      "--clusters [runs]",
      "also the largest cluster's share P_max(p) from full sweeps of the first runs (site only; default 20)",
    )
    .option("--fractions <list>", 'occupation probabilities for R(p), "0.3,0.31" or "0.25:0.35:21"')
    .addOption(threadsOption())
    .addOption(plotOption("R(p) with error bars and the literature p_c"))
    .addOption(jsonOption("LatticeSimulationResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      // refused before any work starts
      const plotPath = options.plot === undefined ? undefined : plotTarget(options.plot);
      const lattice = LATTICES[options.lattice];
      const size = integerOption(options.size, "--size", 4, 65536, "a threshold needs L ≥ 4");
      const runs = integerOption(options.runs, "--runs", 2, 1_000_000);
      const seed = integerOption(options.seed, "--seed", -(2 ** 31), 2 ** 31 - 1);
      const thickness =
        options.slab === undefined ? size : integerOption(options.slab, "--slab", 2, 65536);
      const axis = spanningAxis(lattice.dimension);
      let inPlane = false;
      if (options.axis !== undefined && options.axis !== axis) {
        if (lattice.dimension === 2 && options.axis === "z") {
          throw new LmbError("E_INVALID_INPUT", `--axis z on the 2D ${options.lattice} lattice`, {
            location: { source: "--axis" },
            fix: "a 2D film spans along x or y",
          });
        }
        // A slab crossed in its plane: open along the chosen lateral axis (electrodes at its
        // ends), free faces across the thickness (inPlaneSiteSweep). In a cube or square every
        // axis is equivalent (the lattices are symmetric under axis permutations), so there the
        // open axis is only relabelled: the numbers are the same.
        inPlane = options.slab !== undefined;
        if (inPlane && options.bond) {
          throw new LmbError(
            "E_NOT_SUPPORTED",
            `bond percolation along ${options.axis}, in the plane of a slab, is not yet supported`,
            {
              location: { source: "--axis" },
              fix: "drop --bond (in-plane spanning of slabs is site percolation), or drop --axis",
            },
          );
        }
      }
      const ps =
        options.fractions === undefined
          ? undefined
          : fractionList(options.fractions, "--fractions");
      const mode = options.bond ? "bond" : "site";
      const clusterRuns =
        options.clusters === undefined
          ? undefined
          : options.clusters === true
            ? Math.min(runs, 20)
            : integerOption(options.clusters, "--clusters", 2, runs, "at most --runs");
      if (clusterRuns !== undefined && inPlane) {
        throw new LmbError(
          "E_NOT_SUPPORTED",
          "--clusters: largest clusters are tracked for films crossed through their thickness only",
          { location: { source: "--clusters" }, fix: "drop --clusters or --axis" },
        );
      }
      if (clusterRuns !== undefined && mode === "bond") {
        throw new LmbError(
          "E_NOT_SUPPORTED",
          "--clusters: largest clusters are tracked for site percolation only",
          {
            location: { source: "--clusters" },
            fix: "drop --clusters or --bond",
          },
        );
      }
      const threads =
        options.threads === undefined
          ? undefined
          : integerOption(options.threads, "--threads", 1, 256);
      // --clusters: full sweeps in this thread keep parents, order, the largest-cluster record
      // and its float copy (4 + 4 + 4 + 8 bytes per site) besides the workers
      const sites = (lattice.dimension === 2 ? size : size * size) * thickness;
      checkMemory(
        latticeBytes(options.lattice, size, thickness, mode, threads) +
          (clusterRuns === undefined ? 0 : 20 * sites),
        `a ${options.lattice} ${mode} film ${size}${lattice.dimension === 3 ? ` × ${size}` : ""} × ${thickness}`,
        "use a smaller --size (or --slab), or fewer --threads",
      );
      const sim = await runLatticeSimulation(
        {
          lattice: options.lattice,
          mode,
          size,
          thickness,
          runs,
          seed,
          ...(inPlane ? { inPlane } : {}),
          ...(ps === undefined ? {} : { ps }),
          ...(threads === undefined ? {} : { threads }),
        },
        progressBar(io, options.json, `${options.lattice} L = ${size}`),
      );
      // Full sweeps with the same permutations as the first runs (serial; kept to a few runs).
      const largestCluster =
        clusterRuns === undefined
          ? undefined
          : largestClusterCurve({
              lattice: options.lattice,
              size,
              thickness,
              runs: clusterRuns,
              seed,
              p: sim.spanning.p,
            });
      const json = latticeSimulationJson(sim, {
        ...(threads === undefined ? {} : { threads }),
        ...(largestCluster === undefined ? {} : { largestCluster }),
      });
      const chosen = options.axis ?? json.axis;
      const others = (lattice.dimension === 2 ? ["x", "y"] : ["x", "y", "z"]).filter(
        (a) => a !== chosen,
      );
      const result = {
        ...json,
        axis: chosen,
        boundaries: inPlane
          ? json.boundaries
              .replace(/^open along x/, `open along ${chosen}`)
              .replace(
                /periodic along y/,
                `periodic along ${others.find((a) => a !== axis) ?? "y"}`,
              )
          : `periodic along ${others.join(" and ")}, open along ${chosen} (electrode faces)`,
      };
      writeResult(io, options.json, LatticeSimulationResultSchema, result, () => {
        const lit = result.literature;
        return (
          formatTable([
            ["lattice", `${result.latticeTitle}, ${result.mode} percolation`],
            [
              "film",
              `${result.size}${result.dimension === 3 ? ` × ${result.size}` : ""} × ${result.thickness} (${result.boundaries}), N = ${result.elements}`,
            ],
            ["runs", `${result.runs} (seed ${result.seed})`],
            ["mean p_span", v(result.spanningFraction)],
            [
              "spread",
              `SD ${formatCount(result.spanningFractionStatistics.standardDeviation, 3)}, median ${formatCount(result.spanningFractionStatistics.median, 4)}`,
            ],
            [
              "literature p_c",
              `${formatCount(lit.value, 7)} (${lit.source})${lit.zScore === undefined ? "" : `, z = ${lit.zScore.toFixed(1)} (the mean is shifted ∝ L^(−1/ν))`}`,
            ],
          ]) +
          "\n" +
          formatTable([
            ["p", "R(p)", ...(result.largestCluster === undefined ? [] : ["P_max(p)"])],
            ...thinIndices(result.spanning.length).map((i) => {
              const s = result.spanning[i] as (typeof result.spanning)[number];
              const c = result.largestCluster?.points[i];
              return [
                formatCount(s.p, 4),
                withError(s.probability, s.standardError),
                ...(c === undefined ? [] : [withError(c.fraction, c.standardError)]),
              ];
            }),
          ]) +
          warningLines(result.warnings)
        );
      });
      if (plotPath !== undefined) await writePlot(result.plot, plotPath);
    });
}
