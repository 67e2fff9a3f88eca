import { LmbError } from "@lmb/errors";
import {
  type CircuitWeighting,
  compileCircuit,
  fitCircuit,
  interfaceResistances,
} from "@lmb/impedance";
import { read, readBytes } from "@lmb/io";
import { exchangeCurrentFromResistance } from "@lmb/kinetics";
import type {
  CircuitFitResult,
  Dataset,
  ImpedanceSpectrum,
  KineticsEstimate,
  OverpotentialConvention,
  ValidationWarning,
} from "@lmb/schemas";
import { area as areaKind, temperature as temperatureKind } from "@lmb/units";
import {
  type ComputedRef,
  computed,
  onBeforeUnmount,
  onMounted,
  type Ref,
  ref,
  type ShallowRef,
  shallowRef,
  watch,
} from "vue";
import { type ShownError, shownError } from "./format";
import { celsiusShorthand } from "./parsePoints";

/** The spectrum read from the text box: columns in SI, plus notes on how it was read. */
export type SpectrumOutcome =
  | { ok: true; spectrum: ImpedanceSpectrum; notes: string[] }
  | ShownError;

/** A finished fit (with how long it took), or the LmbError with its fix. */
export type FitOutcome = { ok: true; result: CircuitFitResult; milliseconds: number } | ShownError;

/** The fitter's inputs, as typed. */
export interface ImpedanceInputs {
  /** Three columns: frequency (Hz), Z′, Z″ (Ω), any sign convention, optional header line. */
  spectrum: string;
  /** Circuit in impedance.py's language, e.g. "R0-p(R1,CPE1)-p(R2,CPE2)". */
  circuit: string;
  weighting: CircuitWeighting;
  /** One interface ("electrode") or a symmetric Li‖Li cell (two interfaces in series). */
  convention: OverpotentialConvention;
  /** Area of one electrode as a quantity ("1.13 cm2"), or empty for none. */
  area: string;
  /** Temperature as a quantity ("25 °C"), for j0 from R_ct. */
  temperature: string;
}

/** One row of the Li-metal resistance table. */
export interface ResistanceRow {
  key: string;
  label: string;
  estimate: KineticsEstimate;
}

/** R_bulk, R_SEI, R_ct, R_int (and j0) read from a fit, or the LmbError with its fix. */
export type LiMetalOutcome =
  | { ok: true; rows: ResistanceRow[]; rule: string; warnings: ValidationWarning[] }
  | ShownError;

/** The example: a Li‖Li-like spectrum, SEI arc then charge-transfer arc, 100 kHz–10 mHz. */
export const EXAMPLE_CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)";
const EXAMPLE_VALUES = [5, 20, 2e-6, 0.9, 60, 2e-4, 0.85];

/** Header of the spectra the fitter writes: the sign convention is in the header. */
const HEADER = "f (Hz)\tZ' (Ω)\t-Z'' (Ω)";

function sixDigits(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * A spectrum as the text the fitter shows: a header naming the convention (−Z″, positive for a
 * capacitive arc) and one tab-separated line per frequency, six significant digits.
 */
export function spectrumToText(spectrum: {
  frequency: ArrayLike<number>;
  zReal: ArrayLike<number>;
  zImag: ArrayLike<number>;
}): string {
  const lines = [HEADER];
  for (let i = 0; i < spectrum.frequency.length; i++) {
    lines.push(
      [
        sixDigits(spectrum.frequency[i] as number),
        sixDigits(spectrum.zReal[i] as number),
        sixDigits(-(spectrum.zImag[i] as number)),
      ].join("\t"),
    );
  }
  return lines.join("\n");
}

/**
 * A synthetic spectrum of `circuit` with the given parameter values (SI, circuit order), from
 * `fMax` down to `fMin` with `perDecade` log-spaced frequencies and relative Gaussian-like noise
 * of size `noise` on each part (a fixed linear congruential sequence, so it is reproducible).
 *
 * @example syntheticSpectrum("R0-p(R1,C1)", [10, 100, 1e-5]); // text with a header and 71 lines
 */
export function syntheticSpectrum(
  circuit: string,
  values: readonly number[],
  { fMax = 1e5, fMin = 1e-2, perDecade = 10, noise = 0 } = {},
): string {
  const compiled = compileCircuit(circuit);
  const decades = Math.log10(fMax / fMin);
  const n = Math.round(decades * perDecade) + 1;
  const frequency = Float64Array.from({ length: n }, (_, i) => fMax * 10 ** (-i / perDecade));
  const omega = frequency.map((f) => 2 * Math.PI * f);
  const zReal = new Float64Array(n);
  const zImag = new Float64Array(n);
  compiled.impedance(omega, Float64Array.from(values), zReal, zImag);
  let seed = 12345;
  const uniform = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  // Sum of four uniforms: close enough to normal for a demonstration, unit variance.
  const gauss = () => (uniform() + uniform() + uniform() + uniform() - 2) * Math.sqrt(3);
  if (noise > 0) {
    for (let i = 0; i < n; i++) {
      const m = Math.hypot(zReal[i] as number, zImag[i] as number);
      zReal[i] = (zReal[i] as number) + noise * m * gauss();
      zImag[i] = (zImag[i] as number) + noise * m * gauss();
    }
  }
  return spectrumToText({ frequency, zReal, zImag });
}

/** The example spectrum the fitter opens with (0.5 % noise). */
export function exampleSpectrum(): string {
  return syntheticSpectrum(EXAMPLE_CIRCUIT, EXAMPLE_VALUES, { noise: 0.005 });
}

function impedanceOnly(dataset: Dataset, source: string): ImpedanceSpectrum {
  if (dataset.kind !== "impedance") {
    throw new LmbError("E_INVALID_INPUT", `${source} holds ${dataset.kind} data, not a spectrum`, {
      location: { source },
      fix: "drop an impedance file (Gamry .DTA, ZView .z, BioLogic EIS .mpt/.mpr, CSV with f, Z′, Z″)",
    });
  }
  return dataset;
}

function notesOf(dataset: Dataset): string[] {
  return dataset.metadata.warnings.map((w) => w.message);
}

/**
 * Reads the text box with `@lmb/io`'s impedance table reader, the one `lmb eis fit table.csv`
 * uses: frequency, Z′ and Z″ in any column order with a header (`Freq/Hz`, `Z' (Ω)`, `-Z''`,
 * `Im(Z)/Ohm`, …), or the first three columns without one; tabs, commas, semicolons or spaces.
 * The sign of Z″ comes from the header (`-Z''` means −Im Z) or, without one, from the data (a
 * capacitive spectrum has Im Z < 0), with a note saying so.
 */
export function readSpectrumText(text: string): SpectrumOutcome {
  try {
    if (text.trim() === "") {
      throw new LmbError("E_INVALID_INPUT", "no spectrum given", {
        location: { source: "spectrum" },
        fix: "paste three columns (frequency in Hz, Z′ and Z″ in Ω) or drop an impedance file",
      });
    }
    const dataset = readBytes(new TextEncoder().encode(text), {
      fileName: "pasted spectrum",
      format: "impedance-csv",
    });
    return {
      ok: true,
      spectrum: impedanceOnly(dataset, "the pasted text"),
      notes: notesOf(dataset),
    };
  } catch (error) {
    return shownError(error);
  }
}

/**
 * Fits `circuit` to the spectrum with `fitCircuit` of `@lmb/impedance`, exactly as
 * `lmb eis fit` does: estimated starts with a seeded multi-start, complex nonlinear least squares,
 * standard errors and intervals, derived arc quantities and Nyquist and Bode plots.
 */
export function runFit(
  spectrum: ImpedanceSpectrum,
  circuit: string,
  weighting: CircuitWeighting,
): FitOutcome {
  try {
    const started = performance.now();
    const result = fitCircuit(circuit, spectrum, { weighting });
    return { ok: true, result, milliseconds: performance.now() - started };
  } catch (error) {
    return shownError(error);
  }
}

const TOTALS = [
  ["bulk", "R_bulk"],
  ["sei", "R_SEI"],
  ["chargeTransfer", "R_ct"],
  ["interphase", "R_int"],
] as const;

/**
 * The resistances Li-metal papers report, read from the fit exactly as `lmb eis fit` does:
 * `interfaceResistances` of `@lmb/impedance` (series R → R_bulk; arcs ordered by apex
 * frequency, the lowest → R_ct, the others → R_SEI; R_int = R_SEI + R_ct; per interface halved
 * for a symmetric cell; Ω cm² with an area) and, with an area, j0 from R_ct with
 * `exchangeCurrentFromResistance` of `@lmb/kinetics` (2RT/(F·R_ct,cell·A) for a symmetric cell).
 */
export function liMetalResistances(fit: CircuitFitResult, inputs: ImpedanceInputs): LiMetalOutcome {
  try {
    const area = inputs.area.trim() === "" ? undefined : areaKind(inputs.area.trim());
    const r = interfaceResistances(fit, {
      convention: inputs.convention,
      ...(area === undefined ? {} : { area }),
    });
    const rows: ResistanceRow[] = [];
    for (const [key, symbol] of TOTALS) {
      const total = r[key];
      if (total === undefined) continue;
      rows.push({ key, label: `${symbol} (as fitted)`, estimate: total.resistance });
      if (total.interfaceResistance !== undefined && inputs.convention === "cell") {
        rows.push({
          key: `${key}-interface`,
          label: `${symbol} per interface`,
          estimate: total.interfaceResistance,
        });
      }
      if (total.areaSpecificResistance !== undefined) {
        rows.push({
          key: `${key}-asr`,
          label: key === "bulk" ? `${symbol}·A` : `${symbol}·A per interface`,
          estimate: total.areaSpecificResistance,
        });
      }
    }
    const ct = r.chargeTransfer;
    if (area !== undefined && ct !== undefined) {
      const j0 = exchangeCurrentFromResistance(
        {
          resistance: ct.resistance.si,
          area,
          ...(ct.resistance.standardError === undefined
            ? {}
            : { resistanceStandardError: ct.resistance.standardError }),
        },
        {
          convention: inputs.convention,
          temperature: temperatureKind(celsiusShorthand(inputs.temperature.trim())),
        },
      );
      rows.push({
        key: "exchangeCurrentDensity",
        label: "j0 from R_ct (per interface)",
        estimate: j0.exchangeCurrentDensity,
      });
    }
    return { ok: true, rows, rule: r.rule, warnings: r.warnings };
  } catch (error) {
    return shownError(error);
  }
}

/** The fitter's reactive state. */
export interface ImpedanceFitterState {
  inputs: Ref<ImpedanceInputs>;
  spectrum: ComputedRef<SpectrumOutcome>;
  fit: ShallowRef<FitOutcome | undefined>;
  /** The Li-metal resistances of the current fit (recomputed without refitting). */
  liMetal: ComputedRef<LiMetalOutcome | undefined>;
  /** True while a fit is waiting or running. */
  fitting: Ref<boolean>;
  /** The dropped or chosen file the text came from, if any. */
  fileName: Ref<string>;
  /** Notes from reading the dropped file (sign decisions, skipped columns). */
  fileNotes: Ref<string[]>;
  /** A dropped file that could not be read. */
  fileError: Ref<ShownError | undefined>;
  dragging: Ref<boolean>;
  /** True once mounted in the browser: the inputs are live (tests wait for it). */
  ready: Ref<boolean>;
  loadFile(file: File): Promise<void>;
  onDrop(event: DragEvent): void;
  onChoose(event: Event): void;
  loadExample(): void;
}

/**
 * The live fitter: the spectrum is re-read on every edit, and the fit re-runs 250 ms after the
 * last change of spectrum, circuit or weighting (a fit takes tens to hundreds of milliseconds).
 * A dropped file is read with `read` of `@lmb/io` and shown in the text box as f, Z′, −Z″.
 */
export function useImpedanceFitter(): ImpedanceFitterState {
  const inputs = ref<ImpedanceInputs>({
    spectrum: exampleSpectrum(),
    circuit: EXAMPLE_CIRCUIT,
    weighting: "unit",
    convention: "cell",
    area: "1.13 cm2",
    temperature: "25 °C",
  });
  const spectrum = computed(() => readSpectrumText(inputs.value.spectrum));
  const fit = shallowRef<FitOutcome | undefined>(undefined);
  const liMetal = computed(() => {
    const f = fit.value;
    return f?.ok ? liMetalResistances(f.result, inputs.value) : undefined;
  });
  const fitting = ref(false);
  const fileName = ref("");
  const fileNotes = ref<string[]>([]);
  const fileError = ref<ShownError | undefined>(undefined);
  const dragging = ref(false);
  const ready = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule(delay: number): void {
    if (timer !== undefined) clearTimeout(timer);
    fitting.value = true;
    timer = setTimeout(() => {
      timer = undefined;
      const read = spectrum.value;
      fit.value = read.ok
        ? runFit(read.spectrum, inputs.value.circuit, inputs.value.weighting)
        : undefined;
      fitting.value = false;
    }, delay);
  }

  watch(
    () => [spectrum.value, inputs.value.circuit, inputs.value.weighting],
    () => schedule(250),
  );

  async function loadFile(file: File): Promise<void> {
    fileError.value = undefined;
    try {
      const dataset = impedanceOnly(await read(file, { fileName: file.name }), file.name);
      fileName.value = file.name;
      fileNotes.value = notesOf(dataset);
      inputs.value.spectrum = spectrumToText(dataset.columns);
    } catch (error) {
      fileError.value = shownError(error);
    }
  }

  onMounted(() => {
    ready.value = true;
    schedule(0);
  });
  onBeforeUnmount(() => {
    if (timer !== undefined) clearTimeout(timer);
  });

  return {
    inputs,
    spectrum,
    fit,
    liMetal,
    fitting,
    fileName,
    fileNotes,
    fileError,
    dragging,
    ready,
    loadFile,
    onDrop(event: DragEvent) {
      dragging.value = false;
      const file = event.dataTransfer?.files[0];
      if (file !== undefined) void loadFile(file);
    },
    onChoose(event: Event) {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file !== undefined) void loadFile(file);
      input.value = "";
    },
    loadExample() {
      fileName.value = "";
      fileNotes.value = [];
      fileError.value = undefined;
      inputs.value.spectrum = exampleSpectrum();
      inputs.value.circuit = EXAMPLE_CIRCUIT;
    },
  };
}
