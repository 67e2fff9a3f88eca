import { LATTICES, type LatticeId, simulateLattice } from "@lmb/percolation";
import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import { onMounted, type Ref, ref, watch } from "vue";
import { type ShownError, shownError } from "./format";

/** The curves' inputs. */
export interface CurveInputs {
  lattice: LatticeId;
  runs: number;
  seed: number;
}

/** One size's result: the mean first-spanning fraction p̄(L) and R(p) on the plot's grid. */
export interface SizeCurve {
  size: number;
  sites: number;
  /** p̄(L) = mean over runs of (first spanning step)/N, an estimate of p_c(L). */
  mean: number;
  standardError: number;
  p: number[];
  probability: number[];
}

/** All sizes of one lattice, the plot, and how long the browser took. */
export interface CurvesResult {
  ok: true;
  lattice: LatticeId;
  literature: number;
  sizes: SizeCurve[];
  plot: VegaLiteSpec;
  /** Wall time of the simulations in this browser, ms. */
  milliseconds: number;
}

/** Sizes simulated per dimension (L × L squares, L × L × L cubes), small enough for ~1 s in a page. */
export const CURVE_SIZES: Record<2 | 3, readonly number[]> = {
  2: [16, 32, 64, 128],
  3: [8, 12, 16, 24],
};

/** Occupations of the plotted curve: 81 points, ±0.2 (2D) or ±0.12 (3D) about the literature p_c. */
export function curveGrid(lattice: LatticeId): number[] {
  const def = LATTICES[lattice];
  const half = def.dimension === 2 ? 0.2 : 0.12;
  const pc = def.siteThreshold.value;
  return Array.from({ length: 81 }, (_, i) =>
    Number(Math.min(1, Math.max(0, pc - half + (2 * half * i) / 80)).toFixed(6)),
  );
}

/**
 * Spanning probabilities R(p) of site percolation for several sizes, each from
 * `simulateLattice({ lattice, size, runs, seed, ps })` (Newman–Ziff sweeps, periodic across,
 * open along the spanning axis, binomial convolution), as in `lmb percolation simulate`.
 *
 * @throws LmbError from `simulateLattice` (runs below 2, …).
 * @example
 * spanningCurves({ lattice: "square", runs: 200, seed: 1 }).sizes[2].mean; // ≈ 0.585 (L = 64)
 */
export function spanningCurves(inputs: CurveInputs): CurvesResult {
  const started = performance.now();
  const def = LATTICES[inputs.lattice];
  const ps = curveGrid(inputs.lattice);
  const sizes: SizeCurve[] = CURVE_SIZES[def.dimension].map((size) => {
    const sim = simulateLattice({
      lattice: inputs.lattice,
      size,
      runs: inputs.runs,
      seed: inputs.seed,
      ps,
    });
    return {
      size,
      sites: sim.elements,
      mean: sim.threshold.value,
      standardError: sim.threshold.standardError,
      p: sim.spanning.p,
      probability: sim.spanning.probability,
    };
  });
  const milliseconds = performance.now() - started;
  const literature = def.siteThreshold.value;
  const values = sizes.flatMap((c) =>
    c.p.map((p, i) => ({ p, R: c.probability[i] as number, L: `L = ${c.size}` })),
  );
  const plot: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: `Spanning probability, ${def.title} site percolation (${inputs.runs} runs per size)`,
    width: 480,
    height: 300,
    layer: [
      {
        data: { values },
        mark: { type: "line", strokeWidth: 2 },
        encoding: {
          x: {
            field: "p",
            type: "quantitative",
            title: "p (occupied fraction)",
            scale: { zero: false },
          },
          y: { field: "R", type: "quantitative", title: "R(p): probability a path crosses" },
          color: {
            field: "L",
            type: "nominal",
            title: null,
            sort: sizes.map((c) => `L = ${c.size}`),
          },
        },
      },
      {
        data: { values: [{ pc: literature, label: `p_c = ${literature.toFixed(4)}` }] },
        mark: { type: "rule", strokeDash: [4, 3], color: "#555" },
        encoding: { x: { field: "pc", type: "quantitative" } },
      },
    ],
  };
  return { ok: true, lattice: inputs.lattice, literature, sizes, plot, milliseconds };
}

/** The curves' reactive state. */
export interface SpanningCurvesState {
  inputs: Ref<CurveInputs>;
  result: Ref<CurvesResult | ShownError | undefined>;
  /** True while a simulation is pending or running. */
  busy: Ref<boolean>;
  ready: Ref<boolean>;
}

/**
 * Runs {@link spanningCurves} after mount and whenever the inputs change, one macrotask later so
 * that the page paints "computing…" first (the simulations run on the main thread, single-threaded).
 */
export function useSpanningCurves(): SpanningCurvesState {
  const inputs = ref<CurveInputs>({ lattice: "square", runs: 200, seed: 1 });
  const result = ref<CurvesResult | ShownError | undefined>(undefined);
  const busy = ref(false);
  const ready = ref(false);
  let pending = 0;

  function schedule(): void {
    const mine = ++pending;
    busy.value = true;
    setTimeout(() => {
      if (mine !== pending) return;
      try {
        result.value = spanningCurves({ ...inputs.value });
      } catch (error) {
        result.value = shownError(error);
      }
      busy.value = false;
      ready.value = true;
    }, 0);
  }

  onMounted(schedule);
  watch(inputs, schedule, { deep: true });
  return { inputs, result, busy, ready };
}
