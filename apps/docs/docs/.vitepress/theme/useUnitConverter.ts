import { isLmbError } from "@lmb/errors";
import {
  convertUnitRequest,
  parseWithSchema,
  UnitConversionRequestSchema,
  type UnitConversionResult,
} from "@lmb/schemas";
import { type ComputedRef, computed, onMounted, type Ref, ref } from "vue";

/** A material whose equivalences the converter may use; `""` for none. */
export type ConverterMaterial = "" | "Li";

/** What the converter shows: the conversion, or the LmbError split into code, problem and fix. */
export type ConverterOutcome =
  | { ok: true; result: UnitConversionResult }
  | { ok: false; code: string; problem: string; fix: string };

/** The converter's starting values. */
export interface ConverterInitial {
  value: string;
  to: string;
  material: ConverterMaterial;
}

/** The converter's reactive state. */
export interface UnitConverterState {
  quantityText: Ref<string>;
  toText: Ref<string>;
  material: Ref<ConverterMaterial>;
  outcome: ComputedRef<ConverterOutcome>;
  /** True once mounted in the browser: the inputs are live (tests wait for it). */
  ready: Ref<boolean>;
}

/**
 * Runs one conversion exactly as `lmb units convert` does: the form is validated with
 * `UnitConversionRequestSchema` and converted with `convertUnitRequest`; any failure becomes
 * the LmbError's code, problem and fix.
 */
export function runConversion(
  quantity: string,
  to: string,
  material: ConverterMaterial,
): ConverterOutcome {
  try {
    const request = parseWithSchema(
      UnitConversionRequestSchema,
      { quantity, to, ...(material === "" ? {} : { material }) },
      { what: "conversion", source: "converter form" },
    );
    return { ok: true, result: convertUnitRequest(request) };
  } catch (error) {
    if (isLmbError(error)) {
      return { ok: false, code: error.code, problem: error.problem, fix: error.fix ?? "" };
    }
    return { ok: false, code: "", problem: String(error), fix: "" };
  }
}

/** Six significant digits without trailing zeros: plain text a test can `parseFloat`. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** The live converter's state; the result recomputes on every input. */
export function useUnitConverter(initial: ConverterInitial): UnitConverterState {
  const quantityText = ref(initial.value);
  const toText = ref(initial.to);
  const material = ref<ConverterMaterial>(initial.material);
  const ready = ref(false);
  const outcome = computed(() => runConversion(quantityText.value, toText.value, material.value));
  onMounted(() => {
    ready.value = true;
  });
  return { quantityText, toText, material, outcome, ready };
}
