import { Command } from "@commander-js/extra-typings";
import {
  analyzeSymmetricCycling,
  criticalCurrentDensity,
  criticalCurrentDensityJson,
} from "@lmb/cells";
import { CriticalCurrentDensityResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import { areaSi } from "./cyclingOptions.js";
import { formatCcd } from "./formatCycling.js";
import { readCyclingRecord } from "./readCyclingRecord.js";

const EXAMPLES = `
Examples:
  $ lmb cycling ccd llzo.mpr --area "0.5 cm2"
  $ lmb cycling ccd ccd.csv --json

FILE is a Li‖solid electrolyte‖Li (or Li‖Li) record whose current density is stepped up (e.g.
0.1 → 3.2 mA cm⁻², fixed time per half cycle) until the cell fails. Rule: the failing step holds
the first hard short, soft short or voltage-limit event; the CCD is the current density of the
step before it (the last one completed without failure). Needs the electrode area (--area, or
the file's).`;

/**
 * `lmb cycling ccd FILE`: critical current density of a step-increase protocol
 * (`analyzeSymmetricCycling`, `criticalCurrentDensity`, `criticalCurrentDensityJson` of `@lmb/cells`).
 *
 * @example
 * // lmb cycling ccd llzo.mpr --area "0.5 cm2"
 */
export function ccdCommand(io: CliIo) {
  return new Command("ccd")
    .description("critical current density of a step-increase plating/stripping protocol")
    .argument("<file>", 'cycling record, or "-" for standard input')
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (overrides the file\'s)')
    .addOption(jsonOption("CriticalCurrentDensityResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const area = areaSi(options.area);
      const record = await readCyclingRecord(file, io, { area });
      const analysis = analyzeSymmetricCycling(record, area === undefined ? {} : { area });
      const result = criticalCurrentDensityJson(criticalCurrentDensity(analysis), record.label);
      writeResult(io, options.json, CriticalCurrentDensityResultSchema, result, () =>
        formatCcd(result),
      );
    });
}
