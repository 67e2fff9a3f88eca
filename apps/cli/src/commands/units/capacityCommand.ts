import { Command } from "@commander-js/extra-typings";
import { type ArealCapacityResult, ArealCapacityResultSchema, toQuantityJson } from "@lmb/schemas";
import {
  arealCapacity,
  arealCapacityFromCurrentDensity,
  currentDensity,
  formatQuantity,
  fromSI,
  length,
  lithiumThicknessFromArealCapacity,
  time,
} from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";

const EXAMPLES = `
Examples:
  $ lmb units capacity --current "1 mA cm-2" --time "1 h"       # 1 mAh cm⁻²
  $ lmb units capacity --current "0.5 mA cm-2" --time "30 min" --json`;

/**
 * `lmb units capacity --current <j> --time <t> [--json]`: areal capacity passed at a current
 * density for a time, q = j·t (1 mA cm⁻² for 1 h = 1 mAh cm⁻², SCIENCE.md §2), and the
 * thickness of dense Li metal that holds it (l = q·M/(ρ·F)).
 *
 * @example
 * // lmb units capacity --current "1 mA cm-2" --time "1 h"
 * // areal capacity        1 mAh cm⁻²  q = j·t
 * // dense Li thickness    4.85 µm     l = q·M/(ρ·F)
 */
export function capacityCommand(io: CliIo) {
  return new Command("capacity")
    .description("areal capacity from current density × time, and its dense-Li thickness")
    .requiredOption("--current <quantity>", 'current density, e.g. "1 mA cm-2"')
    .requiredOption("--time <quantity>", 'how long the current flows, e.g. "1 h" or "30 min"')
    .addOption(jsonOption("ArealCapacityResult"))
    .addHelpText("after", EXAMPLES)
    .action((options) => {
      const j = quantityOption(options.current, "--current", currentDensity);
      const t = quantityOption(options.time, "--time", time);
      const q = arealCapacityFromCurrentDensity(j.si, t.si);
      const capacity = fromSI(q, arealCapacity.customaryUnit);
      const thickness = fromSI(lithiumThicknessFromArealCapacity(q), length.customaryUnit);
      const result: ArealCapacityResult = {
        currentDensity: toQuantityJson(j.quantity),
        time: toQuantityJson(t.quantity),
        arealCapacity: toQuantityJson(capacity),
        lithiumThickness: toQuantityJson(thickness),
      };
      writeResult(io, options.json, ArealCapacityResultSchema, result, () =>
        formatTable([
          ["areal capacity", formatQuantity(capacity), "q = j·t"],
          ["dense Li thickness", formatQuantity(thickness), "l = q·M/(ρ·F)"],
        ]),
      );
    });
}
