import { requireNumber, requirePositiveOption } from "../internal/requireOption.js";

/** A hard short: from `time` on the cell is a resistor, V = I·R. */
export interface HardShortOptions {
  /** Time of the short, s from the start. */
  time: number;
  /** Resistance of the short, Ω (a few mV at mA currents). @default 2 */
  resistance?: number;
}

/** A soft short: |V| drops by `depth` at `time` and recovers with `recoveryTime`. */
export interface SoftShortOptions {
  /** Time of the drop, s from the start. */
  time: number;
  /** Fractional drop of |V| at the event, 0–1. @default 0.6 */
  depth?: number;
  /** Recovery time constant, s. @default 300 */
  recoveryTime?: number;
}

/** Shorts resolved for the generators. */
export interface ShortModel {
  /** Time of the hard short, s (Infinity when none). */
  hardShortTime: number;
  /** Resistance of the hard short, Ω. */
  resistance: number;
  /** Soft-short events with `start ≤ time < end`. */
  softInside(start: number, end: number): Required<SoftShortOptions>[];
}

/** Checks the short options. */
export function resolveShorts(
  hard: HardShortOptions | undefined,
  soft: readonly SoftShortOptions[] | undefined,
): ShortModel {
  const hardShortTime = hard
    ? requireNumber(
        hard.time,
        "options.hardShort.time",
        "hard-short time (s)",
        { min: 0 },
        "give the time in s from the start",
      )
    : Number.POSITIVE_INFINITY;
  const resistance = requirePositiveOption(
    hard?.resistance ?? 2,
    "options.hardShort.resistance",
    "short resistance (Ω)",
    "give the short's resistance in Ω",
  );
  const events = (soft ?? []).map((e, k) => ({
    time: requireNumber(
      e.time,
      `options.softShorts[${k}].time`,
      "soft-short time (s)",
      { min: 0 },
      "give the time in s",
    ),
    depth: requireNumber(
      e.depth ?? 0.6,
      `options.softShorts[${k}].depth`,
      "soft-short depth",
      { min: 0, max: 1, exclusiveMin: true },
      "give a fraction in (0, 1]",
    ),
    recoveryTime: requirePositiveOption(
      e.recoveryTime ?? 300,
      `options.softShorts[${k}].recoveryTime`,
      "recovery time (s)",
      "give τ_r in s",
    ),
  }));
  return {
    hardShortTime,
    resistance,
    softInside: (start, end) => events.filter((e) => e.time >= start && e.time < end),
  };
}
