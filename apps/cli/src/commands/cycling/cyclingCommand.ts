import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../../CliIo.js";
import { analyzeCommand } from "./analyzeCommand.js";
import { ccdCommand } from "./ccdCommand.js";
import { ceCommand } from "./ceCommand.js";

const NOTES = `
Files are read with @lmb/io (BioLogic, Neware, Arbin, Maccor, Landt, BDF/CSV …); current positive
= oxidation at the working electrode. Per-cm² numbers need the electrode area (--area, or the
file's). --json prints the @lmb/schemas result (mV, mA cm⁻², mAh, mAh cm⁻², h, % as the field
descriptions say; plots as Vega-Lite specs).`;

/**
 * `lmb cycling …`: galvanostatic cycling of Li‖Li, Li‖Cu and full cells through `@lmb/cells`.
 *
 * @example
 * program.addCommand(cyclingCommand(io));
 */
export function cyclingCommand(io: CliIo) {
  return new Command("cycling")
    .description("cycling data: Li‖Li overpotentials and failures, CCD, Li‖Cu CE, full cells")
    .addCommand(analyzeCommand(io))
    .addCommand(ccdCommand(io))
    .addCommand(ceCommand(io))
    .addHelpText("after", NOTES);
}
