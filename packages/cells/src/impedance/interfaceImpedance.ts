import { LmbError } from "@lmb/errors";
import {
  type FitCircuitOptions,
  fitCircuit,
  type ImpedanceData,
  interfaceResistances,
} from "@lmb/impedance";
import { exchangeCurrentFromResistance } from "@lmb/kinetics";
import {
  type ImpedanceSpectrum,
  type InterfaceImpedanceResult,
  type OverpotentialConvention,
  type ResistanceRole,
  toQuantityJson,
  type ValidationWarning,
} from "@lmb/schemas";
import { fromSI, STANDARD_TEMPERATURE } from "@lmb/units";

/** Options of {@link interfaceImpedance}. Values in SI (m², K, s). */
export interface InterfaceImpedanceOptions {
  /** Options of the circuit fit (`fitCircuit` of `@lmb/impedance`): starts, weighting, … */
  fit?: FitCircuitOptions;
  /**
   * "electrode": the arcs are one interface's; "cell": a symmetric Li‖Li cell (two like
   * interfaces in series: per-interface resistances are half, j0 = 2RT/(…·R_ct,cell·A)).
   * @default "electrode"
   */
  convention?: OverpotentialConvention;
  /** Area of one electrode, m² (> 0); default the dataset's `metadata.area`. */
  area?: number;
  /** Role overrides by element name, e.g. `{ R1: "sei" }` (see `interfaceResistances`). */
  roles?: Readonly<Record<string, ResistanceRole>>;
  /** Temperature, K (> 0); default the mean of the file's temperature column, else 298.15 K. */
  temperature?: number;
  /** α_a + α_c in j0 = RT/((α_a + α_c)·F·R_ct·A). @default 1 */
  transferCoefficientSum?: number;
  /** Which spectrum (e.g. its file name), echoed in the result. */
  label?: string;
  /** Time of the spectrum in a series, s (≥ 0), echoed in hours. */
  time?: number;
}

function isDataset(s: ImpedanceSpectrum | ImpedanceData): s is ImpedanceSpectrum {
  return "columns" in s;
}

/**
 * A spectrum's temperature and where it came from: given (K), the mean of the dataset's finite
 * temperature column (K), or 298.15 K by default.
 *
 * @param spectrum - dataset or columns
 * @param given - temperature in K, or undefined to look in the dataset
 * @throws LmbError `E_INVALID_INPUT` for a given temperature ≤ 0 K or not finite
 * @example
 * spectrumTemperature(spectrum, undefined); // { kelvin: 298.15, source: "default" } without a column
 */
export function spectrumTemperature(
  spectrum: ImpedanceSpectrum | ImpedanceData,
  given: number | undefined,
): { kelvin: number; source: "given" | "file" | "default" } {
  if (given !== undefined) {
    if (!(Number.isFinite(given) && given > 0)) {
      throw new LmbError("E_INVALID_INPUT", `temperature ${given} K is not above 0 K`, {
        location: { source: "options.temperature" },
        fix: "give an absolute temperature in K (θ/°C + 273.15)",
      });
    }
    return { kelvin: given, source: "given" };
  }
  const column = isDataset(spectrum) ? spectrum.columns.temperature : undefined;
  if (column !== undefined) {
    let sum = 0;
    let n = 0;
    for (const t of column) {
      if (Number.isFinite(t) && t > 0) {
        sum += t;
        n++;
      }
    }
    if (n > 0) return { kelvin: sum / n, source: "file" };
  }
  return { kelvin: STANDARD_TEMPERATURE, source: "default" };
}

/**
 * Analyses one impedance spectrum of a Li-metal cell the way papers report it: fits the
 * equivalent circuit (`fitCircuit`), reads R_bulk, R_SEI, R_ct and R_int = R_SEI + R_ct per
 * interface and in Ω cm² (`interfaceResistances` of `@lmb/impedance`: series R → bulk, arcs by
 * characteristic frequency, lowest → R_ct), and, with an electrode area, the exchange current
 * density from R_ct (`exchangeCurrentFromResistance` of `@lmb/kinetics`; theory.md §4.3):
 *
 *   j0 = R·T/((α_a + α_c)·F·R_ct·A) per interface, j0 = 2·R·T/((α_a + α_c)·F·R_ct,cell·A) for a
 *   symmetric cell.
 *
 * @param spectrum - `ImpedanceSpectrum` dataset (area and temperature read from it when present)
 *   or columns (Hz, Ω; Im Z < 0 capacitive)
 * @param circuit - circuit string, e.g. `"R0-p(R1,CPE1)-p(R2,CPE2)"`
 * @param options - fit options, convention, area (m²), roles, temperature (K), α_a + α_c, label
 * @returns the fit, the resistances and j0 (mA cm⁻²) (schema `InterfaceImpedanceResult`)
 * @throws LmbError from the fit (`E_CIRCUIT_PARSE`, `E_INVALID_INPUT` for NaN or f ≤ 0,
 *   `E_INSUFFICIENT_DATA`, …), `E_INVALID_INPUT` for a bad area, temperature or role
 * @example
 * // Li‖Li coin cell, 1.13 cm², 25 °C
 * const r = interfaceImpedance(spectrum, "R0-p(R1,CPE1)-p(R2,CPE2)", { convention: "cell", area: 1.13e-4 });
 * r.resistances.chargeTransfer?.areaSpecificResistance?.value; // Ω cm² per interface
 * r.exchangeCurrent?.exchangeCurrentDensity.value; // mA cm⁻²
 */
export function interfaceImpedance(
  spectrum: ImpedanceSpectrum | ImpedanceData,
  circuit: string,
  options: InterfaceImpedanceOptions = {},
): InterfaceImpedanceResult {
  const convention = options.convention ?? "electrode";
  const area = options.area ?? (isDataset(spectrum) ? spectrum.metadata.area : undefined);
  const temperature = spectrumTemperature(spectrum, options.temperature);
  if (options.time !== undefined && !(Number.isFinite(options.time) && options.time >= 0)) {
    throw new LmbError("E_INVALID_INPUT", `time ${options.time} s is not a number ≥ 0`, {
      location: { source: "options.time" },
      fix: "give the time since the first spectrum in s",
    });
  }
  const fit = fitCircuit(circuit, spectrum, options.fit);
  const resistances = interfaceResistances(fit, {
    convention,
    ...(area === undefined ? {} : { area }),
    ...(options.roles === undefined ? {} : { roles: options.roles }),
  });
  const warnings: ValidationWarning[] = [];
  const result: InterfaceImpedanceResult = {
    analysis: "interface-impedance",
    temperature: toQuantityJson(fromSI(temperature.kelvin, "K")),
    temperatureSource: temperature.source,
    fit,
    resistances,
    warnings,
  };
  if (options.label !== undefined) result.label = options.label;
  if (options.time !== undefined) result.time = toQuantityJson(fromSI(options.time, "h"));
  const ct = resistances.chargeTransfer?.resistance;
  if (area === undefined) {
    warnings.push({
      code: "W_NO_AREA",
      message: "no electrode area: no area-specific resistances and no j0; give the area",
    });
  } else if (ct !== undefined && ct.si > 0) {
    result.exchangeCurrent = exchangeCurrentFromResistance(
      {
        resistance: ct.si,
        ...(ct.standardError === undefined ? {} : { resistanceStandardError: ct.standardError }),
        area,
      },
      {
        convention,
        temperature: temperature.kelvin,
        confidenceLevel: fit.statistics.confidenceLevel,
        ...(options.transferCoefficientSum === undefined
          ? {}
          : { transferCoefficientSum: options.transferCoefficientSum }),
      },
    );
    if (temperature.source === "default") {
      warnings.push({
        code: "W_DEFAULT_TEMPERATURE",
        message: "j0 assumes 25 °C (no temperature given or in the file); give the temperature",
      });
    }
  }
  return result;
}
