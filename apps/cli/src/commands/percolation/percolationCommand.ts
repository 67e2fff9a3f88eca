import { Command } from "@commander-js/extra-typings";
import type { CliIo } from "../../CliIo.js";
import { conductivityCommand } from "./conductivityCommand.js";
import { continuumCommand } from "./continuumCommand.js";
import { fitCommand } from "./fitCommand.js";
import { simulateCommand } from "./simulateCommand.js";
import { thresholdCommand } from "./thresholdCommand.js";
import { windowCommand } from "./windowCommand.js";

const NOTES = `
Does the metal in an interphase conduct? Monte Carlo runs are seeded (the same --seed gives the
same numbers on any machine and thread count); lattice sweeps run on all cores with a progress bar
on a terminal, and Ctrl-C cancels them. --json prints the @lmb/schemas result with a Vega-Lite
plot spec; --plot PREFIX writes PREFIX.svg (or the .svg/.json path given).`;

/**
 * `lmb percolation …`: lattice and continuum percolation, thresholds, resistor networks, fits of
 * σ(V_f) and the metal-incorporated SEI window, through `@lmb/percolation`.
 *
 * @example
 * program.addCommand(percolationCommand(io));
 */
export function percolationCommand(io: CliIo) {
  return new Command("percolation")
    .description(
      "does the metal in an interphase conduct? percolation fits, simulations and windows",
    )
    .addCommand(simulateCommand(io))
    .addCommand(thresholdCommand(io))
    .addCommand(continuumCommand(io))
    .addCommand(conductivityCommand(io))
    .addCommand(fitCommand(io))
    .addCommand(windowCommand(io))
    .addHelpText("after", NOTES);
}
