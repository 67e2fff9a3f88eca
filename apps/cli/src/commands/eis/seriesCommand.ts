import { basename } from "node:path";
import { Command, Option } from "@commander-js/extra-typings";
import { type InterfaceImpedanceSeriesEntry, interfaceImpedanceSeries } from "@lmb/cells";
import type { ImpedanceSpectrum, InterfaceImpedanceSeriesResult } from "@lmb/schemas";
import { InterfaceImpedanceSeriesResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { formatEstimate } from "../kinetics/formatEstimate.js";
import { convention } from "../kinetics/kineticsOptions.js";
import { printWarnings } from "../kinetics/printWarnings.js";
import {
  areaOption,
  eisCellOption,
  parseGuess,
  parseQuantityList,
  parseRoles,
  temperatureKelvin,
  weightOption,
} from "./eisOptions.js";
import { formatValue } from "./formatEis.js";
import { readSpectrum } from "./readSpectrum.js";

const EXAMPLES = `
Examples:
  $ lmb eis series 0C.mpr 25C.mpr 60C.mpr --circuit "R0-p(R1,CPE1)-p(R2,CPE2)" --by temperature --temperatures "0C,25C,60C" --cell symmetric --area "1.13 cm2"
  $ lmb eis series day*.mpr --circuit "R0-p(R1,CPE1)-p(R2,CPE2)" --by time --plot resistances.svg

Spectra are fitted in order of --by, each from the previous fit. Temperatures come from
--temperatures (one per file) or the files' temperature columns; times from --times (one per
file) or the files' start times (hours since the first). Where two or more temperatures are
known, each resistance gets an Arrhenius fit 1/R = A·exp(−E_a/RT).`;

const KEYS = [
  ["bulk", "R_bulk"],
  ["sei", "R_SEI"],
  ["chargeTransfer", "R_ct"],
  ["interphase", "R_int"],
] as const;

function seriesTable(result: InterfaceImpedanceSeriesResult): string {
  const entries = result.entries;
  const hasArea = entries.some((e) => e.resistances.area !== undefined);
  const hasJ0 = entries.some((e) => e.exchangeCurrent !== undefined);
  const header = [
    "file",
    "T (°C)",
    ...(entries.some((e) => e.time !== undefined) ? ["t (h)"] : []),
    ...KEYS.map(([, label]) => `${label} (Ω)`),
    ...(hasArea ? ["ASR_int (Ω cm²)"] : []),
    ...(hasJ0 ? ["j0 (mA cm⁻²)"] : []),
    "RMSE (Ω)",
  ];
  const rows = entries.map((e, i) => [
    e.label ?? String(i + 1),
    `${formatCount(e.temperature.si - 273.15, 4)}${e.temperatureSource === "default" ? "?" : ""}`,
    ...(header.includes("t (h)")
      ? [e.time === undefined ? "—" : formatCount(e.time.value, 4)]
      : []),
    ...KEYS.map(([k]) => {
      const r = e.resistances[k]?.resistance.value;
      return r === undefined ? "—" : formatValue(r, 4);
    }),
    ...(hasArea
      ? [
          e.resistances.interphase?.areaSpecificResistance === undefined
            ? "—"
            : formatValue(e.resistances.interphase.areaSpecificResistance.value, 4),
        ]
      : []),
    ...(hasJ0
      ? [
          e.exchangeCurrent === undefined
            ? "—"
            : formatValue(e.exchangeCurrent.exchangeCurrentDensity.value, 4),
        ]
      : []),
    formatValue(e.fit.statistics.rootMeanSquareError, 3),
  ]);
  return formatTable([header, ...rows]);
}

function arrheniusTable(result: InterfaceImpedanceSeriesResult): string {
  const a = result.arrhenius;
  if (a === undefined) return "";
  const rows = KEYS.flatMap(([k, label]) => {
    const fit = a[k];
    if (fit === undefined) return [];
    return [
      [
        label,
        formatEstimate(fit.activationEnergy, 4),
        formatEstimate(fit.activationEnergyPerParticle, 3),
        formatCount(fit.goodnessOfFit.rSquared, 5),
      ],
    ];
  });
  return `\n${formatTable([["Arrhenius", "E_a", "", "R²"], ...rows])}`;
}

/**
 * `lmb eis series FILES… --circuit "…" --by temperature|time`: fits many spectra in order, each
 * from the previous fit, prints R_bulk, R_SEI, R_ct, R_int (and ASR, j0 with an area) per
 * spectrum, then the Arrhenius fit of each resistance where temperatures are known
 * (`interfaceImpedanceSeries` of `@lmb/cells`).
 *
 * @example
 * // lmb eis series a.mpr b.mpr --circuit "R0-p(R1,CPE1)-p(R2,CPE2)" --by temperature --temperatures "25C,60C"
 */
export function seriesCommand(io: CliIo) {
  return new Command("series")
    .description("fit a series of spectra over temperature or time; E_a of each resistance")
    .argument("<files...>", "impedance spectra")
    .requiredOption("--circuit <circuit>", 'equivalent circuit, e.g. "R0-p(R1,CPE1)-p(R2,CPE2)"')
    .addOption(
      new Option("--by <variable>", "the series variable")
        .choices(["temperature", "time"] as const)
        .makeOptionMandatory(),
    )
    .option("--temperatures <list>", 'one temperature per file, e.g. "0C,25C,60C"')
    .option("--times <list>", 'one time per file since the start, e.g. "0h,12h,24h"')
    .option("--temperature <quantity>", 'temperature of files without one, e.g. "25 °C"')
    .option(
      "--guess <values>",
      "starting values (SI) of the first fit, in circuit order or by name",
    )
    .addOption(weightOption())
    .option("--drop-inductive", "fit only the points with Im Z < 0 (drop an inductive tail)")
    .option("--skip-invalid", "drop rows the reader could not use (f ≤ 0, NaN) instead of failing")
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (default: from the files)')
    .addOption(eisCellOption())
    .option("--roles <roles>", 'override roles, e.g. "R1=sei,R2=ct" (bulk, sei, ct, other)')
    .addOption(plotOption("ln(1/R) against 1000/T with the Arrhenius lines, or R against time"))
    .addOption(jsonOption("InterfaceImpedanceSeriesResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (files, options) => {
      const area = areaOption(options.area);
      const fallback = temperatureKelvin(options.temperature);
      const guess = options.guess === undefined ? undefined : parseGuess(options.guess);
      const roles = options.roles === undefined ? undefined : parseRoles(options.roles);
      const temperatures =
        options.temperatures === undefined
          ? undefined
          : parseQuantityList(options.temperatures, "--temperatures", files.length);
      const times =
        options.times === undefined
          ? undefined
          : parseQuantityList(options.times, "--times", files.length);
      const spectra: ImpedanceSpectrum[] = [];
      for (const file of files) {
        spectra.push(
          await readSpectrum(file, io, {
            area,
            skipInvalid: options.skipInvalid,
            dropInductive: options.dropInductive,
          }),
        );
      }
      // Times from the files' start stamps, in hours since the earliest, when all have one.
      const starts = spectra.map((s) => Date.parse(s.metadata.startTime ?? ""));
      const stamped = starts.every(Number.isFinite);
      const first = Math.min(...starts);
      const entries: InterfaceImpedanceSeriesEntry[] = spectra.map((spectrum, i) => {
        const time = times?.[i] ?? (stamped ? ((starts[i] as number) - first) / 1000 : undefined);
        return {
          spectrum,
          label: basename(files[i] as string),
          ...(temperatures === undefined ? {} : { temperature: temperatures[i] as number }),
          ...(time === undefined ? {} : { time }),
        };
      });
      const result = interfaceImpedanceSeries(entries, options.circuit, {
        by: options.by,
        fit: { weighting: options.weight, ...(guess === undefined ? {} : { initialGuess: guess }) },
        convention: convention(options.cell),
        ...(area === undefined ? {} : { area }),
        ...(roles === undefined ? {} : { roles }),
        ...(fallback === undefined ? {} : { temperature: fallback }),
      });
      writeResult(io, options.json, InterfaceImpedanceSeriesResultSchema, result, () => {
        const warnings = result.entries.flatMap((e) =>
          [...e.fit.warnings, ...e.resistances.warnings, ...e.warnings].map((w) => ({
            code: w.code,
            message: `${e.label ?? ""}: ${w.message}`,
          })),
        );
        return (
          formatTable([
            ["circuit", result.circuit],
            [
              "convention",
              result.entries[0]?.resistances.convention === "cell"
                ? "symmetric cell (R per interface = R/2)"
                : "one interface",
            ],
          ]) +
          "\n" +
          seriesTable(result) +
          arrheniusTable(result) +
          printWarnings([...warnings, ...result.warnings])
        );
      });
      if (options.plot !== undefined) await writePlot(result.plot, options.plot, files);
    });
}
