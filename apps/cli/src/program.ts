import { Command } from "@commander-js/extra-typings";
import { applyCliConventions } from "./applyCliConventions.js";
import type { CliIo } from "./CliIo.js";
import { cliVersion } from "./cliVersion.js";
import { cellCommand } from "./commands/cell/cellCommand.js";
import { cyclingCommand } from "./commands/cycling/cyclingCommand.js";
import { demoCommand } from "./commands/demo/demoCommand.js";
import { eisCommand } from "./commands/eis/eisCommand.js";
import { kineticsCommand } from "./commands/kinetics/kineticsCommand.js";
import { nucleationCommand } from "./commands/nucleation/nucleationCommand.js";
import { percolationCommand } from "./commands/percolation/percolationCommand.js";
import { readCommand } from "./commands/read/readCommand.js";
import { reportCommand } from "./commands/report/reportCommand.js";
import { unitsCommand } from "./commands/units/unitsCommand.js";

/** Options of {@link createProgram}. */
export interface CreateProgramOptions {
  /** `--json` was given: errors are reported as JSON. @default false */
  json?: boolean;
}

const FOOTER = `
Examples:
  $ lmb demo
  $ lmb read cell07.mpr
  $ lmb units convert "100 um" --to "mAh cm-2" --material Li
  $ lmb units cycles --current "5 mA cm-2" --capacity "1 mAh cm-2" --duration "300 h"
  $ lmb eis fit cell.mpr --circuit "R0-p(R1,CPE1)-p(R2,CPE2)" --cell symmetric --area "1.13 cm2"
  $ lmb cycling analyze lili.mpr --area "1.13 cm2" --plot lili
  $ lmb percolation threshold --lattice bcc --sizes 16,32,64
  $ lmb percolation window --shape sphere --thickness "5 d"

Exit codes: 0 ok, 1 bad input, 2 usage. --json prints results (and errors, on stderr) as JSON.`;

/**
 * Builds the `lmb` command tree: `lmb <area> <action> [input] [--options]`. A fresh program per
 * run (commander keeps parse state), writing only to `io`.
 *
 * @example
 * await createProgram(io).parseAsync(["units", "constants"], { from: "user" });
 */
export function createProgram(io: CliIo, { json = false }: CreateProgramOptions = {}) {
  const program = new Command("lmb")
    .description("lmb: analyse lithium-metal battery experiments")
    .version(cliVersion, "-V, --version", "print the lmb version")
    .addCommand(readCommand(io))
    .addCommand(unitsCommand(io))
    .addCommand(demoCommand(io))
    .addCommand(kineticsCommand(io))
    .addCommand(eisCommand(io))
    .addCommand(nucleationCommand(io))
    .addCommand(cyclingCommand(io))
    .addCommand(cellCommand(io))
    .addCommand(percolationCommand(io))
    .addCommand(reportCommand(io))
    .addHelpText("after", FOOTER);
  applyCliConventions(program, io, { json });
  return program;
}
