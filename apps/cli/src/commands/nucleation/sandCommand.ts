import { Command } from "@commander-js/extra-typings";
import { compareWithSand, sandTime, sandTimeJson } from "@lmb/nucleation";
import { SandTimeResultSchema } from "@lmb/schemas";
import {
  concentration as concentrationKind,
  currentDensity,
  diffusionCoefficient,
  length,
  time,
} from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import { printWarnings } from "../kinetics/printWarnings.js";
import { e, q } from "./formatNucleation.js";
import { numberOption } from "./nucleationOptions.js";

const EXAMPLES = `
Examples:
  $ lmb nucleation sand --current "10 mA cm-2" --diffusivity "3.22e-6 cm2 s-1" --concentration "1 M" --transference 0.38
  $ lmb nucleation sand --current "5 mA cm-2" --diffusivity "5e-6 cm2/s" --concentration "1 mol/L" --transference 0.4 --thickness "25 um"
  $ lmb nucleation sand --current "20 mA cm-2" --diffusivity "3e-6 cm2 s-1" --concentration "1 M" --transference 0.38 --measured-time "150 s" --json

t_Sand = πD(zc0F)²/(4J²(1 − t₊)²), when the Li⁺ concentration at the plating electrode reaches
zero. With --thickness the limiting current 2zFDc0/((1 − t₊)L) is checked: below it there is no
Sand time, and lmb says so instead of giving a number.`;

/**
 * `lmb nucleation sand --current J --diffusivity D --concentration c0 --transference t₊`: Sand's
 * time and capacity (`sandTime`, `compareWithSand` and `sandTimeJson` of `@lmb/nucleation`).
 *
 * @example
 * // lmb nucleation sand --current "10 mA cm-2" --diffusivity "3.22e-6 cm2 s-1" --concentration "1 M" --transference 0.38
 */
export function sandCommand(io: CliIo) {
  return new Command("sand")
    .description("Sand's time and capacity at a current density (dendrite onset)")
    .requiredOption("--current <quantity>", 'current density J, e.g. "5 mA cm-2"')
    .requiredOption(
      "--diffusivity <quantity>",
      'salt (ambipolar) diffusion coefficient D, e.g. "3e-6 cm2 s-1"',
    )
    .requiredOption("--concentration <quantity>", 'bulk salt concentration c0, e.g. "1 M"')
    .requiredOption("--transference <number>", "cation transference number t₊, e.g. 0.38")
    .option(
      "--thickness <quantity>",
      'electrolyte thickness L between the electrodes, e.g. "25 um" (checks the limiting current)',
    )
    .option("--measured-time <quantity>", 'measured short-circuit time to compare, e.g. "150 s"')
    .addOption(jsonOption("SandTimeResult"))
    .addHelpText("after", EXAMPLES)
    .action((options) => {
      const j = quantityOption(options.current, "--current", currentDensity).si;
      const electrolyte = {
        diffusivity: quantityOption(options.diffusivity, "--diffusivity", diffusionCoefficient).si,
        concentration: quantityOption(options.concentration, "--concentration", concentrationKind)
          .si,
        transferenceNumber: numberOption(options.transference, "--transference"),
        ...(options.thickness === undefined
          ? {}
          : { thickness: quantityOption(options.thickness, "--thickness", length).si }),
      };
      const reading =
        options.measuredTime === undefined
          ? sandTime(j, electrolyte)
          : compareWithSand(
              quantityOption(options.measuredTime, "--measured-time", time).si,
              j,
              electrolyte,
            );
      const result = sandTimeJson(reading, j, electrolyte);
      writeResult(io, options.json, SandTimeResultSchema, result, () => {
        const rows: string[][] = [];
        if (result.sandTime !== undefined) {
          rows.push([
            "t_Sand",
            `${formatCount(result.sandTime.si, 4)} s (${e(result.sandTime)})`,
            "πD(zc0F)²/(4J²(1 − t₊)²)",
          ]);
        }
        if (result.sandCapacity !== undefined) {
          rows.push(["capacity", e(result.sandCapacity), "J·t_Sand"]);
        }
        if (result.limitingCurrentDensity !== undefined) {
          rows.push(["J_lim", e(result.limitingCurrentDensity), "2zFDc0/((1 − t₊)L)"]);
        }
        if (result.diffusionTime !== undefined) {
          rows.push(["L²/D", q(result.diffusionTime), ""]);
        }
        if (result.measured !== undefined) {
          rows.push([
            "measured",
            `${formatCount(result.measured.time.si, 4)} s (${q(result.measured.time)})`,
            result.measured.ratio === undefined
              ? ""
              : `${formatCount(result.measured.ratio, 3)} × t_Sand`,
          ]);
        }
        rows.push(["applies", result.applies ? "yes" : "no", result.note]);
        return (
          formatTable(rows) +
          printWarnings(result.warnings.filter((w) => w.message !== result.note))
        );
      });
    });
}
