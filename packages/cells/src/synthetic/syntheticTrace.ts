import type { CyclingData } from "@lmb/schemas";
import { requireIntegerOption, requirePositiveOption } from "../internal/requireOption.js";

/**
 * Area of a 12 mm-diameter disc (CR2032 electrode), m²: π·(6 mm)² ≈ 1.131 cm².
 *
 * @example
 * DEFAULT_CELL_AREA * 1e4; // ≈ 1.131 cm²
 */
export const DEFAULT_CELL_AREA = Math.PI * 0.006 ** 2;

/**
 * Options every synthetic-trace generator takes. All values SI: m², s, V.
 *
 * 1 mA cm⁻² = 10 A m⁻²; 1 mAh cm⁻² = 36 000 C m⁻²; 1 cm² = 1e-4 m² (or use `toSI(quantity("1 mA cm-2"))`
 * from `@lmb/units`).
 */
export interface SyntheticTraceOptions {
  /** Electrode area, m², written to the metadata. @default π·(6 mm)² ≈ 1.131e-4 m² */
  area?: number;
  /** Time between samples inside a step, s; every step's end is sampled too. @default 10 */
  samplingInterval?: number;
  /** Standard deviation of the Gaussian voltage noise, V (0 for none). @default 2e-4 */
  noise?: number;
  /** Seed of the noise (xoshiro128** of `@lmb/numerics`): same seed, same trace. @default 1 */
  seed?: number;
}

/**
 * A synthetic cycling record and the parameters it was generated with: `data` is what a reader
 * would return (`CyclingData`, SI columns, current positive = oxidation at the working electrode),
 * `truth` holds the noise-free quantities an analysis should recover.
 *
 * @example
 * const { data, truth }: SyntheticTrace<LithiumCopperTruth> = lithiumCopperTrace();
 */
export interface SyntheticTrace<Truth> {
  /** The record, as `@lmb/io` readers return one. */
  data: CyclingData;
  /** What the generator put in: per cycle values and event times, noise-free, SI. */
  truth: Truth;
}

/** An event put into a trace: its time (s), 1-based cycle and half cycle. */
export interface SyntheticEvent {
  /** Time of the event, s from the start of the trace. */
  time: number;
  /** Cycle (1-based; a cycle is two half cycles) in which it happens. */
  cycle: number;
  /** Half cycle (1-based) in which it happens. */
  halfCycle: number;
}

/** The common options resolved and checked. */
export interface ResolvedTraceOptions {
  area: number;
  samplingInterval: number;
  noise: number;
  seed: number;
}

/** Checks and fills in {@link SyntheticTraceOptions}. */
export function resolveTraceOptions(options: SyntheticTraceOptions): ResolvedTraceOptions {
  const area = requirePositiveOption(
    options.area ?? DEFAULT_CELL_AREA,
    "options.area",
    "electrode area (m²)",
    "give the area in m² (1.13 cm² = 1.13e-4 m²)",
  );
  const samplingInterval = requirePositiveOption(
    options.samplingInterval ?? 10,
    "options.samplingInterval",
    "sampling interval (s)",
    "give the time between samples in seconds, e.g. 10",
  );
  const noise = options.noise ?? 2e-4;
  if (!(Number.isFinite(noise) && noise >= 0)) {
    requirePositiveOption(noise, "options.noise", "voltage noise (V)", "give σ in V, or 0");
  }
  const seed = requireIntegerOption(
    options.seed ?? 1,
    "options.seed",
    "seed",
    0,
    "give a non-negative integer seed",
  );
  return { area, samplingInterval, noise, seed };
}
