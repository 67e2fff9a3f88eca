import { Command, Option } from "@commander-js/extra-typings";
import {
  type CellTypeGuess,
  coulombicEfficiencyPlot,
  guessCellType,
  lithiumCopperEfficiency,
  lithiumCopperEfficiencyJson,
  reservoirCoulombicEfficiency,
  reservoirCoulombicEfficiencyJson,
  segmentationJson,
  segmentCycling,
} from "@lmb/cells";
import {
  type CyclingWarningJson,
  LithiumCopperEfficiencyResultSchema,
  ReservoirCoulombicEfficiencyResultSchema,
} from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { areaSi, ceThreshold, consecutiveCycles } from "./cyclingOptions.js";
import {
  formatHeader,
  formatLithiumCopper,
  formatReservoir,
  warningLines,
} from "./formatCycling.js";
import { readCyclingRecord } from "./readCyclingRecord.js";

const EXAMPLES = `
Examples:
  $ lmb cycling ce licu.mpr --area "1.13 cm2"
  $ lmb cycling ce licu.mpr --threshold 90 --consecutive 3
  $ lmb cycling ce reservoir.mpr --method aurbach --json

per-cycle: CE_k = Q_strip,k / Q_plate,k for each plating on Cu and the stripping to the cut-off
that follows (wiring and cut-off read from the data), averaged over windows, with the cycle life
to 80 % (--threshold, --consecutive). aurbach: the reservoir ("modified Aurbach") average of Adams et al., Adv. Energy Mater.
8, 1702097 (2018): CE_avg = (n·Q_C + Q_S)/(n·Q_C + Q_T), with its validity checks (the reservoir
is never exhausted, the final strip reaches the cut-off).`;

/**
 * A `W_NOT_LI_CU` warning when the cell-type guess is not Li‖Cu (none when it is, or when the
 * analysis already gave one).
 */
function notLithiumCopper(
  guess: CellTypeGuess,
  warnings: readonly CyclingWarningJson[],
): CyclingWarningJson[] {
  if (guess.cellType === "li-cu" || warnings.some((w) => w.code === "W_NOT_LI_CU")) return [];
  return [
    {
      code: "W_NOT_LI_CU",
      message: `the data do not look like a Li‖Cu cell (guess: ${guess.cellType}; ${guess.reasons.at(-1) ?? ""}): the "strips" and "cut-off" above may be something else — check the file, or use lmb cycling analyze`,
    },
  ];
}

/**
 * `lmb cycling ce FILE`: Li‖Cu Coulombic efficiency, per cycle or by the reservoir method
 * (`lithiumCopperEfficiency`, `reservoirCoulombicEfficiency` and their `…Json` of `@lmb/cells`).
 *
 * @example
 * // lmb cycling ce licu.mpr --method aurbach
 */
export function ceCommand(io: CliIo) {
  return new Command("ce")
    .description("Coulombic efficiency of Li on Cu: per cycle, or the reservoir (Aurbach) average")
    .argument("<file>", 'Li‖Cu cycling record, or "-" for standard input')
    .addOption(
      new Option("--method <method>", "per-cycle CE, or the modified Aurbach reservoir average")
        .choices(["per-cycle", "aurbach"] as const)
        .default("per-cycle" as const),
    )
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (for mAh cm⁻²)')
    .option(
      "--threshold <percent>",
      "per-cycle method: CE below this (%) ends the cycle life (default: 80)",
    )
    .option(
      "--consecutive <cycles>",
      "per-cycle method: cycles in a row below the threshold that end the cycle life (default: 1)",
    )
    .addOption(plotOption("CE against cycle (per-cycle method)"))
    .addOption(jsonOption("LithiumCopperEfficiencyResult or ReservoirCoulombicEfficiencyResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const area = areaSi(options.area);
      const threshold =
        options.threshold === undefined ? undefined : ceThreshold(options.threshold);
      const consecutive =
        options.consecutive === undefined ? undefined : consecutiveCycles(options.consecutive);
      const record = await readCyclingRecord(file, io, { area });
      const segmentation = segmentCycling(record, area === undefined ? {} : { area });
      const head = () => formatHeader(record.label, null, segmentationJson(segmentation));
      const guess = guessCellType(record, { segmentation });
      if (options.method === "aurbach") {
        const result = reservoirCoulombicEfficiencyJson(
          reservoirCoulombicEfficiency(record, { segmentation }),
          record.label,
        );
        result.warnings.push(...notLithiumCopper(guess, result.warnings));
        const ignored = [
          options.threshold === undefined ? "" : "--threshold",
          options.consecutive === undefined ? "" : "--consecutive",
        ].filter((x) => x !== "");
        if (ignored.length > 0) {
          result.warnings.push({
            code: "W_OPTION_IGNORED",
            message: `${ignored.join(" and ")} given, but the reservoir (Aurbach) method has one average CE and no cycle life: ignored (use --method per-cycle)`,
          });
        }
        writeResult(
          io,
          options.json,
          ReservoirCoulombicEfficiencyResultSchema,
          result,
          () => `${head()}\n${formatReservoir(result)}${warningLines(result.warnings)}`,
        );
        return;
      }
      const result = lithiumCopperEfficiencyJson(
        lithiumCopperEfficiency(record, {
          segmentation,
          ...(threshold === undefined ? {} : { threshold }),
          ...(consecutive === undefined ? {} : { consecutive }),
        }),
        record.label,
      );
      result.warnings.push(...notLithiumCopper(guess, result.warnings));
      writeResult(
        io,
        options.json,
        LithiumCopperEfficiencyResultSchema,
        result,
        () =>
          `${head()}\n${formatLithiumCopper(result, undefined)}${warningLines(result.warnings)}`,
      );
      if (options.plot !== undefined) {
        const spec = coulombicEfficiencyPlot(result.cycles, result.cycleLife.threshold);
        await writePlot(spec, options.plot, [file]);
      }
    });
}
