import { Command, Option } from "@commander-js/extra-typings";
import { findVoltammogramPeaks } from "@lmb/kinetics";
import { type VoltammetricPeak, VoltammogramPeaksResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { printWarnings } from "./printWarnings.js";
import { readKineticsDataset } from "./readKineticsDataset.js";

const EXAMPLES = `
Examples:
  $ lmb kinetics peaks cv.mpt
  $ lmb kinetics peaks cv.mpt --baseline linear --json`;

/** `--baseline none|linear` of the commands that find voltammogram peaks. */
export function baselineOption() {
  return new Option("--baseline <kind>", "none, or a straight line fitted before each peak")
    .choices(["none", "linear"] as const)
    .default("none" as const);
}

function peakCells(p: VoltammetricPeak | undefined): string[] {
  if (p === undefined) return ["—", "—"];
  return [formatCount(p.potential, 4), formatCount(p.peakCurrent * 1e3, 4)];
}

/**
 * `lmb kinetics peaks FILE`: anodic and cathodic current peak of every cycle of a voltammogram
 * (`findVoltammogramPeaks` of `@lmb/kinetics`), optionally above a linear baseline.
 *
 * @example
 * // lmb kinetics peaks cv.mpt --baseline linear
 */
export function peaksCommand(io: CliIo) {
  return new Command("peaks")
    .description("anodic and cathodic peak of each cycle of a voltammogram")
    .argument("<file>", 'voltammogram, or "-" for standard input')
    .addOption(baselineOption())
    .addOption(plotOption("the voltammogram with its peaks marked"))
    .addOption(jsonOption("VoltammogramPeaksResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const cv = await readKineticsDataset(file, "voltammogram", io);
      const result = findVoltammogramPeaks(cv, { baseline: options.baseline });
      writeResult(
        io,
        options.json,
        VoltammogramPeaksResultSchema,
        result,
        () =>
          formatTable([
            ["cycle", "E_pa (V)", "I_pa (mA)", "E_pc (V)", "I_pc (mA)"],
            ...result.cycles.map((c) => [
              formatCount(c.cycle),
              ...peakCells(c.anodic),
              ...peakCells(c.cathodic),
            ]),
          ]) + printWarnings(result.warnings),
      );
      if (options.plot !== undefined) await writePlot(result.plot, options.plot, [file]);
    });
}
