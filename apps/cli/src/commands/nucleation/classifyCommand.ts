import { Command } from "@commander-js/extra-typings";
import { classifyTransient, transientClassificationJson } from "@lmb/nucleation";
import { TransientClassificationResultSchema } from "@lmb/schemas";
import { area as areaKind } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { printWarnings } from "../kinetics/printWarnings.js";
import { e, q } from "./formatNucleation.js";
import {
  baselineOption,
  baselineRule,
  concentration,
  molarVolume,
  molarVolumeOption,
  reducedWindow,
} from "./nucleationOptions.js";
import { readTransient } from "./readNucleationData.js";

const EXAMPLES = `
Examples:
  $ lmb nucleation classify ca.csv --area "1 cm2"
  $ lmb nucleation classify ca.mpt --concentration "1 M" --window 1:5 --plot sh.svg
  $ lmb nucleation classify ca.csv --area "0.785 cm2" --baseline tail --json

FILE is a chronoamperometric deposition transient (time since the potential step, current or
current density). The maximum (t_m, j_m) is found after the charging spike; j/j_m against t/t_m is
compared with the instantaneous and progressive Scharifker–Hills curves over --window (default:
from the maximum to the end). With --concentration (and --molar-volume, default Li metal) D and
the nucleus densities follow under both models. A "mixed" verdict asks for
"lmb nucleation fit FILE --model mostany".`;

/**
 * `lmb nucleation classify FILE`: Scharifker–Hills classification of a deposition transient read
 * with `@lmb/io` (`classifyTransient` and `transientClassificationJson` of `@lmb/nucleation`).
 *
 * @example
 * // lmb nucleation classify ca.csv --area "1 cm2" --concentration "1 M"
 */
export function classifyCommand(io: CliIo) {
  return new Command("classify")
    .description("instantaneous or progressive nucleation from a transient (Scharifker–Hills)")
    .argument("<file>", 'chronoamperometric transient (time, current), or "-" for standard input')
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (overrides the file)')
    .option("--window <range>", 'reduced-time window t/t_m "lower:upper", e.g. "1:5"')
    .addOption(baselineOption())
    .option(
      "--concentration <quantity>",
      'bulk concentration of the depositing ion, e.g. "1 M" (gives D and N0)',
    )
    .addOption(molarVolumeOption())
    .addOption(plotOption("(j/j_m)² against t/t_m over both Scharifker–Hills curves"))
    .addOption(jsonOption("TransientClassificationResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const area =
        options.area === undefined
          ? undefined
          : quantityOption(options.area, "--area", areaKind).si;
      const baseline = baselineRule(options.baseline);
      const window = options.window === undefined ? undefined : reducedWindow(options.window);
      const c = concentration(options.concentration);
      const vm = molarVolume(options.molarVolume);
      const transient = await readTransient(file, io, area);
      const classification = classifyTransient(transient.time, transient.currentDensity, {
        baseline,
        ...(window === undefined ? {} : { window }),
      });
      const result = transientClassificationJson(classification, {
        ...(c === undefined ? {} : { conditions: { concentration: c, molarVolume: vm } }),
        windowGiven: window !== undefined,
      });
      writeResult(io, options.json, TransientClassificationResultSchema, result, () => {
        const w = result.window;
        let text = formatTable([
          ["verdict", result.verdict],
          ["reason", result.reason],
          ["t_m", q(result.peakTime)],
          ["j_m", q(result.peakCurrentDensity)],
          ["baseline", `${q(result.baseline.currentDensity)} (${result.baseline.rule})`],
          [
            "window",
            `t/t_m ${formatCount(w.lower, 3)}–${formatCount(w.upper, 3)} (${w.pointCount} points)`,
          ],
          [
            "RMS distance",
            `instantaneous ${formatCount(result.distances.instantaneous, 3)}, progressive ${formatCount(result.distances.progressive, 3)}`,
          ],
          ["between curves", `${formatCount(100 * result.betweenShare, 3)} % of the window`],
        ]);
        const quantities = result.quantities;
        if (quantities === undefined) {
          text += "\nD and N0: give --concentration (and --molar-volume, default Li metal)\n";
        } else {
          text +=
            "\n" +
            formatTable([
              ["model", "D", "nuclei", "A·N∞"],
              [
                "instantaneous",
                e(quantities.instantaneous.diffusivity),
                `N0 = ${e(quantities.instantaneous.siteDensity)}`,
                "—",
              ],
              [
                "progressive",
                e(quantities.progressive.diffusivity),
                `N_s = ${e(quantities.progressive.saturationDensity)}`,
                e(quantities.progressive.rateDensity),
              ],
            ]);
        }
        return text + printWarnings(result.warnings);
      });
      if (options.plot !== undefined) await writePlot(result.plot, options.plot, [file]);
    });
}
