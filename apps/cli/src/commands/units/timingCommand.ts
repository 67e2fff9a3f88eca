import { Command } from "@commander-js/extra-typings";
import { type CycleTimingResult, CycleTimingResultSchema, toQuantityJson } from "@lmb/schemas";
import {
  arealCapacity,
  currentDensity,
  formatQuantity,
  fromSI,
  symmetricCycleTiming,
  time,
} from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";

const EXAMPLES = `
Examples:
  $ lmb units timing --current "1 mA cm-2" --capacity "1 mAh cm-2"      # 1 h, 2 h
  $ lmb units timing --current "5 mA cm-2" --capacity "1 mAh cm-2" --rest "10 min"`;

/**
 * `lmb units timing --current <j> --capacity <q> [--rest <t>] [--json]`: half-cycle and cycle
 * duration of a galvanostatic symmetric-cell protocol, half cycle = q/j + rest,
 * cycle = 2 × half cycle (SCIENCE.md §2).
 *
 * @example
 * // lmb units timing --current "5 mA cm-2" --capacity "1 mAh cm-2"
 * // half cycle  0.2 h  q/j + rest
 * // cycle       0.4 h  2 × half cycle
 */
export function timingCommand(io: CliIo) {
  return new Command("timing")
    .description("half-cycle and cycle duration of a symmetric-cell protocol")
    .requiredOption("--current <quantity>", 'current density per half cycle, e.g. "1 mA cm-2"')
    .requiredOption("--capacity <quantity>", 'areal capacity per half cycle, e.g. "1 mAh cm-2"')
    .option("--rest <quantity>", 'rest after each half cycle, e.g. "10 min"')
    .addOption(jsonOption("CycleTimingResult"))
    .addHelpText("after", EXAMPLES)
    .action((options) => {
      const j = quantityOption(options.current, "--current", currentDensity);
      const q = quantityOption(options.capacity, "--capacity", arealCapacity);
      const rest =
        options.rest === undefined ? undefined : quantityOption(options.rest, "--rest", time);
      const timing = symmetricCycleTiming(j.si, q.si, rest ? { rest: rest.si } : {});
      const halfCycle = fromSI(timing.halfCycle, time.customaryUnit);
      const cycle = fromSI(timing.cycle, time.customaryUnit);
      const result: CycleTimingResult = {
        currentDensity: toQuantityJson(j.quantity),
        capacity: toQuantityJson(q.quantity),
        ...(rest ? { rest: toQuantityJson(rest.quantity) } : {}),
        halfCycle: toQuantityJson(halfCycle),
        cycle: toQuantityJson(cycle),
      };
      writeResult(io, options.json, CycleTimingResultSchema, result, () =>
        formatTable([
          ["half cycle", formatQuantity(halfCycle), rest ? "q/j + rest" : "q/j"],
          ["cycle", formatQuantity(cycle), "2 × half cycle"],
        ]),
      );
    });
}
