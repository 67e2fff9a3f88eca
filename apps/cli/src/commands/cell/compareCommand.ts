import { Command, Option } from "@commander-js/extra-typings";
import { compareSymmetricAsymmetric } from "@lmb/cells";
import {
  type SymmetricAsymmetricComparisonResultJson,
  SymmetricAsymmetricComparisonResultSchema,
} from "@lmb/schemas";
import { length } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { writeCyclingPlots } from "../cycling/writeCyclingPlots.js";
import { jsonOption } from "../jsonOption.js";
import { fractionOption } from "../percolation/percolationOptions.js";
import { progressBar } from "../percolation/progressBar.js";
import {
  type ComparisonInputOptions,
  comparisonInputOptions,
  comparisonInputs,
} from "./comparisonInputs.js";
import { gridOption } from "./gridOption.js";

const EXAMPLES = `
Examples:
  $ lmb cell compare-symmetric-asymmetric
  $ lmb cell compare-symmetric-asymmetric --fraction 0.2 --plot cmp
  $ lmb cell compare-symmetric-asymmetric --interphase interphase.json --thin "100 um,50 um,20 um" --json
  $ lmb cell compare-symmetric-asymmetric --protocol "(Plate at 0.5 mA cm-2 for 2 h, Strip at 0.5 mA cm-2 for 2 h) x 100" --fractions none

Simulates the same interphase in a symmetric Li‖Li cell and in asymmetric ones (thick counter,
thin working electrode) under the same protocol (SCIENCE.md §7; Su et al., EES Batteries 1, 242
(2025)): a symmetric cell hides Li loss as rising polarisation, an asymmetric cell's thin electrode
runs out and the voltage goes to the limit. --fractions sweeps the metal fraction (list, or
FROM..TO:N; "none" to skip) to show the depletion time falling through V_p. --plot PREFIX writes
PREFIX-traces.svg and PREFIX-depletion.svg (.json: the Vega-Lite specs).`;

const h = (x: number) => formatCount(x, 4);

/** The human-readable report of a comparison. */
export function formatComparison(r: SymmetricAsymmetricComparisonResultJson): string {
  const i = r.interphase;
  const metal =
    i.metalFraction === null
      ? "no metal"
      : `V_f = ${i.metalFraction}, aspect ratio ${i.aspectRatio}, V_p = ${formatCount(i.percolationThreshold ?? Number.NaN, 3)} (${i.percolating ? "percolating" : "not percolating"})`;
  let text = formatTable([
    ["interphase", metal],
    [
      "",
      `σ_e = ${formatCount(i.electronicConductivity, 3)} S m⁻¹, Li loss ${formatCount(i.initialLeakageCurrentDensity, 3)} mA cm⁻² per Li surface at the start`,
    ],
    [
      "protocol",
      `${r.protocol.steps} steps, ${h(r.protocol.duration)} h: ${r.protocol.text.replace(/\s+/g, " ").trim()}`,
    ],
  ]);
  text += `\n${formatTable([
    ["cell", "kind", "end", "Li ran out", "polarisation (mV)", "Li to interphase"],
    ...r.cells.map((c) => [
      c.label,
      c.kind,
      c.endReason,
      c.depletion === null ? "—" : `${h(c.depletion.time)} h (cycle ${c.depletion.cycle + 1})`,
      `${Math.round(c.polarisation.initial)} → ${Math.round(c.polarisation.final)}`,
      `${formatCount(c.lithiumLost.interphase, 3)} mAh cm⁻²`,
    ]),
  ])}`;
  const sweep = r.fractionSweep;
  if (sweep !== null) {
    text += `\ntime until Li ran out against V_f (h; — = not within the protocol; V_p = ${formatCount(i.percolationThreshold ?? Number.NaN, 3)}):\n`;
    text += formatTable([
      ["V_f", ...r.cells.map((c) => c.label)],
      ...sweep.fractions.map((f, k) => [
        String(f),
        ...sweep.depletionTime.map((row) => {
          const t = row[k];
          return t === null || t === undefined ? "—" : h(t);
        }),
      ]),
    ]);
  }
  return `${text}\n${r.conclusion}\n`;
}

/**
 * `lmb cell compare-symmetric-asymmetric`: one interphase in a symmetric and in asymmetric Li‖Li
 * cells under one protocol (`compareSymmetricAsymmetric` of `@lmb/cells`).
 *
 * @example
 * // lmb cell compare-symmetric-asymmetric --fraction 0.35 --plot cmp
 */
export function compareCommand(io: CliIo) {
  const command = new Command("compare-symmetric-asymmetric").description(
    "why symmetric cells mislead: one interphase in symmetric and asymmetric Li‖Li cells",
  );
  for (const option of comparisonInputOptions()) command.addOption(option);
  return command
    .addOption(
      new Option("--thick <thickness>", "thick (counter) Li of every cell").default("100 um"),
    )
    .addOption(
      new Option(
        "--thin <list>",
        "working Li of each cell, comma-separated; one equal to --thick is the symmetric cell",
      ).default("100 um,50 um,20 um"),
    )
    .addOption(
      new Option(
        "--fractions <list>",
        'metal fractions for the depletion sweep: "0.1,0.2", FROM..TO:N, or "none" (default 0..0.6:31 when the interphase has metal)',
      ),
    )
    .addOption(new Option("--plot <prefix>", "write PREFIX-traces.svg and PREFIX-depletion.svg"))
    .addOption(jsonOption("SymmetricAsymmetricComparisonResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      // the input options are added in a loop above, so commander's types do not list them
      const inputs = await comparisonInputs(options as ComparisonInputOptions, io);
      const thick = quantityOption(options.thick, "--thick", length).si;
      const thin = options.thin
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "")
        .map((s) => quantityOption(s, "--thin", length).si);
      const sweep =
        options.fractions ?? (inputs.interphase.metal === undefined ? "none" : "0..0.6:31");
      const fractions =
        sweep.trim().toLowerCase() === "none"
          ? []
          : gridOption(sweep, "--fractions", (t) => fractionOption(t, "--fractions"));
      const bar = progressBar(io, options.json, "cells");
      let result: SymmetricAsymmetricComparisonResultJson;
      try {
        result = compareSymmetricAsymmetric({
          ...inputs,
          thick,
          thin,
          fractions,
          onProgress: (done, total) => bar.update(done, total),
        });
      } finally {
        bar.done();
      }
      writeResult(io, options.json, SymmetricAsymmetricComparisonResultSchema, result, () =>
        formatComparison(result),
      );
      if (options.plot !== undefined) {
        const plots = [{ name: "traces", title: "voltage traces", spec: result.plots.traces }];
        if (result.plots.depletion !== null) {
          plots.push({ name: "depletion", title: "depletion time", spec: result.plots.depletion });
        }
        await writeCyclingPlots(plots, options.plot, []);
      }
    });
}
