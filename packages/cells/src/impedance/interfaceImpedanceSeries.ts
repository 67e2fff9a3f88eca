import { LmbError } from "@lmb/errors";
import type { ImpedanceData } from "@lmb/impedance";
import { arrheniusFit } from "@lmb/kinetics";
import type {
  ArrheniusFitResult,
  ImpedanceSpectrum,
  InterfaceImpedanceResult,
  InterfaceImpedanceSeriesResult,
  ResistanceArrhenius,
  ValidationWarning,
} from "@lmb/schemas";
import {
  type InterfaceImpedanceOptions,
  interfaceImpedance,
  spectrumTemperature,
} from "./interfaceImpedance.js";
import { type ResistanceKey, resistanceSeriesPlot } from "./resistanceSeriesPlot.js";

/** One spectrum of a series, with what is known about when and where it was measured. */
export interface InterfaceImpedanceSeriesEntry {
  /** The spectrum (dataset or columns). */
  spectrum: ImpedanceSpectrum | ImpedanceData;
  /** Which spectrum, e.g. its file name. */
  label?: string;
  /** Temperature, K; default the file's temperature column, else the series' `temperature`. */
  temperature?: number;
  /** Time since the start of the series, s (needed for `by: "time"`). */
  time?: number;
}

/** Options of {@link interfaceImpedanceSeries}. */
export interface InterfaceImpedanceSeriesOptions
  extends Omit<InterfaceImpedanceOptions, "label" | "time"> {
  /** The series variable: spectra are fitted in its order. */
  by: "temperature" | "time";
  /**
   * Temperature for spectra with none of their own, K (e.g. a time series at 25 °C). Spectra
   * without any temperature are analysed at 298.15 K and left out of the Arrhenius fits.
   */
  temperature?: number;
}

const KEYS: readonly ResistanceKey[] = ["bulk", "sei", "chargeTransfer", "interphase"];
const NAMES: Record<ResistanceKey, string> = {
  bulk: "R_bulk",
  sei: "R_SEI",
  chargeTransfer: "R_ct",
  interphase: "R_int",
};

function where(entry: InterfaceImpedanceSeriesEntry, i: number): string {
  return entry.label === undefined ? `spectrum ${i + 1}` : entry.label;
}

/**
 * Analyses a series of Li-metal impedance spectra over temperature or time: orders them by the
 * series variable, fits the first from the given or estimated start and each next one from the
 * previous fit (so arcs keep their labels and the fit follows a slowly changing spectrum), reads
 * R_bulk, R_SEI, R_ct, R_int and j0 of each (`interfaceImpedance`), and, where two or more
 * different temperatures are known, fits each resistance to the Arrhenius law
 * 1/R = A·exp(−E_a/(R·T)) (`arrheniusFit` of `@lmb/kinetics`, form `inverseResistance`;
 * SCIENCE.md §3: reported E_a run from ≈ 3 kJ mol⁻¹ for Li⁺ through a porous coating to
 * 40–60 kJ mol⁻¹ for desolvation and SEI transport). E_a is the same for R_cell, R per interface
 * and the ASR (they differ by constant factors); the prefactor is that of R as fitted (S).
 *
 * @param entries - spectra with labels, temperatures (K) and times (s)
 * @param circuit - circuit string, e.g. `"R0-p(R1,CPE1)-p(R2,CPE2)"`
 * @param options - `by`, the fit options of the first spectrum, convention, area (m²), roles,
 *   default temperature (K), α_a + α_c
 * @returns every spectrum's analysis in order, the Arrhenius fits, warnings and a plot (schema
 *   `InterfaceImpedanceSeriesResult`)
 * @throws LmbError `E_INSUFFICIENT_DATA` (no spectra), `E_INVALID_INPUT` (a spectrum without a
 *   temperature for `by: "temperature"`, or without a time for `by: "time"`), and every error of
 *   `interfaceImpedance`, naming the spectrum
 * @example
 * const s = interfaceImpedanceSeries(
 *   [{ spectrum: s25, temperature: 298.15 }, { spectrum: s40, temperature: 313.15 }, { spectrum: s60, temperature: 333.15 }],
 *   "R0-p(R1,CPE1)-p(R2,CPE2)",
 *   { by: "temperature", convention: "cell", area: 1.13e-4 },
 * );
 * s.arrhenius?.chargeTransfer?.activationEnergy.value; // kJ mol⁻¹
 */
export function interfaceImpedanceSeries(
  entries: readonly InterfaceImpedanceSeriesEntry[],
  circuit: string,
  options: InterfaceImpedanceSeriesOptions,
): InterfaceImpedanceSeriesResult {
  const { by, temperature: fallback, fit: fitOptions, ...common } = options;
  if (by !== "temperature" && by !== "time") {
    throw new LmbError("E_INVALID_INPUT", `by is "${String(by)}"`, {
      location: { source: "options.by" },
      fix: 'give by: "temperature" or "time"',
    });
  }
  if (entries.length === 0) {
    throw new LmbError("E_INSUFFICIENT_DATA", "the series has no spectra", {
      location: { source: "entries" },
      fix: "give one or more spectra",
    });
  }
  const resolved = entries.map((entry, i) => {
    const own = spectrumTemperature(entry.spectrum, entry.temperature);
    const t = own.source === "default" && fallback !== undefined ? fallback : undefined;
    const temperature = t === undefined ? own : spectrumTemperature(entry.spectrum, t);
    if (by === "temperature" && temperature.source === "default") {
      throw new LmbError("E_INVALID_INPUT", `${where(entry, i)} has no temperature`, {
        location: { source: entry.label ?? `entries[${i}]` },
        fix: "give each spectrum's temperature (its file has no temperature column)",
      });
    }
    if (by === "time" && entry.time === undefined) {
      throw new LmbError("E_INVALID_INPUT", `${where(entry, i)} has no time`, {
        location: { source: entry.label ?? `entries[${i}]` },
        fix: "give each spectrum's time since the start of the series",
      });
    }
    return { entry, index: i, temperature };
  });
  const key = (r: (typeof resolved)[number]) =>
    by === "temperature" ? r.temperature.kelvin : (r.entry.time as number);
  const ordered = [...resolved].sort((a, b) => key(a) - key(b) || a.index - b.index);

  const results: InterfaceImpedanceResult[] = [];
  for (const r of ordered) {
    const previous = results.at(-1);
    const fit = previous === undefined ? fitOptions : { ...fitOptions, initialGuess: previous.fit };
    try {
      results.push(
        interfaceImpedance(r.entry.spectrum, circuit, {
          ...common,
          ...(fit === undefined ? {} : { fit }),
          ...(r.temperature.source === "default" ? {} : { temperature: r.temperature.kelvin }),
          ...(r.entry.label === undefined ? {} : { label: r.entry.label }),
          ...(r.entry.time === undefined ? {} : { time: r.entry.time }),
        }),
      );
    } catch (error) {
      if (error instanceof LmbError && r.entry.label !== undefined) {
        throw new LmbError(error.code, `${r.entry.label}: ${error.problem}`, {
          ...(error.location === undefined ? {} : { location: error.location }),
          ...(error.fix === undefined ? {} : { fix: error.fix }),
          cause: error,
        });
      }
      throw error;
    }
  }
  // Keep the temperature source the series resolved (a fallback counts as given).
  results.forEach((res, i) => {
    res.temperatureSource = ordered[i]?.temperature.source ?? res.temperatureSource;
  });

  const warnings: ValidationWarning[] = [];
  const known = results.filter((r) => r.temperatureSource !== "default");
  const distinct = new Set(known.map((r) => r.temperature.si)).size;
  let arrhenius: ResistanceArrhenius | undefined;
  if (distinct >= 2) {
    arrhenius = {};
    for (const k of KEYS) {
      const values = known.map((r) => r.resistances[k]?.resistance.si);
      if (values.some((v) => v === undefined || !(v > 0))) {
        if (values.some((v) => v !== undefined)) {
          warnings.push({
            code: "W_ROLE_MISSING",
            message: `${NAMES[k]} is missing or ≤ 0 in some spectra: no Arrhenius fit of it`,
          });
        }
        continue;
      }
      const fit: ArrheniusFitResult = arrheniusFit(
        {
          temperature: known.map((r) => r.temperature.si),
          resistance: values as number[],
        },
        {
          form: "inverseResistance",
          confidenceLevel: results[0]?.fit.statistics.confidenceLevel ?? 0.95,
        },
      );
      arrhenius[k] = fit;
    }
  } else if (by === "temperature") {
    warnings.push({
      code: "W_NO_ARRHENIUS",
      message: "fewer than two different temperatures: no activation energies",
    });
  }
  const result: InterfaceImpedanceSeriesResult = {
    analysis: "interface-impedance-series",
    circuit: results[0]?.fit.circuit ?? circuit,
    by,
    entries: results,
    warnings,
    plot: resistanceSeriesPlot(results, by === "temperature" ? "temperature" : "time", arrhenius),
  };
  if (arrhenius !== undefined) result.arrhenius = arrhenius;
  return result;
}
