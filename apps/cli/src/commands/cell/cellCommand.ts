import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../../CliIo.js";
import { compareCommand } from "./compareCommand.js";
import { designMapCommand } from "./designMapCommand.js";
import { protocolCommand } from "./protocolCommand.js";
import { simulateCommand } from "./simulateCommand.js";

/**
 * `lmb cell …`: Li-metal cell models — `protocol` (parse and expand a protocol), `simulate`
 * (Li inventory and voltage through a protocol), `compare-symmetric-asymmetric` (one interphase
 * in symmetric and asymmetric cells) and `design-map` (depletion over metal fraction × aspect ratio).
 *
 * @example
 * program.addCommand(cellCommand(io));
 */
export function cellCommand(io: CliIo) {
  return new Command("cell")
    .description("Li-metal cell models: protocols and simulation")
    .addCommand(protocolCommand(io))
    .addCommand(simulateCommand(io))
    .addCommand(compareCommand(io))
    .addCommand(designMapCommand(io));
}
