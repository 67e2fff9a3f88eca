import { Command } from "@commander-js/extra-typings";
import { type CycleCountResult, CycleCountResultSchema, toQuantityJson } from "@lmb/schemas";
import {
  arealCapacity,
  currentDensity,
  cyclesInDuration,
  formatQuantity,
  fromSI,
  time,
} from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";

const EXAMPLES = `
Examples:
  $ lmb units cycles --current "5 mA cm-2" --capacity "1 mAh cm-2" --duration "300 h"   # 750
  $ lmb units cycles --current "1 mA cm-2" --capacity "1 mAh cm-2" --duration "1000 h" --json`;

/**
 * `lmb units cycles --current <j> --capacity <q> --duration <t> [--rest <t>] [--json]`: how
 * many symmetric-cell cycles fit in a test duration, cycles = t / (2q/j) (SCIENCE.md §2).
 *
 * @example
 * // lmb units cycles --current "5 mA cm-2" --capacity "1 mAh cm-2" --duration "300 h"
 * // cycle duration  0.4 h  2q/j
 * // cycles          750    duration / cycle
 */
export function cyclesCommand(io: CliIo) {
  return new Command("cycles")
    .description("number of symmetric-cell cycles in a test duration")
    .requiredOption("--current <quantity>", 'current density per half cycle, e.g. "5 mA cm-2"')
    .requiredOption("--capacity <quantity>", 'areal capacity per half cycle, e.g. "1 mAh cm-2"')
    .requiredOption("--duration <quantity>", 'length of the test, e.g. "300 h"')
    .option("--rest <quantity>", 'rest after each half cycle, e.g. "10 min"')
    .addOption(jsonOption("CycleCountResult"))
    .addHelpText("after", EXAMPLES)
    .action((options) => {
      const j = quantityOption(options.current, "--current", currentDensity);
      const q = quantityOption(options.capacity, "--capacity", arealCapacity);
      const duration = quantityOption(options.duration, "--duration", time);
      const rest =
        options.rest === undefined ? undefined : quantityOption(options.rest, "--rest", time);
      const count = cyclesInDuration(duration.si, j.si, q.si, rest ? { rest: rest.si } : {});
      const cycle = fromSI(count.cycle, time.customaryUnit);
      const result: CycleCountResult = {
        currentDensity: toQuantityJson(j.quantity),
        capacity: toQuantityJson(q.quantity),
        duration: toQuantityJson(duration.quantity),
        ...(rest ? { rest: toQuantityJson(rest.quantity) } : {}),
        halfCycle: toQuantityJson(fromSI(count.halfCycle, time.customaryUnit)),
        cycle: toQuantityJson(cycle),
        cycles: count.cycles,
        completeCycles: count.completeCycles,
        halfCycles: count.halfCycles,
        completeHalfCycles: count.completeHalfCycles,
      };
      writeResult(io, options.json, CycleCountResultSchema, result, () =>
        formatTable([
          ["cycle duration", formatQuantity(cycle), rest ? "2 × (q/j + rest)" : "2q/j"],
          ["cycles", formatCount(count.cycles), "duration / cycle"],
          ["complete cycles", String(count.completeCycles)],
        ]),
      );
    });
}
