import { Command } from "@commander-js/extra-typings";
import {
  type BlockingCellConductivityResult,
  BlockingCellConductivityResultSchema,
  toQuantityJson,
} from "@lmb/schemas";
import {
  area,
  areaSpecificResistance,
  conductivity,
  conductivityFromBlockingCell,
  formatQuantity,
  fromSI,
  length,
  resistance,
} from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";

const EXAMPLES = `
Examples:
  $ lmb units conductivity --thickness "500 um" --resistance "25 ohm" --area "1.13 cm2"
  $ lmb units conductivity --thickness "1 mm" --resistance "1.2 kOhm" --area "0.785 cm2" --json`;

/**
 * `lmb units conductivity --thickness <l> --resistance <R> --area <S> [--json]`: ionic
 * conductivity from the bulk resistance of a blocking cell, σ = l / (R_b·S) (SCIENCE.md §2),
 * and the area-specific resistance R_b·S.
 *
 * @example
 * // lmb units conductivity --thickness "500 um" --resistance "25 ohm" --area "1.13 cm2"
 * // conductivity              1.77 mS cm⁻¹  σ = l/(R·S)
 * // area-specific resistance  28.25 Ω cm²   R·S
 */
export function conductivityCommand(io: CliIo) {
  return new Command("conductivity")
    .description("ionic conductivity from a blocking-cell bulk resistance, σ = l/(R·S)")
    .requiredOption("--thickness <quantity>", 'electrolyte thickness, e.g. "500 um"')
    .requiredOption("--resistance <quantity>", 'bulk resistance from impedance, e.g. "25 ohm"')
    .requiredOption("--area <quantity>", 'electrode area, e.g. "1.13 cm2"')
    .addOption(jsonOption("BlockingCellConductivityResult"))
    .addHelpText("after", EXAMPLES)
    .action((options) => {
      const l = quantityOption(options.thickness, "--thickness", length);
      const r = quantityOption(options.resistance, "--resistance", resistance);
      const s = quantityOption(options.area, "--area", area);
      const sigma = fromSI(
        conductivityFromBlockingCell(r.si, l.si, s.si),
        conductivity.customaryUnit,
      );
      const asr = fromSI(r.si * s.si, areaSpecificResistance.customaryUnit);
      const result: BlockingCellConductivityResult = {
        thickness: toQuantityJson(l.quantity),
        resistance: toQuantityJson(r.quantity),
        area: toQuantityJson(s.quantity),
        conductivity: toQuantityJson(sigma),
        areaSpecificResistance: toQuantityJson(asr),
      };
      writeResult(io, options.json, BlockingCellConductivityResultSchema, result, () =>
        formatTable([
          ["conductivity", formatQuantity(sigma), "σ = l/(R·S)"],
          ["area-specific resistance", formatQuantity(asr), "R·S"],
        ]),
      );
    });
}
