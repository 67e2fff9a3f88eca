import {
  arrheniusFit,
  butlerVolmerFit,
  microPolarization,
  type PolarizationCurve,
  tafelAnalysis,
} from "@lmb/kinetics";
import type {
  ArrheniusForm,
  KineticsEstimate,
  KineticsWarning,
  OverpotentialConvention,
  VegaLiteSpec,
} from "@lmb/schemas";
import {
  conductivity,
  currentDensity,
  type KindConstructor,
  resistance,
  temperature,
  voltage,
} from "@lmb/units";
import { type ComputedRef, computed, onMounted, type Ref, ref, watch } from "vue";
import { type ShownError, shownError } from "./format";
import { celsiusShorthand, type PointSide, parsePoints } from "./parsePoints";

/** The analyses the calculator offers, each one `@lmb/kinetics` function. */
export type KineticsMethod = "arrhenius" | "butler-volmer" | "tafel" | "micro-polarization";

/** One fitted or derived value as the calculator shows it. */
export interface EstimateRow {
  /** Stable key (tests address `kinetics-estimate-<key>`). */
  key: string;
  label: string;
  estimate: KineticsEstimate;
}

/** What the calculator shows: the fit, or the LmbError with its fix. */
export type KineticsOutcome =
  | {
      ok: true;
      relation: string;
      rows: EstimateRow[];
      facts: { label: string; text: string }[];
      warnings: KineticsWarning[];
      plot: VegaLiteSpec;
      confidenceLevel: number;
    }
  | ShownError;

/** The calculator's inputs (all text as typed, except the choices). */
export interface KineticsInputs {
  method: KineticsMethod;
  points: string;
  /** Arrhenius: which form. */
  form: ArrheniusForm;
  /** Arrhenius: unit of a bare σ (or R) value. */
  valueUnit: string;
  /** Polarization methods: unit of a bare j and η. */
  currentUnit: string;
  overpotentialUnit: string;
  /** Polarization methods: cell (symmetric Li‖Li) or one electrode. */
  convention: OverpotentialConvention;
  /** Polarization methods: the temperature as a quantity, "25 °C" or "298.15 K". */
  temperature: string;
  /** Butler–Volmer: hold α = 0.5 or fit one α = α_a = α_c. */
  fitAlpha: boolean;
  /** Butler–Volmer: fit a series area-specific resistance. */
  fitResistance: boolean;
}

/** Example inputs per method (what the page opens with). */
export const EXAMPLE_POINTS: Record<KineticsMethod, string> = {
  // σ of a coating (mS cm⁻¹) at four temperatures.
  arrhenius: "25C:1.00, 40C:1.31, 60C:1.82, 80C:2.40",
  // Symmetric Li‖Li rate test, j (mA cm⁻²) : η_cell (mV), j0 = 1.2 mA cm⁻² with noise.
  "butler-volmer": "0.5:21.0, 1:41.9, 2:77.8, 3:107.5, 5:152.3, 8:197.2",
  // One electrode, j (mA cm⁻²) and η (mV) in two columns, j0 = 0.8 mA cm⁻², α = 0.5, 2 % noise.
  tafel: [
    "j (mA cm-2)\tη (mV)",
    ...[
      [-273, -300],
      [-188, -280],
      [-127, -260],
      [-85.5, -240],
      [-58.3, -220],
      [-39.4, -200],
      [-26.9, -180],
      [-17.8, -160],
      [-12.1, -140],
      [-8.26, -120],
      [-5.53, -100],
      [-3.56, -80],
      [-2.34, -60],
      [-1.37, -40],
      [-0.649, -20],
      [0.646, 20],
      [1.35, 40],
      [2.32, 60],
      [3.69, 80],
      [5.53, 100],
      [8.24, 120],
      [12.2, 140],
      [18.3, 160],
      [27, 180],
      [39, 200],
      [57.5, 220],
      [86.6, 240],
      [125, 260],
      [183, 280],
      [272, 300],
    ].map(([j, eta]) => `${j}\t${eta}`),
  ].join("\n"),
  // Symmetric cell within ±20 mV, j (mA cm⁻²) : η_cell (mV), j0 = 1.2 mA cm⁻².
  "micro-polarization":
    "-0.4:-17.06, -0.3:-12.83, -0.2:-8.51, -0.1:-4.28, 0.1:4.30, 0.2:8.59, 0.3:12.77, 0.4:17.03",
};

/** Convention of each polarization method's example data. */
const EXAMPLE_CONVENTION: Record<KineticsMethod, OverpotentialConvention> = {
  arrhenius: "cell",
  "butler-volmer": "cell",
  tafel: "electrode",
  "micro-polarization": "cell",
};

/** Default unit of a bare Arrhenius value for each form. */
export function defaultValueUnit(form: ArrheniusForm): string {
  return form === "inverseResistance" ? "ohm" : "mS cm-1";
}

/** The calculator's starting inputs for a method. */
export function initialInputs(method: KineticsMethod = "arrhenius"): KineticsInputs {
  return {
    method,
    points: EXAMPLE_POINTS[method],
    form: "sigma",
    valueUnit: defaultValueUnit("sigma"),
    currentUnit: "mA cm-2",
    overpotentialUnit: "mV",
    convention: EXAMPLE_CONVENTION[method],
    temperature: "25 °C",
    fitAlpha: false,
    fitResistance: false,
  };
}

function side(kind: KindConstructor<number>, defaultUnit: string): PointSide {
  return { kind, defaultUnit };
}

function polarizationCurve(inputs: KineticsInputs): PolarizationCurve {
  const { x, y } = parsePoints(
    inputs.points,
    side(currentDensity, inputs.currentUnit),
    side(voltage, inputs.overpotentialUnit),
  );
  return { currentDensity: x, overpotential: y };
}

function kelvin(text: string): number {
  return temperature(celsiusShorthand(text.trim()));
}

const CONVENTION_TEXT: Record<OverpotentialConvention, string> = {
  cell: "symmetric Li‖Li cell: η is the cell's (both interfaces), j0 is per interface",
  electrode: "one electrode: η = E − E_eq of that electrode",
};

function row(key: string, label: string, estimate: KineticsEstimate | undefined): EstimateRow[] {
  return estimate === undefined ? [] : [{ key, label, estimate }];
}

function fixed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * Runs one analysis with the real `@lmb/kinetics` function, exactly as `lmb kinetics …` would:
 * the pasted points are parsed with their units into SI, the function returns a schema result,
 * and the calculator shows its estimates, evidence and plot. Any failure becomes the LmbError's
 * code, problem and fix.
 */
export function runKinetics(inputs: KineticsInputs): KineticsOutcome {
  try {
    switch (inputs.method) {
      case "arrhenius": {
        const byResistance = inputs.form === "inverseResistance";
        const { x, y } = parsePoints(
          inputs.points,
          { kind: temperature, defaultUnit: "K", rewrite: celsiusShorthand },
          side(byResistance ? resistance : conductivity, inputs.valueUnit),
        );
        const fit = arrheniusFit(
          byResistance ? { temperature: x, resistance: y } : { temperature: x, conductivity: y },
          { form: inputs.form },
        );
        const g = fit.goodnessOfFit;
        return {
          ok: true,
          relation: fit.relation,
          confidenceLevel: fit.confidenceLevel,
          rows: [
            ...row("activationEnergy", "E_a", fit.activationEnergy),
            ...row(
              "activationEnergyPerParticle",
              "E_a per particle",
              fit.activationEnergyPerParticle,
            ),
            ...row("prefactor", "prefactor", fit.prefactor),
          ],
          facts: [
            { label: "points", text: `${g.pointCount} (${g.degreesOfFreedom} degrees of freedom)` },
            { label: "R²", text: fixed(g.rSquared, 6) },
            {
              label: "temperatures",
              text: `${fixed(fit.window.lower, 2)}–${fixed(fit.window.upper, 2)} K (mean ${fixed(fit.meanTemperature.value, 2)} K)`,
            },
          ],
          warnings: fit.warnings,
          plot: fit.plot,
        };
      }
      case "butler-volmer": {
        const fit = butlerVolmerFit(polarizationCurve(inputs), {
          convention: inputs.convention,
          temperature: kelvin(inputs.temperature),
          transferCoefficients: inputs.fitAlpha ? "symmetric" : "fixed",
          areaSpecificResistance: inputs.fitResistance ? "fit" : 0,
        });
        const g = fit.goodnessOfFit;
        return {
          ok: true,
          relation: fit.relation,
          confidenceLevel: fit.confidenceLevel,
          rows: [
            ...row("exchangeCurrentDensity", "j0", fit.exchangeCurrentDensity),
            ...row(
              "transferCoefficient",
              inputs.fitAlpha ? "α (= α_a = α_c)" : "α (held)",
              fit.anodicTransferCoefficient,
            ),
            ...(inputs.fitResistance
              ? row("areaSpecificResistance", "R_s (series)", fit.areaSpecificResistance)
              : []),
          ],
          facts: [
            { label: "convention", text: CONVENTION_TEXT[fit.convention] },
            { label: "temperature", text: `${fixed(fit.temperature.value, 2)} K` },
            { label: "points", text: `${g.pointCount} (${g.degreesOfFreedom} degrees of freedom)` },
            {
              label: "residual SD",
              text:
                g.residualStandardDeviation === undefined
                  ? "—"
                  : `${fixed(g.residualStandardDeviation, 3)} mV`,
            },
            {
              label: "converged",
              text: `${fit.convergence.converged ? "yes" : "no"} (${fit.convergence.reason}, ${fit.convergence.iterations} iterations)`,
            },
          ],
          warnings: fit.warnings,
          plot: fit.plot,
        };
      }
      case "tafel": {
        const fit = tafelAnalysis(polarizationCurve(inputs), {
          convention: inputs.convention,
          temperature: kelvin(inputs.temperature),
        });
        const branchRows = (["anodic", "cathodic"] as const).flatMap((name) => {
          const b = fit[name];
          if (b === undefined) return [];
          return [
            ...row(`${name}-tafelSlope`, `${name} Tafel slope (per decade)`, b.tafelSlope),
            ...row(`${name}-transferCoefficient`, `${name} α`, b.transferCoefficient),
            ...row(`${name}-exchangeCurrentDensity`, `${name} j0`, b.exchangeCurrentDensity),
          ];
        });
        const windows = (["anodic", "cathodic"] as const).flatMap((name) => {
          const b = fit[name];
          if (b === undefined) return [];
          const w = b.window;
          return [
            {
              label: `${name} window`,
              text: `|η| ${fixed(w.lower, 1)}–${fixed(w.upper, 1)} ${w.unit}, ${w.pointCount} points, ${fixed(b.currentDecades, 2)} decades, R² ${fixed(b.goodnessOfFit.rSquared, 5)}`,
            },
          ];
        });
        return {
          ok: true,
          relation: fit.relation,
          confidenceLevel: fit.confidenceLevel,
          rows: [...row("exchangeCurrentDensity", "j0", fit.exchangeCurrentDensity), ...branchRows],
          facts: [
            { label: "convention", text: CONVENTION_TEXT[fit.convention] },
            ...windows,
            { label: "window rule", text: fit.windowRule },
          ],
          warnings: fit.warnings,
          plot: fit.plot,
        };
      }
      case "micro-polarization": {
        const fit = microPolarization(polarizationCurve(inputs), {
          convention: inputs.convention,
          temperature: kelvin(inputs.temperature),
        });
        const w = fit.window;
        return {
          ok: true,
          relation: fit.relation,
          confidenceLevel: fit.confidenceLevel,
          rows: [
            ...row("exchangeCurrentDensity", "j0 (per interface)", fit.exchangeCurrentDensity),
            ...row("areaSpecificResistance", "R_ct·A (as measured)", fit.areaSpecificResistance),
            ...row("interfaceResistance", "R_ct·A per interface", fit.interfaceResistance),
            ...row("slope", "dj/dη", fit.slope),
          ],
          facts: [
            { label: "convention", text: CONVENTION_TEXT[fit.convention] },
            {
              label: "window",
              text: `|η| ≤ ${fixed(w.upper, 2)} ${w.unit}, ${w.pointCount} points (${w.rule})`,
            },
            {
              label: "linearisation error",
              text: `${fixed(fit.linearizationError * 100, 3)} % at the window edge`,
            },
          ],
          warnings: fit.warnings,
          plot: fit.plot,
        };
      }
    }
  } catch (error) {
    return shownError(error);
  }
}

/** The calculator's reactive state. */
export interface KineticsCalculatorState {
  inputs: Ref<KineticsInputs>;
  outcome: ComputedRef<KineticsOutcome>;
  /** True once mounted in the browser: the inputs are live (tests wait for it). */
  ready: Ref<boolean>;
  /** Replaces the points with the current method's example. */
  loadExample(): void;
}

/**
 * The live calculator's state: the result recomputes on every input. Switching the method loads
 * that method's example points (and convention); switching the Arrhenius form swaps a default
 * value unit for the other form's default.
 */
export function useKineticsCalculator(method: KineticsMethod): KineticsCalculatorState {
  const inputs = ref<KineticsInputs>(initialInputs(method));
  const ready = ref(false);
  const outcome = computed(() => runKinetics(inputs.value));
  watch(
    () => inputs.value.method,
    (next) => {
      inputs.value.points = EXAMPLE_POINTS[next];
      inputs.value.convention = EXAMPLE_CONVENTION[next];
    },
  );
  watch(
    () => inputs.value.form,
    (next, previous) => {
      if (inputs.value.valueUnit === defaultValueUnit(previous)) {
        inputs.value.valueUnit = defaultValueUnit(next);
      }
    },
  );
  onMounted(() => {
    ready.value = true;
  });
  return {
    inputs,
    outcome,
    ready,
    loadExample() {
      inputs.value.points = EXAMPLE_POINTS[inputs.value.method];
    },
  };
}
