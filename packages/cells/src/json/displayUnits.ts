import { LmbError } from "@lmb/errors";

/**
 * SI → the units cycling results are printed in (papers' units): V → mV, A → mA, A m⁻² →
 * mA cm⁻², C → mAh, C m⁻² → mAh cm⁻², Ω m² → Ω cm², s → h, m² → cm², kg → mg,
 * C kg⁻¹ → mAh g⁻¹, J → mWh, fraction → %. Each throws on a non-finite number, so a NaN never
 * reaches a JSON result silently.
 *
 * @example
 * DISPLAY.mAhPerCm2(36_000); // 1 (mAh cm⁻²)
 * DISPLAY.mV(0.0213); // 21.3
 */
export const DISPLAY = {
  mV: (v: number) => finite(v * 1e3, "voltage"),
  mA: (i: number) => finite(i * 1e3, "current"),
  mAPerCm2: (j: number) => finite(j * 0.1, "current density"),
  mAh: (q: number) => finite(q / 3.6, "capacity"),
  mAhPerCm2: (q: number) => finite(q / 36_000, "areal capacity"),
  ohmCm2: (r: number) => finite(r * 1e4, "area-specific resistance"),
  hours: (t: number) => finite(t / 3600, "time"),
  cm2: (a: number) => finite(a * 1e4, "area"),
  mg: (m: number) => finite(m * 1e6, "mass"),
  mAhPerG: (q: number) => finite(q / 3600, "specific capacity"),
  mWh: (e: number) => finite(e / 3.6, "energy"),
  percent: (x: number) => finite(x * 100, "ratio"),
  plain: (x: number, what: string) => finite(x, what),
} as const;

/**
 * `x` when finite, else an `E_NOT_FINITE` LmbError naming the quantity.
 *
 * @throws LmbError `E_NOT_FINITE`
 * @example finite(2, "capacity"); // 2
 */
export function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) {
    throw new LmbError("E_NOT_FINITE", `a ${what} in the cycling result is ${x}`, {
      location: { source: what },
      fix: "report this file: the analysis produced a non-finite number where it should have warned",
    });
  }
  return x;
}

/**
 * Applies `f` to a nullable number (null stays null).
 *
 * @example nullable(36_000, DISPLAY.mAhPerCm2); // 1
 */
export function nullable(x: number | null, f: (v: number) => number): number | null {
  return x === null ? null : f(x);
}
