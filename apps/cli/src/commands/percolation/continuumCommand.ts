import { Command } from "@commander-js/extra-typings";
import { continuumPercolationJson } from "@lmb/percolation";
import type { ContinuumJob } from "@lmb/percolation/node";
import { ContinuumPercolationResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { thinIndices, v, warningLines, withError } from "./formatPercolation.js";
import { particleLayerOptions, particleText, resolveParticleLayer } from "./particleOptions.js";
import { fractionList } from "./percolationOptions.js";
import { plotTarget } from "./plotTarget.js";
import { progressBar } from "./progressBar.js";
import { runContinuumJobs } from "./runContinuumJobs.js";

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
  return particleLayerOptions(
    new Command("continuum").description(
      "does a thin layer of metal particles conduct? crossing probability and wired surface",
    ),
    {
      thickness: "10 d",
      lateral: "lateral size of the simulated patch, in particle diameters",
      runs: "Monte Carlo runs",
    },
  )
    .option("--fractions <list>", 'metal volume fractions for the curves, "0.1,0.2" or "0:0.4:21"')
    .option("--no-wired", "skip the wired-surface fraction Q(φ)")
    .addOption(plotOption("P(crossing) and Q against φ"))
    .addOption(jsonOption("ContinuumPercolationResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      // refused before any work starts
      const plotPath = options.plot === undefined ? undefined : plotTarget(options.plot);
      const layer = resolveParticleLayer(options, { slabs: options.wired ? 3 : 1 });
      const { particles, thickness: h, lateral, runs, seed } = layer;
      const fractions =
        options.fractions === undefined
          ? undefined
          : fractionList(options.fractions, "--fractions");
      const layers = Math.max(1, Math.round(h));
      const core = particles.shape.coreVolumeRatio;
      const described = particles.library;
      // On a worker thread with one progress bar over all runs (crossing, conduction along the
      // layer, then Q); Ctrl-C stops the worker and nothing is printed but the error.
      const sideRuns = Math.min(runs, 20);
      const inPlaneRuns = h >= 0.5 ? sideRuns : 0;
      const allRuns = runs + inPlaneRuns + (options.wired ? sideRuns : 0);
      const bar = progressBar(io, options.json, `continuum h = ${formatCount(h, 3)} d`);
      const json = await (async () => {
        const crossingJob = {
          kind: "crossing",
          options: { ...described, lateral, thickness: h, runs, seed },
        } as const satisfies ContinuumJob;
        // conduction along the layer, for the same particles (a path between the patch's ends)
        const inPlaneJob = {
          kind: "inPlane",
          options: { ...described, thickness: h, lateral, runs: sideRuns, seed },
        } as const satisfies ContinuumJob;
        const span = { before: 0, total: allRuns };
        const [result, inPlane] =
          inPlaneRuns > 0
            ? await runContinuumJobs([crossingJob, inPlaneJob], bar, span)
            : [(await runContinuumJobs([crossingJob], bar, span))[0], undefined];
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
        if (!options.wired || qFractions.length === 0) return base;
        const wiredJob = {
          kind: "wired",
          options: {
            ...described,
            thickness: h,
            lateral,
            runs: sideRuns,
            seed,
            fractions: qFractions,
          },
        } as const satisfies ContinuumJob;
        const [wired] = await runContinuumJobs([wiredJob], bar, {
          before: runs + inPlaneRuns,
          total: allRuns,
        });
        return continuumPercolationJson(result, {
          ...common,
          fractions: base.crossing.map((c) => c.p),
          wired,
        });
      })().finally(() => bar.done());
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
      if (plotPath !== undefined) await writePlot(json.plot, plotPath);
    });
}
