import {
  assembleDesignMap,
  compareSymmetricAsymmetric,
  DEFAULT_COMPARISON_INTERPHASE,
  type DesignMapRow,
  designMapRow,
  planDesignMap,
  withMetal,
} from "@lmb/cells";
import type { DesignMapResultJson, SymmetricAsymmetricComparisonResultJson } from "@lmb/schemas";
import { type ComputedRef, computed, onBeforeUnmount, onMounted, type Ref, ref } from "vue";
import { type ShownError, shownError } from "./format";

/** Trace points per protocol step on the page (the CLI uses 8; 4 draws the same picture faster). */
export const PAGE_POINTS_PER_STEP = 4;

/** The design map of the page: 25 metal fractions × 7 aspect ratios (the CLI default is 50 × 20). */
export const PAGE_MAP_FRACTIONS: readonly number[] = Array.from(
  { length: 25 },
  (_, i) => (i + 1) / 50,
);
/** Aspect ratios of the page's design map: plates to needles. */
export const PAGE_MAP_ASPECT_RATIOS: readonly number[] = [0.1, 0.2, 0.5, 1, 2, 5, 10];

/**
 * The comparison for one metal fraction of the default interphase (50 nm, 5 nm spheres), as
 * `compareSymmetricAsymmetric` returns it, without the fraction sweep.
 *
 * @example comparisonAt(0.35).cells[2].depletion?.time; // ≈ 157 h
 */
export function comparisonAt(fraction: number): SymmetricAsymmetricComparisonResultJson {
  return compareSymmetricAsymmetric({
    interphase: withMetal(DEFAULT_COMPARISON_INTERPHASE, fraction),
    fractions: [],
    pointsPerStep: PAGE_POINTS_PER_STEP,
  });
}

/** Panel width of the side-by-side traces on the page (the library's 220 px is for files). */
const PAGE_PANEL_WIDTH = 150;

/**
 * The comparison's traces spec with panels narrow enough for the three cells to sit side by
 * side in the page's column (about 640 px).
 *
 * @example pageTraces(comparisonAt(0.35).plots.traces).hconcat[0].width; // 150
 */
export function pageTraces<T>(spec: T): T {
  const s = spec as { hconcat?: Record<string, unknown>[] };
  if (!Array.isArray(s.hconcat)) return spec;
  return { ...s, hconcat: s.hconcat.map((panel) => ({ ...panel, width: PAGE_PANEL_WIDTH })) } as T;
}

/** The design map's spec for the page: its heading names it, so no title; narrower. */
export function pageMap<T>(spec: T): T {
  const { title: _title, ...rest } = spec as Record<string, unknown>;
  return { ...rest, width: 440 } as T;
}

/** A comparison the page shows (`ok` tells it from a {@link ShownError}). */
export type ShownComparison = SymmetricAsymmetricComparisonResultJson & { ok: true };

/** The comparison explorer's reactive state. */
export interface SymmetricComparisonState {
  /** Metal volume fraction V_f of the slider. */
  fraction: Ref<number>;
  result: ComputedRef<ShownComparison | ShownError>;
  /** The design map, once computed (row by row after mount, so the page stays responsive). */
  map: Ref<DesignMapResultJson | null>;
  /** Rows of the map done so far. */
  mapRows: Ref<number>;
  ready: Ref<boolean>;
}

/**
 * The live comparison (recomputed when the slider moves: three `simulateCell` runs of 600 h) and
 * the page's design map (175 runs, one aspect-ratio row per animation frame).
 */
export function useSymmetricComparison(): SymmetricComparisonState {
  const fraction = ref(0.35);
  const result = computed(() => {
    try {
      const r = comparisonAt(fraction.value);
      return { ...r, plots: { ...r.plots, traces: pageTraces(r.plots.traces) }, ok: true as const };
    } catch (error) {
      return shownError(error);
    }
  });
  const map = ref<DesignMapResultJson | null>(null);
  const mapRows = ref(0);
  const ready = ref(false);
  let cancelled = false;
  onMounted(() => {
    ready.value = true;
    const plan = planDesignMap({
      fractions: PAGE_MAP_FRACTIONS,
      aspectRatios: PAGE_MAP_ASPECT_RATIOS,
    });
    const rows: DesignMapRow[] = [];
    const step = () => {
      if (cancelled) return;
      rows.push(designMapRow(plan, rows.length));
      mapRows.value = rows.length;
      if (rows.length < plan.aspectRatios.length) setTimeout(step, 0);
      else {
        const assembled = assembleDesignMap(plan, rows);
        map.value = { ...assembled, plot: pageMap(assembled.plot) };
      }
    };
    setTimeout(step, 0);
  });
  onBeforeUnmount(() => {
    cancelled = true;
  });
  return { fraction, result, map, mapRows, ready };
}
