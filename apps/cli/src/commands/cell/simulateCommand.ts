import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Command } from "@commander-js/extra-typings";
import { cellSimulationPlots, simulateCell } from "@lmb/cells";
import { LmbError } from "@lmb/errors";
import { toCsv } from "@lmb/io";
import { type CellConfig, CellSimulationResultSchema } from "@lmb/schemas";
import { time } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { writeResult } from "../../output/writeResult.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { formatSimulation } from "./formatSimulation.js";
import { readCellConfig, readProtocol } from "./readCellInputs.js";

const EXAMPLES = `
Examples:
  $ lmb cell simulate thin-li.json --protocol "(Strip at 1 mA cm-2 for 1 mAh cm-2, Plate at 1 mA cm-2 for 1 mAh cm-2) x 500"
  $ lmb cell simulate licu.json --protocol "(Plate at 0.5 mA cm-2 for 1 h, Strip at 0.5 mA cm-2 until 0.5 V) x 50" --out licu.csv
  $ lmb cell simulate lfp.json --protocol @cycling.txt --plot lfp --json
  $ lmb cycling analyze licu.csv        # the trace reads like an instrument file

CONFIG is a CellConfig (JSON Schema: @lmb/schemas/json-schema/CellConfig.json): area, working
and counter electrode (Li foil, Cu, cathode), electrolyte, interphase, CE. The protocol is
text (lmb's protocol syntax) or @FILE (text, or a CellProtocol .json). --out writes the trace as
CSV (the writer of "lmb read --to csv"); --plot PREFIX writes PREFIX-voltage.svg and
PREFIX-lithium.svg (.json prefix: Vega-Lite specs).`;

/**
 * `lmb cell simulate CONFIG --protocol "…"`: simulates a Li-metal cell (`simulateCell` of
 * `@lmb/cells`) and prints how it ended and where the Li went; `--out` writes the voltage trace,
 * `--plot` the pictures, `--json` the `CellSimulationResult`.
 *
 * @example
 * // lmb cell simulate cell.json --protocol "(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 100"
 */
export function simulateCommand(io: CliIo) {
  return new Command("simulate")
    .description("simulate a Li-metal cell through a protocol: voltage, Li inventories, failure")
    .argument("<config>", 'cell config JSON (CellConfig), or "-" for standard input')
    .requiredOption("--protocol <text>", "protocol text, or @FILE (text or CellProtocol .json)")
    .option("--out <path>", "write the simulated trace as CSV (SI columns, units in the headers)")
    .option("--points-per-step <n>", "points per step, evenly spaced in time", "60")
    .option("--sampling-interval <quantity>", 'time between points instead, e.g. "10 s"')
    .option("--plot <prefix>", "write PREFIX-voltage.svg and PREFIX-lithium.svg (.json: specs)")
    .addOption(jsonOption("CellSimulationResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (configPath, options) => {
      for (const [flag, path] of [
        ["--out", options.out],
        ["--plot", options.plot],
      ] as const) {
        if (path !== undefined && configPath !== "-" && resolve(path) === resolve(configPath)) {
          throw new LmbError("E_USAGE", `${flag} ${path} is the input file`, {
            location: { source: flag },
            fix: "write to another path; lmb never overwrites an input file",
          });
        }
      }
      const pointsPerStep = Number(options.pointsPerStep);
      const samplingInterval =
        options.samplingInterval === undefined
          ? undefined
          : quantityOption(options.samplingInterval, "--sampling-interval", time).si;
      const config = (await readCellConfig(configPath, io)) as CellConfig;
      const protocol = await readProtocol(options.protocol);
      const sim = simulateCell(config, protocol, {
        pointsPerStep,
        ...(samplingInterval === undefined ? {} : { samplingInterval }),
      });
      if (options.out !== undefined) await writeFile(options.out, toCsv(sim.data));
      if (options.plot !== undefined) {
        const plots = cellSimulationPlots(sim);
        const json = options.plot.toLowerCase().endsWith(".json");
        const base = options.plot.replace(/\.(svg|json)$/i, "");
        for (const [name, spec] of Object.entries(plots)) {
          await writePlot(spec, `${base}-${name}.${json ? "json" : "svg"}`, [configPath]);
        }
      }
      writeResult(io, options.json, CellSimulationResultSchema, sim.summary, () =>
        formatSimulation(sim.summary),
      );
    });
}
