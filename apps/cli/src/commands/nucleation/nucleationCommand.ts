import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../../CliIo.js";
import { classifyCommand } from "./classifyCommand.js";
import { cntCommand } from "./cntCommand.js";
import { fitCommand } from "./fitCommand.js";
import { overpotentialCommand } from "./overpotentialCommand.js";
import { sandCommand } from "./sandCommand.js";

const NOTES = `
Transient files are read with @lmb/io (a chronoamperometry transient, or a cycling record's time
and current); current density needs the electrode area (--area or the file's). --json prints the
@lmb/schemas result (values in customary units, SI in "si", with a Vega-Lite plot spec where there
is a picture).`;

/**
 * `lmb nucleation …`: Li nucleation and dendrite onset — Scharifker–Hills classification and
 * Scharifker–Mostany fits of transients, nucleation overpotential, classical nucleation theory and
 * Sand's time, through `@lmb/nucleation`.
 *
 * @example
 * program.addCommand(nucleationCommand(io));
 */
export function nucleationCommand(io: CliIo) {
  return new Command("nucleation")
    .description("nucleation transients, nucleation overpotential, CNT and Sand's time")
    .addCommand(classifyCommand(io))
    .addCommand(fitCommand(io))
    .addCommand(overpotentialCommand(io))
    .addCommand(cntCommand(io))
    .addCommand(sandCommand(io))
    .addHelpText("after", NOTES);
}
