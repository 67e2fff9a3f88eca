import { Command } from "@commander-js/extra-typings";
import { interfaceImpedance } from "@lmb/cells";
import { InterfaceImpedanceResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { convention } from "../kinetics/kineticsOptions.js";
import {
  areaOption,
  eisCellOption,
  parseGuess,
  parseRoles,
  temperatureKelvin,
  weightOption,
} from "./eisOptions.js";
import { formatInterfaceImpedance } from "./formatEis.js";
import { readSpectrum } from "./readSpectrum.js";

const EXAMPLES = `
Examples:
  $ lmb eis fit lili.mpr --circuit "R0-p(R1,CPE1)-p(R2,CPE2)" --cell symmetric --area "1.13 cm2"
  $ lmb eis fit cell.csv --circuit "R0-p(R1,C1)-p(R2-Wo1,C2)" --guess "0.01,0.01,100,0.01,0.05,100,1"
  $ lmb eis fit cell.z --circuit "R0-p(R1,CPE1)" --guess "R0=5,R1=20" --weight modulus --plot nyquist.svg

Circuits use impedance.py's syntax: "-" in series, p(A,B) in parallel; elements R, C, L, CPE, W, Wo,
Ws, G, Gs, La, K, Zarc with a number (R0, CPE1). Values are SI (Ω, F, s; CPE Q in Ω⁻¹ s^α).
Roles: the series R is R_bulk; arcs are ordered by characteristic frequency: the lowest-frequency
arc is R_ct, every higher one R_SEI (one arc: R_ct); R_int = R_SEI + R_ct. --roles overrides.
With an area, j0 = RT/(F·R_ct·A) per interface (2RT/(F·R_ct,cell·A) for --cell symmetric).`;

/**
 * `lmb eis fit FILE --circuit "…"`: equivalent-circuit fit of an impedance spectrum read with
 * `@lmb/io`, with the resistances Li-metal papers report (R_bulk, R_SEI, R_ct, R_int, per
 * interface and in Ω cm²) and j0 from R_ct (`interfaceImpedance` of `@lmb/cells`).
 *
 * @example
 * // lmb eis fit lili.mpr --circuit "R0-p(R1,CPE1)-p(R2,CPE2)" --cell symmetric --area "1.13 cm2"
 */
export function fitCommand(io: CliIo) {
  return new Command("fit")
    .description("fit an equivalent circuit; R_bulk, R_SEI, R_ct, R_int, ASR and j0")
    .argument("<file>", 'impedance spectrum, or "-" for standard input')
    .requiredOption("--circuit <circuit>", 'equivalent circuit, e.g. "R0-p(R1,CPE1)-p(R2,CPE2)"')
    .option("--guess <values>", 'starting values (SI) in circuit order, or by name "R0=5,R1=20"')
    .addOption(weightOption())
    .option("--drop-inductive", "fit only the points with Im Z < 0 (drop an inductive tail)")
    .option("--skip-invalid", "drop rows the reader could not use (f ≤ 0, NaN) instead of failing")
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (default: from the file)')
    .addOption(eisCellOption())
    .option("--roles <roles>", 'override roles, e.g. "R1=sei,R2=ct" (bulk, sei, ct, other)')
    .option(
      "--temperature <quantity>",
      'temperature for j0, e.g. "25 °C" (default: file, else 25 °C)',
    )
    .addOption(plotOption("the Nyquist plot with the fitted curve"))
    .addOption(jsonOption("InterfaceImpedanceResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      const area = areaOption(options.area);
      const temperature = temperatureKelvin(options.temperature);
      const guess = options.guess === undefined ? undefined : parseGuess(options.guess);
      const roles = options.roles === undefined ? undefined : parseRoles(options.roles);
      const spectrum = await readSpectrum(file, io, {
        area,
        skipInvalid: options.skipInvalid,
        dropInductive: options.dropInductive,
      });
      const result = interfaceImpedance(spectrum, options.circuit, {
        fit: {
          weighting: options.weight,
          ...(guess === undefined ? {} : { initialGuess: guess }),
        },
        convention: convention(options.cell),
        ...(area === undefined ? {} : { area }),
        ...(roles === undefined ? {} : { roles }),
        ...(temperature === undefined ? {} : { temperature }),
        ...(file === "-" ? {} : { label: file }),
      });
      writeResult(io, options.json, InterfaceImpedanceResultSchema, result, () =>
        formatInterfaceImpedance(result),
      );
      const nyquist = result.fit.plots?.nyquist;
      if (options.plot !== undefined && nyquist !== undefined)
        await writePlot(nyquist, options.plot, [file]);
    });
}
