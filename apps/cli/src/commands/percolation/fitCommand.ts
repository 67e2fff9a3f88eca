import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { fitBruggeman, fitPercolationConductivity, percolationFitJson } from "@lmb/percolation";
import { PercolationFitResultSchema } from "@lmb/schemas";
import { conductivity as conductivityKind } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { e } from "../nucleation/formatNucleation.js";
import { v, warningLines } from "./formatPercolation.js";
import { fractionOption } from "./percolationOptions.js";
import { plotTarget } from "./plotTarget.js";
import { readConductivityTable } from "./readConductivityTable.js";

const EXAMPLES = `
Examples:
  $ lmb percolation fit cu-li2s.csv
  $ lmb percolation fit data.tsv --model gem --plot fit
  $ lmb percolation fit data.csv --model power-law --insulator "1e-10 S/cm" --window 0.05:0.6 --json

The file holds metal volume fraction and conductivity columns (units in the headers:
"V_f (%)", "sigma (S/cm)"; no unit: a fraction and S m⁻¹). Fits on log10 σ:
power-law σ = σ_NM + σ0·(V_f − V_p)^n; gem: McLachlan's equation (φ_c, t, σ_M, σ_NM);
bruggeman: the symmetric effective medium (threshold 1/3, exponent 1; σ_M, σ_NM fitted).`;

/**
 * `lmb percolation fit FILE`: V_p and n (or GEM/Bruggeman parameters) from measured (V_f, σ).
 *
 * @example
 * // lmb percolation fit data.csv --model gem
 */
export function fitCommand(io: CliIo) {
  return new Command("fit")
    .description(
      "fit percolation (V_p, n, σ0) or GEM/Bruggeman to measured conductivity vs metal fraction",
    )
    .argument("<file>", 'CSV/TSV of volume fraction and conductivity, or "-" for standard input')
    .addOption(
      new Option("--model <model>", "model fitted")
        .choices(["power-law", "gem", "bruggeman"] as const)
        .default("power-law" as const),
    )
    .option("--insulator <quantity>", 'fix σ_NM, e.g. "1e-10 S/cm" (default: fitted)')
    .option("--metal <quantity>", 'fix σ_M (gem, bruggeman), e.g. "1e5 S/cm"')
    .option("--window <range>", 'V_f range fitted "lower:upper", e.g. "0.05:0.6"')
    .option("--fraction-column <name>", "the volume-fraction column (header or 1-based number)")
    .option("--conductivity-column <name>", "the conductivity column (header or 1-based number)")
    .addOption(
      new Option("--dimension <d>", "dimension of the Bruggeman medium")
        .choices(["2", "3"] as const)
        .default("3" as const),
    )
    .addOption(plotOption("log σ against V_f with the fit and the mixing rule"))
    .addOption(jsonOption("PercolationFitResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      // refused before any work starts
      const plotPath = options.plot === undefined ? undefined : plotTarget(options.plot);
      const insulator =
        options.insulator === undefined
          ? undefined
          : (quantityOption(options.insulator, "--insulator", conductivityKind).si as number);
      const metal =
        options.metal === undefined
          ? undefined
          : (quantityOption(options.metal, "--metal", conductivityKind).si as number);
      if (metal !== undefined && options.model === "power-law") {
        throw new LmbError(
          "E_INVALID_INPUT",
          "--metal fixes σ_M of the gem and bruggeman models; the power law has σ0 instead",
          {
            location: { source: "--metal" },
            fix: "drop --metal, or use --model gem",
          },
        );
      }
      for (const [flag, value] of [
        ["--insulator", insulator],
        ["--metal", metal],
      ] as const) {
        if (value !== undefined && !(value > 0)) {
          throw new LmbError("E_INVALID_INPUT", `${flag} must be a positive conductivity`, {
            location: { source: flag },
            fix: 'give e.g. "1e-10 S/cm"',
          });
        }
      }
      let window: { lower: number; upper: number } | undefined;
      if (options.window !== undefined) {
        const parts = options.window.split(":");
        if (parts.length !== 2) {
          throw new LmbError(
            "E_INVALID_INPUT",
            `--window "${options.window}" is not of the form lower:upper`,
            {
              location: { source: "--window" },
              fix: 'give e.g. "0.05:0.6"',
            },
          );
        }
        window = {
          lower: fractionOption(parts[0] as string, "--window"),
          upper: fractionOption(parts[1] as string, "--window"),
        };
        if (!(window.upper > window.lower)) {
          throw new LmbError("E_INVALID_INPUT", `--window ${options.window} is empty`, {
            location: { source: "--window" },
            fix: "give lower < upper",
          });
        }
      }
      const table = await readConductivityTable(file, io, {
        fraction: options.fractionColumn,
        conductivity: options.conductivityColumn,
      });
      const keep = table.fraction.map(
        (f) => window === undefined || (f >= window.lower && f <= window.upper),
      );
      const fraction = table.fraction.filter((_, i) => keep[i]);
      const sigma = table.conductivity.filter((_, i) => keep[i]);
      if (fraction.length < 3) {
        throw new LmbError(
          "E_INSUFFICIENT_DATA",
          `${fraction.length} points lie in --window ${options.window}`,
          {
            location: { source: "--window" },
            fix: "widen the window",
          },
        );
      }
      const fixed = {
        ...(insulator === undefined ? {} : { insulator }),
        ...(metal === undefined ? {} : { metal }),
      };
      const fit =
        options.model === "bruggeman"
          ? fitBruggeman(fraction, sigma, {
              ...fixed,
              dimension: options.dimension === "2" ? 2 : 3,
            })
          : fitPercolationConductivity(fraction, sigma, { model: options.model, ...fixed });
      const result = percolationFitJson(fit, {
        fraction,
        conductivity: sigma,
        ...(window === undefined ? {} : { window: { ...window, given: true } }),
      });
      writeResult(io, options.json, PercolationFitResultSchema, result, () => {
        const g = result.goodnessOfFit;
        const c = result.convergence;
        const fixedNote = (name: "threshold" | "exponent" | "prefactor" | "insulator") =>
          result.fixed.includes(name) ? " (fixed)" : "";
        return (
          formatTable([
            ["model", `${result.model}: ${result.relation}`],
            [
              "data",
              `${table.columns.fraction} and ${table.columns.conductivity}, ${g.pointCount} points, V_f ${formatCount(result.window.lower, 3)}–${formatCount(result.window.upper, 3)}`,
            ],
          ]) +
          "\n" +
          formatTable([
            [result.model === "gem" ? "φ_c" : "V_p", v(result.threshold) + fixedNote("threshold")],
            [result.model === "gem" ? "t" : "n", v(result.exponent, 3) + fixedNote("exponent")],
            [
              result.model === "power-law" ? "σ0" : "σ_M",
              e(result.prefactor) + fixedNote("prefactor"),
            ],
            ["σ_NM", e(result.insulator) + fixedNote("insulator")],
            ["", `${Math.round(100 * result.confidenceLevel)} % intervals in brackets`],
          ]) +
          "\n" +
          formatTable([
            [
              "χ²",
              `${formatCount(g.chiSquare, 4)} decades², rms ${formatCount(result.rmsDecades, 3)} decades, R² ${formatCount(g.rSquared, 5)}`,
            ],
            [
              "converged",
              `${c.converged ? "yes" : "NO"} (${c.reason}, ${c.iterations} iterations, ${c.identifiability})`,
            ],
          ]) +
          warningLines(result.warnings)
        );
      });
      if (plotPath !== undefined) await writePlot(result.plot, plotPath, [file]);
    });
}
