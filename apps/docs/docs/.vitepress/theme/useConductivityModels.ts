import { LmbError } from "@lmb/errors";
import {
  bruggeman,
  generalEffectiveMedium,
  mixingRule,
  percolationPowerLaw,
} from "@lmb/percolation";
import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import { conductivity } from "@lmb/units";
import { type ComputedRef, computed, onMounted, type Ref, ref } from "vue";
import { type ShownError, shownError } from "./format";

/** The inputs as typed: conductivities with their units, V_p and n as numbers. */
export interface ConductivityInputs {
  /** σ_M with a unit, e.g. "1.1e7 S m-1" (Li metal). */
  metal: string;
  /** σ_NM with a unit, e.g. "1e-8 S m-1". */
  insulator: string;
  /** V_p (φ_c), the percolation threshold as a fraction. */
  threshold: number;
  /** n (t), the conductivity exponent. */
  exponent: number;
}

/** σ of the four models at one metal fraction, S m⁻¹. */
export interface ModelValues {
  fraction: number;
  mixing: number;
  powerLaw: number;
  bruggeman: number;
  gem: number;
}

/** The models evaluated on the plot's grid and at the table's fractions. */
export interface ConductivityResult {
  ok: true;
  /** σ_M, σ_NM in S m⁻¹. */
  metal: number;
  insulator: number;
  threshold: number;
  exponent: number;
  /** σ0 = σ_M/(1 − V_p)^n of the power law, S m⁻¹. */
  prefactor: number;
  table: ModelValues[];
  plot: VegaLiteSpec;
}

/** Metal fractions of the table under the plot. */
export const TABLE_FRACTIONS = [0.05, 0.1, 0.2, 0.25, 0.3, 0.35, 0.5, 0.8] as const;

/**
 * σ of the mixing rule, the power law (σ0 = σ_M/(1 − V_p)^n, so that it reaches σ_M at V_f = 1,
 * with σ_NM as its floor), Bruggeman's 3D effective medium and McLachlan's GEM (V_p, n) at one
 * metal fraction — every value from the @lmb/percolation function of that name.
 *
 * @example
 * modelValues(0.1, 1e7, 1e-8, 0.29, 2).mixing; // 1e6 S m⁻¹, while gem ≈ 2.3e-8
 */
export function modelValues(
  fraction: number,
  metal: number,
  insulator: number,
  threshold: number,
  exponent: number,
): ModelValues {
  const prefactor = metal / (1 - threshold) ** exponent;
  return {
    fraction,
    mixing: mixingRule(fraction, metal, insulator),
    powerLaw: percolationPowerLaw(fraction, { threshold, exponent, prefactor, insulator }),
    bruggeman: bruggeman(fraction, metal, insulator, 3),
    gem: generalEffectiveMedium(fraction, { threshold, exponent, metal, insulator }),
  };
}

/**
 * The four models on 201 metal fractions (plus V_p itself) as a log-σ Vega-Lite plot, and the
 * table's fractions.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for σ_NM = 0 (no log scale), V_p outside (0, 1), n ≤ 0;
 *   `E_UNIT_MISMATCH` and parse errors from `@lmb/units` for the conductivities.
 * @example
 * conductivityModels({ metal: "1.1e7 S m-1", insulator: "1e-8 S m-1", threshold: 0.2896, exponent: 2 });
 */
export function conductivityModels(inputs: ConductivityInputs): ConductivityResult {
  const metal = conductivity(inputs.metal);
  const insulator = conductivity(inputs.insulator);
  const { threshold, exponent } = inputs;
  if (!(insulator > 0)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `σ_NM = ${insulator} S m⁻¹ cannot be drawn on a logarithmic axis`,
      { fix: "give the insulator's (small but positive) electronic conductivity, e.g. 1e-8 S m-1" },
    );
  }
  if (!(threshold > 0 && threshold < 1) || !(exponent > 0 && exponent <= 10)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `V_p = ${threshold} and n = ${exponent} are outside 0 < V_p < 1, 0 < n ≤ 10`,
      {
        fix: "give the threshold as a fraction (0.29, not 29) and an exponent near 2 (3D) or 1.3 (2D)",
      },
    );
  }
  const fractions = Array.from({ length: 201 }, (_, i) => i / 200);
  fractions.push(threshold);
  fractions.sort((a, b) => a - b);
  const values: { V: number; sigma: number; model: string }[] = [];
  const names: [keyof Omit<ModelValues, "fraction">, string][] = [
    ["mixing", "mixing rule (parallel bound)"],
    ["powerLaw", "percolation power law"],
    ["bruggeman", "Bruggeman (3D)"],
    ["gem", "GEM (McLachlan)"],
  ];
  for (const f of fractions) {
    const v = modelValues(f, metal, insulator, threshold, exponent);
    for (const [key, label] of names) values.push({ V: f, sigma: v[key], model: label });
  }
  const plot: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: `σ_M = ${metal.toPrecision(3)} S/m, σ_NM = ${insulator.toPrecision(3)} S/m, V_p = ${threshold}, n = ${exponent}`,
    width: 480,
    height: 320,
    layer: [
      {
        data: { values },
        mark: { type: "line", strokeWidth: 2, clip: true },
        encoding: {
          x: { field: "V", type: "quantitative", title: "V_f (metal volume fraction)" },
          y: {
            field: "sigma",
            type: "quantitative",
            title: "σ_eff (S m⁻¹)",
            scale: { type: "log" },
            axis: { format: ".0e" },
          },
          color: { field: "model", type: "nominal", title: null, sort: names.map((n) => n[1]) },
        },
      },
      {
        data: { values: [{ V: threshold }] },
        mark: { type: "rule", strokeDash: [4, 3], color: "#555" },
        encoding: { x: { field: "V", type: "quantitative" } },
      },
    ],
  };
  return {
    ok: true,
    metal,
    insulator,
    threshold,
    exponent,
    prefactor: metal / (1 - threshold) ** exponent,
    table: TABLE_FRACTIONS.map((f) => modelValues(f, metal, insulator, threshold, exponent)),
    plot,
  };
}

/** The conductivity explorer's reactive state. */
export interface ConductivityModelsState {
  inputs: Ref<ConductivityInputs>;
  result: ComputedRef<ConductivityResult | ShownError>;
  ready: Ref<boolean>;
}

/** Live σ_eff(V_f) of the four models for the typed σ_M, σ_NM, V_p and n. */
export function useConductivityModels(): ConductivityModelsState {
  const inputs = ref<ConductivityInputs>({
    metal: "1.1e7 S m-1",
    insulator: "1e-8 S m-1",
    threshold: 0.2896,
    exponent: 2,
  });
  const result = computed(() => {
    try {
      return conductivityModels(inputs.value);
    } catch (error) {
      return shownError(error);
    }
  });
  const ready = ref(false);
  onMounted(() => {
    ready.value = true;
  });
  return { inputs, result, ready };
}
