import {
  classifyTransient,
  growthConstant,
  instantaneousCurrentDensity,
  LITHIUM_MOLAR_VOLUME,
  type NucleationVerdict,
  progressiveCurrentDensity,
  reducedCurrent,
  SH_CONSTANTS,
  type ShQuantities,
  shQuantities,
} from "@lmb/nucleation";
import { createRng } from "@lmb/numerics";
import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import { currentDensity, FARADAY_CONSTANT, time } from "@lmb/units";
import { type ComputedRef, computed, onMounted, type Ref, ref, watch } from "vue";
import { type ShownError, shownError } from "./format";
import { parsePoints } from "./parsePoints";

/** Where the transient comes from: a synthetic one of known D and N0, or pasted (t, j) pairs. */
export type TransientSource = "instantaneous" | "progressive" | "pasted";

/** Li⁺ at 1 M depositing dense Li: the conditions of every number on the page. */
export const LI_1M = { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME } as const;

/**
 * The synthetic transients: D and N0 (or A·N∞) that `shQuantities` assigns to j_m = 5 mA cm⁻²,
 * t_m = 2 s (theory.md's worked example), so both peak at the same place and differ in shape.
 */
const EXAMPLE = shQuantities(50, 2, LI_1M);

/** A synthetic transient's generating parameters and its exact maximum (SI). */
export interface SyntheticParameters {
  mode: "instantaneous" | "progressive";
  /** D, m² s⁻¹. */
  diffusivity: number;
  /** N0 (instantaneous, m⁻²) or A·N∞ (progressive, m⁻² s⁻¹). */
  density: number;
  /** t_m from the model's closed form, s. */
  tm: number;
  /** j_m from the model's closed form, A m⁻². */
  jm: number;
}

/** The generating parameters of the instantaneous or progressive example and their exact maximum. */
export function syntheticParameters(mode: "instantaneous" | "progressive"): SyntheticParameters {
  const k = growthConstant(LI_1M);
  const zFc = FARADAY_CONSTANT * LI_1M.concentration;
  if (mode === "instantaneous") {
    const { diffusivity, siteDensity } = EXAMPLE.instantaneous;
    const tm = SH_CONSTANTS.instantaneous.root / (siteDensity * Math.PI * k * diffusivity);
    const jm = zFc * Math.sqrt((SH_CONSTANTS.instantaneous.jm2tm * diffusivity) / tm);
    return { mode, diffusivity, density: siteDensity, tm, jm };
  }
  const { diffusivity, rateDensity } = EXAMPLE.progressive;
  const kPrime = (4 / 3) * k;
  const tm = Math.sqrt(
    (2 * SH_CONSTANTS.progressive.root) / (rateDensity * Math.PI * kPrime * diffusivity),
  );
  const jm = zFc * Math.sqrt((SH_CONSTANTS.progressive.jm2tm * diffusivity) / tm);
  return { mode, diffusivity, density: rateDensity, tm, jm };
}

/**
 * A synthetic plating transient: 600 points every 20 ms (to 12 s = 6 t_m), the model current with
 * 2 % seeded Gaussian noise, negative (reduction) as an instrument records it.
 */
export function syntheticTransient(
  mode: "instantaneous" | "progressive",
  { points = 600, step = 0.02, noise = 0.02, seed = 7 } = {},
): { time: number[]; current: number[] } {
  const p = syntheticParameters(mode);
  const model = mode === "instantaneous" ? instantaneousCurrentDensity : progressiveCurrentDensity;
  const rng = createRng(seed);
  const t: number[] = [];
  const j: number[] = [];
  for (let i = 1; i <= points; i++) {
    const ti = step * i;
    t.push(ti);
    j.push(
      -model(ti, p.diffusivity, p.density, LI_1M, FARADAY_CONSTANT) * (1 + noise * rng.normal()),
    );
  }
  return { time: t, current: j };
}

/** A transient as text, "t (s)  j (mA cm⁻²)" per line (what the paste box holds). */
export function transientToText(t: readonly number[], j: readonly number[]): string {
  const lines = ["t (s)\tj (mA cm-2)"];
  for (let i = 0; i < t.length; i++) {
    lines.push(
      `${Number((t[i] as number).toPrecision(6))}\t${Number(((j[i] as number) / 10).toPrecision(5))}`,
    );
  }
  return lines.join("\n");
}

/** The explorer's inputs: the transient source and the chosen maximum (as typed). */
export interface NucleationInputs {
  source: TransientSource;
  /** Pasted (t, j) pairs: t in s, j in mA cm⁻² unless a token carries its unit. */
  pasted: string;
  /** Chosen t_m, s. */
  tm: number;
  /** Chosen j_m, mA cm⁻². */
  jm: number;
}

/** The transient being shown, in SI, or the error that stopped it. */
export type TransientOutcome = { ok: true; time: number[]; current: number[] } | ShownError;

/** What `classifyTransient` made of the transient, with the SH quantities of its maximum. */
export type ClassificationOutcome =
  | {
      ok: true;
      verdict: NucleationVerdict;
      reason: string;
      /** s */
      tm: number;
      /** mA cm⁻² */
      jm: number;
      distances: { instantaneous: number; progressive: number };
      betweenShare: number;
      windowPoints: number;
      quantities: ShQuantities;
    }
  | ShownError;

/** The data reduced by the chosen t_m, j_m: the plot and the RMS distances over t/t_m ≥ 1. */
export interface ReducedView {
  plot: VegaLiteSpec;
  /** RMS of j/j_m − model over the points with 1 ≤ t/t_m ≤ 6. */
  distances: { instantaneous: number; progressive: number };
  /** Points in that window. */
  windowPoints: number;
  /** Right end of the plot, t/t_m. */
  xMax: number;
}

const PLOT_POINTS = 400;
const CURVE_POINTS = 150;

/**
 * (j/j_m)² against t/t_m for the data reduced by the chosen maximum, over both Scharifker–Hills
 * curves (`reducedCurrent`), as a Vega-Lite spec; plus the RMS distances in j/j_m.
 */
export function reducedView(
  t: readonly number[],
  j: readonly number[],
  tm: number,
  jmSi: number,
): ReducedView {
  const sign = j.reduce((s, v) => s + v, 0) < 0 ? -1 : 1;
  const xLast = (t[t.length - 1] as number) / tm;
  const xMax = Math.max(1.5, Math.min(6, xLast));
  const step = Math.max(1, Math.ceil(t.length / PLOT_POINTS));
  const points: { x: number; y: number; series: string }[] = [];
  let sumI = 0;
  let sumP = 0;
  let count = 0;
  for (let i = 0; i < t.length; i++) {
    const x = (t[i] as number) / tm;
    const y = (sign * (j[i] as number)) / jmSi;
    if (x >= 1 && x <= 6) {
      sumI += (y - reducedCurrent("instantaneous", x)) ** 2;
      sumP += (y - reducedCurrent("progressive", x)) ** 2;
      count++;
    }
    if (i % step === 0 && x <= xMax) points.push({ x, y: y * y, series: "data" });
  }
  const lines: { x: number; y: number; series: string }[] = [];
  for (let k = 1; k <= CURVE_POINTS; k++) {
    const x = (xMax * k) / CURVE_POINTS;
    lines.push({ x, y: reducedCurrent("instantaneous", x) ** 2, series: "instantaneous" });
    lines.push({ x, y: reducedCurrent("progressive", x) ** 2, series: "progressive" });
  }
  const axis = (field: string, title: string) => ({ field, type: "quantitative", title });
  const plot: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: `Reduced by t_m = ${Number(tm.toPrecision(4))} s, j_m = ${Number((jmSi / 10).toPrecision(4))} mA cm⁻²`,
    width: 480,
    height: 320,
    encoding: {
      x: axis("x", "t / t_m"),
      y: { ...axis("y", "(j / j_m)²"), scale: { domain: [0, 1.5], clamp: true } },
      color: { field: "series", type: "nominal", title: null },
    },
    layer: [
      { data: { values: points }, mark: { type: "point", filled: true, size: 14, clip: true } },
      { data: { values: lines }, mark: { type: "line", strokeWidth: 2, clip: true } },
    ],
  };
  return {
    plot,
    distances: {
      instantaneous: count > 0 ? Math.sqrt(sumI / count) : Number.NaN,
      progressive: count > 0 ? Math.sqrt(sumP / count) : Number.NaN,
    },
    windowPoints: count,
    xMax,
  };
}

function readTransient(inputs: NucleationInputs): TransientOutcome {
  if (inputs.source !== "pasted") {
    const { time: t, current } = syntheticTransient(inputs.source);
    return { ok: true, time: t, current };
  }
  try {
    const { x, y } = parsePoints(
      inputs.pasted,
      { kind: time, defaultUnit: "s" },
      { kind: currentDensity, defaultUnit: "mA cm-2" },
    );
    return { ok: true, time: x, current: y };
  } catch (error) {
    return shownError(error);
  }
}

function classify(t: readonly number[], j: readonly number[]): ClassificationOutcome {
  try {
    const c = classifyTransient(t, j);
    return {
      ok: true,
      verdict: c.verdict,
      reason: c.reason,
      tm: c.tm,
      jm: c.jm / 10,
      distances: c.distances,
      betweenShare: c.betweenShare,
      windowPoints: c.windowPoints,
      quantities: shQuantities(c.jm, c.tm, LI_1M),
    };
  } catch (error) {
    return shownError(error);
  }
}

/** The explorer's reactive state. */
export interface NucleationExplorerState {
  inputs: Ref<NucleationInputs>;
  transient: ComputedRef<TransientOutcome>;
  classification: ComputedRef<ClassificationOutcome | undefined>;
  reduced: ComputedRef<ReducedView | undefined>;
  /** Generating parameters of the synthetic transient (undefined for pasted data). */
  synthetic: ComputedRef<SyntheticParameters | undefined>;
  /** Slider ranges from the data: t_m in s, j_m in mA cm⁻². */
  ranges: ComputedRef<{
    tm: { min: number; max: number; step: number };
    jm: { max: number; step: number };
  }>;
  /** True once mounted in the browser: the inputs are live (tests wait for it). */
  ready: Ref<boolean>;
  snapToMaximum(): void;
  /** Puts the current synthetic transient into the paste box, to edit. */
  copyToPaste(): void;
}

/**
 * The live Scharifker–Hills explorer: a synthetic or pasted transient, classified by
 * `classifyTransient`, and reduced by a t_m, j_m the reader chooses (sliders or numbers) against
 * both `reducedCurrent` curves. Choosing another transient snaps the sliders to its maximum.
 */
export function useNucleationExplorer(): NucleationExplorerState {
  const first = syntheticParameters("instantaneous");
  const inputs = ref<NucleationInputs>({
    source: "instantaneous",
    pasted: "",
    tm: Number(first.tm.toPrecision(3)),
    jm: Number((first.jm / 10).toPrecision(3)),
  });
  const transient = computed(() => readTransient(inputs.value));
  const classification = computed(() => {
    const tr = transient.value;
    return tr.ok ? classify(tr.time, tr.current) : undefined;
  });
  const reduced = computed(() => {
    const tr = transient.value;
    const { tm, jm } = inputs.value;
    if (!tr.ok || !(tm > 0) || !(jm > 0)) return undefined;
    return reducedView(tr.time, tr.current, tm, jm * 10);
  });
  const synthetic = computed(() =>
    inputs.value.source === "pasted" ? undefined : syntheticParameters(inputs.value.source),
  );
  const ranges = computed(() => {
    const tr = transient.value;
    if (!tr.ok || tr.time.length === 0) {
      return { tm: { min: 0.01, max: 10, step: 0.01 }, jm: { max: 20, step: 0.01 } };
    }
    const tLast = tr.time[tr.time.length - 1] as number;
    const jPeak = tr.current.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / 10;
    const tStep = 10 ** (Math.floor(Math.log10(tLast)) - 3);
    const jStep = 10 ** (Math.floor(Math.log10(jPeak || 1)) - 3);
    return {
      tm: { min: tStep, max: tLast, step: tStep },
      jm: { max: 2 * jPeak || 1, step: jStep },
    };
  });
  const ready = ref(false);

  function snapToMaximum(): void {
    const c = classification.value;
    if (!c?.ok) return;
    inputs.value.tm = Number(c.tm.toPrecision(4));
    inputs.value.jm = Number(c.jm.toPrecision(4));
  }

  // A new transient starts reduced by its detected maximum.
  watch(
    () => transient.value,
    () => snapToMaximum(),
  );

  // Choosing "paste" with an empty box starts from the transient shown before, to edit.
  watch(
    () => inputs.value.source,
    (now, before) => {
      if (now === "pasted" && inputs.value.pasted.trim() === "" && before !== "pasted") {
        const { time: t, current } = syntheticTransient(before);
        inputs.value.pasted = transientToText(t, current);
      }
    },
  );

  onMounted(() => {
    ready.value = true;
  });

  return {
    inputs,
    transient,
    classification,
    reduced,
    synthetic,
    ranges,
    ready,
    snapToMaximum,
    copyToPaste() {
      const tr = transient.value;
      if (!tr.ok) return;
      inputs.value.pasted = transientToText(tr.time, tr.current);
      inputs.value.source = "pasted";
    },
  };
}
