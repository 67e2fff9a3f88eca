import { Command } from "@commander-js/extra-typings";
import {
  nucleationOverpotential,
  nucleationOverpotentialJson,
  nucleationOverpotentialSeries,
  nucleationOverpotentialSeriesJson,
} from "@lmb/nucleation";
import {
  NucleationOverpotentialResultSchema,
  NucleationOverpotentialSeriesResultSchema,
} from "@lmb/schemas";
import { area as areaKind } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { printWarnings } from "../kinetics/printWarnings.js";
import { e, q } from "./formatNucleation.js";
import { readPlatingRecord, recordArea } from "./readNucleationData.js";

const EXAMPLES = `
Examples:
  $ lmb nucleation overpotential licu.mpr --area "1.13 cm2"
  $ lmb nucleation overpotential j05.csv j1.csv j2.csv --area "1.13 cm2" --plot eta.svg

FILE is a galvanostatic record (time, voltage, current) that includes the first plating step.
The tip is the extreme voltage in the current's direction within the first 25 % of the step; the
plateau the median voltage over 25–50 % of the time after the tip; η_nuc = |V_tip| − |V_plateau|.
With several files (one per current density) the result is η_nuc against j; each file needs an
area (--area, or the file's).`;

/**
 * `lmb nucleation overpotential FILE…`: nucleation overpotential of the first plating step of one
 * record, or η_nuc against current density over several (`nucleationOverpotential`,
 * `nucleationOverpotentialSeries` and their `…Json` converters of `@lmb/nucleation`).
 *
 * @example
 * // lmb nucleation overpotential licu.csv --area "1.13 cm2"
 */
export function overpotentialCommand(io: CliIo) {
  return new Command("overpotential")
    .description("nucleation overpotential of the first plating step (one file, or η_nuc vs j)")
    .argument(
      "<files...>",
      "galvanostatic records (time, voltage, current), one per current density",
    )
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (overrides the files)')
    .addOption(
      plotOption("the step's voltage with tip and plateau (one file) or η against j (several)"),
    )
    .addOption(jsonOption("NucleationOverpotentialResult (one file) or …SeriesResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (files, options) => {
      const area =
        options.area === undefined
          ? undefined
          : quantityOption(options.area, "--area", areaKind).si;
      if (files.length === 1) {
        const file = files[0] as string;
        const record = await readPlatingRecord(file, io, area);
        const { time, voltage, current } = record.columns;
        const reading = nucleationOverpotential(time, voltage, current);
        const s = area ?? record.metadata.area;
        const result = nucleationOverpotentialJson(reading, {
          label: record.label,
          ...(s === undefined ? {} : { area: s }),
          trace: { time, voltage },
        });
        writeResult(io, options.json, NucleationOverpotentialResultSchema, result, () => {
          const step = result.step;
          return (
            formatTable([
              ["η_nuc", e(result.nucleationOverpotential), result.relation],
              ["plateau", e(result.plateauOverpotential), "growth overpotential |V_plateau|"],
              [
                "tip",
                e(result.tipOverpotential),
                `at ${q(result.tipTime)} (V = ${q(result.tipVoltage)})`,
              ],
              [
                "step",
                `${q(step.start)} – ${q(step.end)}, ${step.direction}`,
                `I = ${q(step.meanCurrent)}${step.currentDensity === undefined ? "" : ` (${q(step.currentDensity)})`}`,
              ],
            ]) + printWarnings(result.warnings)
          );
        });
        if (options.plot !== undefined && result.plot !== undefined) {
          await writePlot(result.plot, options.plot, files);
        }
        return;
      }
      const records = [];
      for (const file of files) {
        const record = await readPlatingRecord(file, io, area);
        records.push({
          ...record.columns,
          area: recordArea(file, area, record),
          label: record.label,
        });
      }
      const result = nucleationOverpotentialSeriesJson(nucleationOverpotentialSeries(records));
      writeResult(io, options.json, NucleationOverpotentialSeriesResultSchema, result, () => {
        const mV = (x: { value: number }) => formatCount(x.value, 4);
        return (
          formatTable([
            ["file", "j (mA cm⁻²)", "η_nuc (mV)", "plateau (mV)", "tip (mV)"],
            ...result.rows.map((r) => [
              r.source ?? "",
              formatCount(r.currentDensity.value, 4),
              mV(r.nucleationOverpotential),
              mV(r.plateauOverpotential),
              mV(r.tipOverpotential),
            ]),
          ]) +
          printWarnings([
            ...result.rows.flatMap((r) =>
              r.warnings.map((w) => ({ ...w, message: `${r.source}: ${w.message}` })),
            ),
            ...result.warnings,
          ])
        );
      });
      if (options.plot !== undefined) await writePlot(result.plot, options.plot, files);
    });
}
