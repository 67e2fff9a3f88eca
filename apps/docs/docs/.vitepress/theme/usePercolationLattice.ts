import { LATTICES, simulateLattice } from "@lmb/percolation";
import { type ComputedRef, computed, onMounted, type Ref, ref } from "vue";
import { type ShownError, shownError } from "./format";
import {
  type LatticeRun,
  type LatticeState,
  latticeRun,
  latticeState,
  type PictureLattice,
} from "./latticePicture";

/** A square L × L piece, or a thin layer L × H crossed along H. */
export type PictureGeometry = "square" | "layer";

/** The picture's inputs, as the controls hold them. */
export interface LatticeInputs {
  lattice: PictureLattice;
  geometry: PictureGeometry;
  /** L of the square piece. */
  size: number;
  /** L of the thin layer. */
  layerLateral: number;
  /** H of the thin layer (sites ≈ particle diameters). */
  layerThickness: number;
  /** Occupation p = metal fraction, 0…1. */
  p: number;
  seed: number;
}

/** The picture, or the error that stopped it. */
export type LatticeOutcome =
  | { ok: true; run: LatticeRun; state: LatticeState; threshold: number }
  | ShownError;

/** Mean first-crossing fraction of a layer H thick over a lateral size L. */
export interface CrossingRow {
  lateral: number;
  /** Mean over runs of (first spanning step)/N, with its standard error. */
  mean: number;
  standardError: number;
}

/** Lateral sizes of the crossing-versus-area table. */
export const CROSSING_LATERALS = [16, 64, 256, 1024] as const;
/** Runs per row of that table. */
export const CROSSING_RUNS = 100;

/**
 * The crossing-versus-area table: `simulateLattice` on layers L × H for L = 16…1024 (100 runs,
 * the picture's seed). The wider the layer, the lower the fraction at which some path crosses.
 *
 * @example
 * crossingTable("square", 4, 1)[3].mean; // ≈ 0.15 for L = 1024, far below p_c = 0.5927
 */
export function crossingTable(
  lattice: PictureLattice,
  thickness: number,
  seed: number,
): CrossingRow[] {
  return CROSSING_LATERALS.map((lateral) => {
    const sim = simulateLattice({
      lattice,
      size: lateral,
      thickness,
      runs: CROSSING_RUNS,
      seed,
      ps: [],
    });
    return { lateral, mean: sim.threshold.value, standardError: sim.threshold.standardError };
  });
}

/** The picture's reactive state. */
export interface PercolationLatticeState {
  inputs: Ref<LatticeInputs>;
  picture: ComputedRef<LatticeOutcome>;
  /** The crossing table of a thin layer (undefined for the square piece or after an error). */
  crossing: ComputedRef<CrossingRow[] | ShownError | undefined>;
  /** True once mounted in the browser: the inputs are live (tests wait for it). */
  ready: Ref<boolean>;
  /** Moves p to the first crossing fraction of this seed. */
  snapToCrossing(): void;
}

/**
 * The interactive lattice: a seeded Newman–Ziff order (recomputed when the lattice, size or seed
 * changes) and the picture at the slider's p (recomputed on every move, O(N)).
 */
export function usePercolationLattice(): PercolationLatticeState {
  const inputs = ref<LatticeInputs>({
    lattice: "square",
    geometry: "square",
    size: 48,
    layerLateral: 128,
    layerThickness: 4,
    p: 0.55,
    seed: 1,
  });
  const dims = computed(() => {
    const i = inputs.value;
    return i.geometry === "square"
      ? { lateral: i.size, thickness: i.size }
      : { lateral: i.layerLateral, thickness: i.layerThickness };
  });
  const run = computed((): LatticeRun | ShownError => {
    const { lateral, thickness } = dims.value;
    try {
      return latticeRun(inputs.value.lattice, lateral, thickness, inputs.value.seed);
    } catch (error) {
      return shownError(error);
    }
  });
  const picture = computed((): LatticeOutcome => {
    const r = run.value;
    if ("ok" in r) return r;
    try {
      return {
        ok: true,
        run: r,
        state: latticeState(r, inputs.value.p),
        threshold: LATTICES[r.lattice].siteThreshold.value,
      };
    } catch (error) {
      return shownError(error);
    }
  });
  const crossing = computed(() => {
    const i = inputs.value;
    if (i.geometry !== "layer") return undefined;
    try {
      return crossingTable(i.lattice, i.layerThickness, i.seed);
    } catch (error) {
      return shownError(error);
    }
  });
  const ready = ref(false);
  onMounted(() => {
    ready.value = true;
  });
  return {
    inputs,
    picture,
    crossing,
    ready,
    snapToCrossing() {
      const pic = picture.value;
      if (!pic.ok || pic.run.spanningStep < 0) return;
      inputs.value.p = pic.run.spanningStep / pic.run.grid.sites;
    },
  };
}
