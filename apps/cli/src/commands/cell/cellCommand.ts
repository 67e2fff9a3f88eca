import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../../CliIo.js";
import { simulateCommand } from "./simulateCommand.js";

/**
 * `lmb cell …`: Li-metal cell models — `simulate` (Li inventory and voltage through a
 * protocol).
 *
 * @example
 * program.addCommand(cellCommand(io));
 */
export function cellCommand(io: CliIo) {
  return new Command("cell")
    .description("Li-metal cell models: protocols and simulation")
    .addCommand(simulateCommand(io));
}
