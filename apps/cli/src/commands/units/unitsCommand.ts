import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../../CliIo.js";
import { capacityCommand } from "./capacityCommand.js";
import { conductivityCommand } from "./conductivityCommand.js";
import { constantsCommand } from "./constantsCommand.js";
import { convertCommand } from "./convertCommand.js";
import { crateCommand } from "./crateCommand.js";
import { cyclesCommand } from "./cyclesCommand.js";
import { energyCommand } from "./energyCommand.js";
import { temperatureCommand } from "./temperatureCommand.js";
import { timingCommand } from "./timingCommand.js";

const NOTES = `
Quantities are written with their units as researchers write them: "5 mA cm-2",
"5 mA cm⁻²", "5 mA/cm2", "1 mAh cm-2", "100 um", "100 µm", "170 mAh/g", "25 °C", "40 kJ/mol".
Quote them in the shell. Results print in customary units; --json adds SI values.`;

/**
 * `lmb units …`: unit conversions and the everyday arithmetic of Li-metal experiments
 * (cycle timing, cycles in a duration, areal capacity, C-rate, conductivity, energies,
 * temperatures, constants), all through `@lmb/units`.
 *
 * @example
 * program.addCommand(unitsCommand(io));
 */
export function unitsCommand(io: CliIo) {
  return new Command("units")
    .description("convert units and do the everyday arithmetic of Li-metal experiments")
    .addCommand(convertCommand(io))
    .addCommand(cyclesCommand(io))
    .addCommand(timingCommand(io))
    .addCommand(capacityCommand(io))
    .addCommand(crateCommand(io))
    .addCommand(conductivityCommand(io))
    .addCommand(energyCommand(io))
    .addCommand(temperatureCommand(io))
    .addCommand(constantsCommand(io))
    .addHelpText("after", NOTES);
}
