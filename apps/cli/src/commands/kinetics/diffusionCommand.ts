import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { findVoltammogramPeaks, randlesSevcikAnalysis } from "@lmb/kinetics";
import {
  type RandlesSevcikBranch,
  RandlesSevcikResultSchema,
  type VoltammogramPeaksResult,
} from "@lmb/schemas";
import { area as areaKind, concentration as concentrationKind } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { formatEstimate } from "./formatEstimate.js";
import { kelvin, temperatureOption } from "./kineticsOptions.js";
import { parseScanRates } from "./parseScanRates.js";
import { baselineOption } from "./peaksCommand.js";
import { printWarnings } from "./printWarnings.js";
import { readKineticsDataset } from "./readKineticsDataset.js";

const EXAMPLES = `
Examples:
  $ lmb kinetics diffusion cv10.mpt cv20.mpt cv50.mpt cv100.mpt --scan-rates "10,20,50,100 mV/s" --area "1.13 cm2" --concentration "1 M"
  $ lmb kinetics diffusion cv*.csv --scan-rates "0.1 mV/s,0.2 mV/s,0.5 mV/s" --area "1 cm2" --concentration "0.0228 mol/cm3" --baseline linear --json

One voltammogram per scan rate, in the same order. The peaks of --cycle (default: the last cycle
with a peak) give I_p; D comes from the slope of |I_p| against √v (Randles–Sevcik, reversible
unless --irreversible), per branch, with R² and the log–log slope (0.5 for diffusion control).`;

function pick(
  peaks: VoltammogramPeaksResult,
  key: "anodic" | "cathodic",
  cycle: number | undefined,
): number | undefined {
  const cycles =
    cycle === undefined
      ? [...peaks.cycles].reverse()
      : peaks.cycles.filter((c) => c.cycle === cycle);
  return cycles.find((c) => c[key] !== undefined)?.[key]?.peakCurrent;
}

function branchRows(b: RandlesSevcikBranch): string[][] {
  return [
    [
      `${b.branch} D`,
      formatEstimate(b.diffusionCoefficient, 3),
      b.linear ? "linear" : "NOT linear",
    ],
    [
      "",
      `R² = ${formatCount(b.goodnessOfFit.rSquared, 5)}, log–log slope ${formatEstimate(b.logLogSlope, 3)}`,
      "0.5 expected",
    ],
  ];
}

/**
 * `lmb kinetics diffusion FILE… --scan-rates …`: diffusion coefficient from voltammograms at
 * several scan rates — peaks found with `findVoltammogramPeaks`, D from `randlesSevcikAnalysis`
 * of `@lmb/kinetics`.
 *
 * @example
 * // lmb kinetics diffusion a.mpt b.mpt c.mpt --scan-rates "10,20,50 mV/s" --area "1 cm2" --concentration "1 M"
 */
export function diffusionCommand(io: CliIo) {
  return new Command("diffusion")
    .description("diffusion coefficient from peak currents at several scan rates (Randles–Sevcik)")
    .argument("<files...>", "one voltammogram per scan rate")
    .option(
      "--scan-rates <list>",
      'scan rate of each file, e.g. "10,20,50,100 mV/s" (default: from the files)',
    )
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (default: from the files)')
    .requiredOption(
      "--concentration <quantity>",
      'bulk concentration of the electroactive species, e.g. "1 M" or "0.0228 mol/cm3"',
    )
    .option("--electrons <n>", "electrons per molecule, n", (v) => Number(v), 1)
    .option("--irreversible", "use the irreversible form (0.4958, with α·n_a)")
    .option("--alpha <a>", "α·n_a for --irreversible", (v) => Number(v), 0.5)
    .option("--cycle <n>", "take the peaks of this cycle", (v) => Number(v))
    .addOption(baselineOption())
    .addOption(
      new Option("--weighting <kind>", "none (equal scatter) or relative (scatter ∝ I_p)")
        .choices(["none", "relative"] as const)
        .default("none" as const),
    )
    .addOption(temperatureOption())
    .addOption(plotOption("|I_p| against √v with the fitted lines"))
    .addOption(jsonOption("RandlesSevcikResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (files, options) => {
      const temperature = kelvin(options.temperature);
      const concentration = quantityOption(
        options.concentration,
        "--concentration",
        concentrationKind,
      ).si;
      let area: number | undefined =
        options.area === undefined
          ? undefined
          : quantityOption(options.area, "--area", areaKind).si;
      const given = options.scanRates === undefined ? undefined : parseScanRates(options.scanRates);
      if (given !== undefined && given.length !== files.length) {
        throw new LmbError(
          "E_INVALID_INPUT",
          `${files.length} files but ${given.length} scan rates`,
          {
            location: { source: "--scan-rates" },
            fix: "give one scan rate per file, in the same order",
          },
        );
      }
      const scanRates: number[] = [];
      const anodic: (number | undefined)[] = [];
      const cathodic: (number | undefined)[] = [];
      for (const [i, file] of files.entries()) {
        const cv = await readKineticsDataset(file, "voltammogram", io);
        const rate = given?.[i] ?? cv.scanRate;
        if (rate === undefined) {
          throw new LmbError("E_INVALID_INPUT", `${file} does not state its scan rate`, {
            location: { source: file },
            fix: 'give --scan-rates, one per file, e.g. "10,20,50 mV/s"',
          });
        }
        area ??= cv.metadata.area;
        scanRates.push(rate);
        const peaks = findVoltammogramPeaks(cv, { baseline: options.baseline });
        anodic.push(pick(peaks, "anodic", options.cycle));
        cathodic.push(pick(peaks, "cathodic", options.cycle));
      }
      if (area === undefined) {
        throw new LmbError("E_INVALID_INPUT", "the electrode area is unknown", {
          location: { source: "--area" },
          fix: 'give --area, e.g. "1.13 cm2"',
        });
      }
      const complete = (xs: (number | undefined)[]) =>
        xs.every((x) => x !== undefined) ? (xs as number[]) : undefined;
      const anodicPeaks = complete(anodic);
      const cathodicPeaks = complete(cathodic);
      if (anodicPeaks === undefined && cathodicPeaks === undefined) {
        throw new LmbError("E_INVALID_INPUT", "no branch has a peak in every voltammogram", {
          fix: 'check the files with "lmb kinetics peaks FILE"; try --baseline linear or another --cycle',
        });
      }
      const result = randlesSevcikAnalysis(
        {
          scanRate: scanRates,
          ...(anodicPeaks === undefined ? {} : { anodicPeakCurrent: anodicPeaks }),
          ...(cathodicPeaks === undefined ? {} : { cathodicPeakCurrent: cathodicPeaks }),
        },
        {
          area,
          concentration,
          electrons: options.electrons,
          temperature,
          reversibility: options.irreversible ? "irreversible" : "reversible",
          transferCoefficient: options.alpha,
          weighting: options.weighting,
        },
      );
      writeResult(io, options.json, RandlesSevcikResultSchema, result, () => {
        const branches = [result.anodic, result.cathodic].filter(
          (b): b is RandlesSevcikBranch => b !== undefined,
        );
        return (
          formatTable([
            ["v (mV s⁻¹)", "I_pa (mA)", "I_pc (mA)"],
            ...scanRates.map((v, i) => [
              formatCount(v * 1e3, 4),
              anodic[i] === undefined ? "—" : formatCount((anodic[i] as number) * 1e3, 4),
              cathodic[i] === undefined ? "—" : formatCount((cathodic[i] as number) * 1e3, 4),
            ]),
          ]) +
          "\n" +
          formatTable(branches.flatMap(branchRows)) +
          printWarnings(result.warnings)
        );
      });
      if (options.plot !== undefined) await writePlot(result.plot, options.plot, files);
    });
}
