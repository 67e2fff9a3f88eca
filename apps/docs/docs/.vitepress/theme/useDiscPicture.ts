import { type ComputedRef, computed, onMounted, type Ref, ref } from "vue";
import {
  type DiscRun,
  type DiscState,
  discCount,
  discCoverage,
  discRun,
  discState,
  MAX_COVERAGE,
} from "./discPicture";
import { type ShownError, shownError } from "./format";

/** The disc picture's inputs. */
export interface DiscInputs {
  geometry: "square" | "layer";
  /** Thickness of the thin layer in diameters (its width is 40). */
  layerThickness: number;
  /** Covered area fraction φ, 0…0.95. */
  coverage: number;
  seed: number;
}

/** The box of each geometry, in disc diameters. */
export function discBox(inputs: DiscInputs): { lateral: number; thickness: number } {
  return inputs.geometry === "square"
    ? { lateral: 20, thickness: 20 }
    : { lateral: 40, thickness: inputs.layerThickness };
}

/** The picture, or the error that stopped it. */
export type DiscOutcome = { ok: true; run: DiscRun; state: DiscState } | ShownError;

/** The disc picture's reactive state. */
export interface DiscPictureState {
  inputs: Ref<DiscInputs>;
  picture: ComputedRef<DiscOutcome>;
  ready: Ref<boolean>;
  snapToCrossing(): void;
}

/** Overlapping discs at the slider's covered fraction, seeded; recomputed as the slider moves. */
export function useDiscPicture(): DiscPictureState {
  const inputs = ref<DiscInputs>({ geometry: "square", layerThickness: 3, coverage: 0.6, seed: 1 });
  const run = computed((): DiscRun | ShownError => {
    const { lateral, thickness } = discBox(inputs.value);
    try {
      return discRun(lateral, thickness, inputs.value.seed);
    } catch (error) {
      return shownError(error);
    }
  });
  const picture = computed((): DiscOutcome => {
    const r = run.value;
    if ("ok" in r) return r;
    const phi = inputs.value.coverage;
    if (!(phi >= 0 && phi <= MAX_COVERAGE)) {
      return {
        ok: false,
        code: "E_INVALID_ARGUMENT",
        problem: `covered fraction φ = ${phi} is outside 0…${MAX_COVERAGE}`,
        fix: "give a fraction between 0 and 0.95",
      };
    }
    const count = discCount(phi, r.lateral * r.thickness);
    return { ok: true, run: r, state: discState(r, count) };
  });
  const ready = ref(false);
  onMounted(() => {
    ready.value = true;
  });
  return {
    inputs,
    picture,
    ready,
    snapToCrossing() {
      const pic = picture.value;
      if (!pic.ok || pic.run.crossingCount < 0) return;
      inputs.value.coverage = discCoverage(
        pic.run.crossingCount,
        pic.run.lateral * pic.run.thickness,
      );
    },
  };
}
