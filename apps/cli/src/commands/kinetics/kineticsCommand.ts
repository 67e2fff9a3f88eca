import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../../CliIo.js";
import { arrheniusCommand } from "./arrheniusCommand.js";
import { bvCommand } from "./bvCommand.js";
import { conductivityCommand } from "./conductivityCommand.js";
import { diffusionCommand } from "./diffusionCommand.js";
import { fadeCommand } from "./fadeCommand.js";
import { peaksCommand } from "./peaksCommand.js";
import { tafelCommand } from "./tafelCommand.js";

const NOTES = `
Every result gives estimates with standard errors and 95 % intervals, the data window used and
the fit quality; --json prints the @lmb/schemas result (with a Vega-Lite plot spec). Kinetic
results state their convention: one electrode's η, or a symmetric Li‖Li cell's
η_cell = η_strip + |η_plate| (--cell symmetric), for which j0 is per interface.`;

/**
 * `lmb kinetics …`: electrode kinetics and transport from instrument files and typed values —
 * Tafel, Butler–Volmer fits, Arrhenius, Randles–Sevcik diffusion, voltammogram peaks, ionic
 * conductivity and capacity fade, through `@lmb/kinetics`.
 *
 * @example
 * program.addCommand(kineticsCommand(io));
 */
export function kineticsCommand(io: CliIo) {
  return new Command("kinetics")
    .description("Tafel, Butler–Volmer, Arrhenius, diffusion, conductivity and capacity fade")
    .addCommand(tafelCommand(io))
    .addCommand(bvCommand(io))
    .addCommand(arrheniusCommand(io))
    .addCommand(diffusionCommand(io))
    .addCommand(peaksCommand(io))
    .addCommand(conductivityCommand(io))
    .addCommand(fadeCommand(io))
    .addHelpText("after", NOTES);
}
