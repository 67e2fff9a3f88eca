import { Command, Option } from "@commander-js/extra-typings";
import { analyzeCycling, cyclingAnalysisJson } from "@lmb/cells";
import { CyclingAnalysisResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import {
  areaSi,
  cathodeOption,
  cellKind,
  cellOption,
  cycleRange,
  electrodeOption,
  massSi,
  nominalCapacitySi,
  specificCapacitySi,
} from "./cyclingOptions.js";
import { formatAnalysis } from "./formatCycling.js";
import { readCyclingRecord } from "./readCyclingRecord.js";
import { writeCyclingPlots } from "./writeCyclingPlots.js";

const EXAMPLES = `
Examples:
  $ lmb cycling analyze lili.mpr --area "1.13 cm2"
  $ lmb cycling analyze licu.csv --cell li-cu --plot licu
  $ lmb cycling analyze lfp.ndax --mass "12 mg" --cycles 1-10 --plot lfp --json
  $ lmb cycling analyze ncm.csv --mass "12.3 mg" --cathode NCM
  $ lmb cycling analyze pouch.csv --nominal-capacity "2.1 Ah"
  $ lmb cycling analyze gr_li.res --cell half-cell --mass "3 mg" --specific-capacity "372 mAh/g"

Without --cell the cell type is guessed from the data (voltage range and sign, strips to a
cut-off, jumps to the instrument limit) and the guess is printed with its evidence. Li‖Li
(symmetric, asymmetric): plateau overpotential per half cycle and cycle (median |V| over
25–75 % of each half cycle's charge), nucleation, rate test, failure events. Li‖Cu: CE per cycle,
window averages, cycle life, and the reservoir (Adams 2018) average when the file follows that
protocol. Full cell: capacity, CE, energy, retention, fade, rate capability (C-rates from
--nominal-capacity, or --mass with --cathode or --specific-capacity). Half cell (graphite, Si
against Li): the same with each lithiation paired with the delithiation after it (CE =
delithiation/lithiation). --plot PREFIX writes
PREFIX-voltage.svg (with the events marked), the per-cycle picture and, with --cycles, a zoom.`;

/**
 * `lmb cycling analyze FILE`: a cycling record analysed as its cell type (`analyzeCycling` and
 * `cyclingAnalysisJson` of `@lmb/cells`).
 *
 * @example
 * // lmb cycling analyze lili.mpr --area "1.13 cm2" --plot lili
 */
export function analyzeCommand(io: CliIo) {
  return new Command("analyze")
    .description("analyse a cycling record as its cell type (guessed unless --cell)")
    .argument("<file>", 'cycling record (any format lmb reads), or "-" for standard input')
    .addOption(cellOption())
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (overrides the file\'s)')
    .option("--mass <quantity>", 'active mass of a full or half cell, e.g. "12.3 mg"')
    .addOption(cathodeOption())
    .option(
      "--specific-capacity <quantity>",
      'capacity per active mass that defines 1 C, e.g. "170 mAh/g" (overrides --cathode)',
    )
    .option(
      "--nominal-capacity <quantity>",
      'capacity that defines 1 C, e.g. "2 mAh" (overrides --mass-based 1 C)',
    )
    .addOption(electrodeOption())
    .addOption(
      new Option(
        "--boundaries <rule>",
        "half cycles from the current's sign only, or also split where the file's half-cycle/step column changes",
      )
        .choices(["current", "file"] as const)
        .default("current" as const),
    )
    .option("--cycles <range>", "cycles to tabulate and zoom into, e.g. 1-10")
    .option("--per-cm2", "per-cm² numbers are needed: warn when the area is unknown")
    .option(
      "--plot <prefix>",
      "write PREFIX-voltage.svg, PREFIX-<per-cycle>.svg (and -zoom-a-b with --cycles); .json prefix: Vega-Lite specs",
    )
    .addOption(jsonOption("CyclingAnalysisResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const area = areaSi(options.area);
      const activeMass = massSi(options.mass);
      const nominalCapacity = nominalCapacitySi(options.nominalCapacity);
      const specificCapacity = specificCapacitySi(options.specificCapacity);
      const fullCell = {
        ...(nominalCapacity === undefined ? {} : { nominalCapacity }),
        ...(specificCapacity === undefined ? {} : { specificCapacity }),
        ...(options.cathode === undefined ? {} : { cathode: options.cathode }),
        ...(options.electrode === undefined ? {} : { electrode: options.electrode }),
      };
      const range = options.cycles === undefined ? undefined : cycleRange(options.cycles);
      const cell = cellKind(options.cell);
      const record = await readCyclingRecord(file, io, { area, activeMass });
      const analysis = analyzeCycling(record, {
        ...(cell === undefined ? {} : { cell }),
        ...(area === undefined ? {} : { area }),
        ...(activeMass === undefined ? {} : { activeMass }),
        ...(options.perCm2 ? { perArea: true } : {}),
        boundaries: options.boundaries,
        fullCell,
      });
      const result = cyclingAnalysisJson(analysis, record, {
        label: record.label,
        ...(range === undefined ? {} : { zoom: range }),
      });
      writeResult(io, options.json, CyclingAnalysisResultSchema, result, () =>
        formatAnalysis(result, range),
      );
      if (options.plot !== undefined) await writeCyclingPlots(result.plots, options.plot, [file]);
    });
}
