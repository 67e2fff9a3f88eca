import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../../CliIo.js";
import { drtCommand } from "./drtCommand.js";
import { fitCommand } from "./fitCommand.js";
import { kkCommand } from "./kkCommand.js";
import { seriesCommand } from "./seriesCommand.js";

const NOTES = `
Spectra are read with @lmb/io (BioLogic .mpr/.mpt, Gamry .DTA, ZView .z, CSV). Fits give
parameters with standard errors and 95 % intervals; for Li metal they also give R_bulk, R_SEI,
R_ct and R_int = R_SEI + R_ct, per interface for a symmetric cell (--cell symmetric), in Ω cm²
with --area, and j0 from R_ct. --json prints the @lmb/schemas result with Vega-Lite plot specs.`;

/**
 * `lmb eis …`: impedance spectroscopy — circuit fits with the Li-metal resistances and j0,
 * Kramers–Kronig validation, DRT and series over temperature or time (`@lmb/impedance`,
 * `@lmb/cells`).
 *
 * @example
 * program.addCommand(eisCommand(io));
 */
export function eisCommand(io: CliIo) {
  return new Command("eis")
    .description("impedance: circuit fits (R_bulk, R_SEI, R_ct, j0), Kramers–Kronig, DRT, series")
    .addCommand(fitCommand(io))
    .addCommand(kkCommand(io))
    .addCommand(drtCommand(io))
    .addCommand(seriesCommand(io))
    .addHelpText("after", NOTES);
}
