import { Command } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import {
  continuumPercolationJson,
  inPlaneSpanning,
  penetrableSlabSpanning,
  wiredSurfaceFraction,
} from "@lmb/percolation";
import { ContinuumPercolationResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { numberOption } from "../nucleation/nucleationOptions.js";
import { thinIndices, v, warningLines, withError } from "./formatPercolation.js";
import { checkMemory, continuumBytes } from "./memoryBudget.js";
import { particleText, resolveParticles } from "./particleOptions.js";
import {
  aspectOption,
  fractionList,
  integerOption,
  seedOption,
  shapeOption,
} from "./percolationOptions.js";
import { plotTarget } from "./plotTarget.js";

const EXAMPLES = `
Examples:
  $ lmb percolation continuum --shape sphere --thickness "10 d"
  $ lmb percolation continuum --shape spheroid --aspect 5 --thickness "10 d" --plot spheroids
  $ lmb percolation continuum --thickness "20 nm" --diameter "5 nm" --lateral 40 --json
  $ lmb percolation continuum --core-shell 0.8 --thickness "5 d"
  $ lmb percolation continuum --polydisperse 0.3 --thickness "5 d"

Metal particles (freely overlapping, or core–shell: hard cores inside penetrable shells) are dropped into a slab (Li below, electrolyte above, periodic
laterally) until a path crosses it. Whether a path crosses somewhere depends on the area looked
at, so a thin layer has no single threshold: the result gives P(crossing) for the patch, the
bulk φ_c, the in-plane threshold (a path along the layer) and the share Q of the outer surface
wired to the Li (intensive: the input for Li loss per area).`;

/**
 * `lmb percolation continuum`: crossing of a thin layer of overlapping spheres or spheroids
 * (`penetrableSlabSpanning`), with the wired surface fraction of the voxel film.
 *
 * @example
 * // lmb percolation continuum --shape spheroid --aspect 5 --thickness "10 d"
 */
export function continuumCommand(io: CliIo) {
  return new Command("continuum")
    .description(
      "does a thin layer of metal particles conduct? crossing probability and wired surface",
    )
    .addOption(shapeOption())
    .addOption(aspectOption())
    .option(
      "--thickness <h>",
      'layer thickness: "10 d" (particle diameters) or a length with --diameter',
      "10 d",
    )
    .option(
      "--diameter <length>",
      'particle diameter, to give --thickness as a length, e.g. "5 nm"',
    )
    .option(
      "--lateral <diameters>",
      "lateral size of the simulated patch, in particle diameters",
      "20",
    )
    .option("--runs <n>", "Monte Carlo runs", "100")
    .addOption(seedOption())
    .option("--fractions <list>", 'metal volume fractions for the curves, "0.1,0.2" or "0:0.4:21"')
    .option(
      "--core-shell <ratio>",
      "hard-core/soft-shell particles: core diameter / particle diameter",
    )
    .option("--polydisperse <spread>", "relative standard deviation of the particle diameters")
    .option("--no-wired", "skip the wired-surface fraction Q(φ)")
    .addOption(plotOption("P(crossing) and Q against φ"))
    .addOption(jsonOption("ContinuumPercolationResult"))
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
      const runs = integerOption(options.runs, "--runs", 2, 100_000);
      const seed = integerOption(options.seed, "--seed", -(2 ** 31), 2 ** 31 - 1);
      const fractions =
        options.fractions === undefined
          ? undefined
          : fractionList(options.fractions, "--fractions");
      const layers = Math.max(1, Math.round(h));
      checkMemory(
        continuumBytes(lateral, h, particles.shape.volume) +
          (options.wired ? 2 * continuumBytes(lateral, h, particles.shape.volume) : 0),
        `a slab ${lateral} × ${lateral} × ${formatCount(h, 4)} diameters`,
        "use a smaller --lateral or --thickness",
      );
      const result = penetrableSlabSpanning({ lateral, thickness: h, runs, seed }, particles.shape);
      const core = particles.shape.coreVolumeRatio;
      const described = {
        shape:
          particles.description.shape === "sphere"
            ? ("sphere" as const)
            : { spheroid: particles.description.aspect },
        ...(particles.coreShell === undefined ? {} : { coreShell: particles.coreShell }),
        ...(particles.sizes === undefined ? {} : { sizes: particles.sizes }),
      };
      // conduction along the layer, for the same particles (a path between the patch's ends)
      const inPlane =
        h >= 0.5
          ? inPlaneSpanning({ ...described, thickness: h, lateral, runs: Math.min(runs, 20), seed })
          : undefined;
      const common = {
        ...(inPlane === undefined ? {} : { inPlane }),
        particles: particles.description,
        thickness: h,
        lateral,
        runs,
        seed,
        particleVolume: particles.shape.volume,
        ...(core === undefined ? {} : { coreVolumeRatio: core }),
      };
      const base = continuumPercolationJson(result, {
        ...common,
        ...(fractions === undefined ? {} : { fractions }),
      });
      // Q of the same particles, at fractions of the curve inside (0, 1)
      // (at the rows the table shows: Q costs a surface scan per fraction and run)
      const qFractions = thinIndices(base.crossing.length)
        .map((i) => (base.crossing[i] as { p: number }).p)
        .filter((p) => p > 0 && p < 1);
      const json =
        options.wired && qFractions.length > 0
          ? continuumPercolationJson(result, {
              ...common,
              fractions: base.crossing.map((c) => c.p),
              wired: wiredSurfaceFraction({
                ...described,
                thickness: h,
                lateral,
                runs: Math.min(runs, 20),
                seed,
                fractions: qFractions,
              }),
            })
          : base;
      writeResult(io, options.json, ContinuumPercolationResultSchema, json, () => {
        const p = json.particles;
        const wired = json.wiredFraction?.points;
        return (
          formatTable([
            ["particles", particleText(p)],
            [
              "layer",
              `${formatCount(json.thickness, 4)} diameters thick, ${json.lateral} × ${json.lateral} patch, ${json.runs} runs`,
            ],
            ["crossing φ", `${v(json.crossingFraction)}  (mean at the first crossing path)`],
            ["η", v(json.reducedDensity)],
            [
              "bulk φ_c",
              json.bulkThreshold === undefined
                ? "— (not tabulated for these particles)"
                : `${formatCount(json.bulkThreshold.value, 4)} (${json.bulkThreshold.source})`,
            ],
            [
              "in-plane φ_c",
              json.inPlaneThreshold === undefined
                ? "—"
                : `${v(json.inPlaneThreshold)}${json.inPlaneThreshold.model.startsWith("simple-cubic") ? ` (voxel film of ${layers} layers)` : " (metal fraction of the first path along the layer)"}`,
            ],
          ]) +
          "\n" +
          formatTable([
            ["φ", "P(crossing)", ...(wired === undefined ? [] : ["Q wired"])],
            ...thinIndices(json.crossing.length).map((i) => {
              const c = json.crossing[i] as (typeof json.crossing)[number];
              const q = wired?.find((w) => w.p === (json.crossing[i] as { p: number }).p)?.fraction;
              return [
                formatCount(c.p, 4),
                withError(c.probability, c.standardError),
                ...(q === undefined ? [] : [formatCount(q, 3)]),
              ];
            }),
          ]) +
          `note: ${json.note}\n` +
          warningLines(json.warnings)
        );
      });
      if (options.plot !== undefined) await writePlot(json.plot, plotTarget(options.plot));
    });
}
