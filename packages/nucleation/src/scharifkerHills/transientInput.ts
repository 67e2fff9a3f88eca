import { LmbError } from "@lmb/errors";

/** A current transient after a potential step, as the analysis sees it. */
export interface PreparedTransient {
  /** Time since the step, s (strictly increasing). */
  time: Float64Array;
  /** Deposition current density magnitude, A m⁻² (sign removed, baseline not yet subtracted). */
  current: Float64Array;
  /** −1 when the file's deposition current was negative (reduction, lmb's convention), +1 otherwise. */
  sign: 1 | -1;
}

/**
 * Checks a transient and turns it into positive deposition current: equal lengths, at least 10
 * finite points, strictly increasing time, and one sign (reduction current is negative in lmb's
 * convention, so a plating transient usually arrives negative and is flipped).
 *
 * @throws LmbError `E_INSUFFICIENT_DATA`, `E_NON_FINITE_DATA`, `E_NOT_MONOTONIC` (time),
 *   `E_SIGN_FLIP` (current of both signs).
 * @example
 * prepareTransient(time, current).sign; // -1 for a cathodic (plating) transient
 */
export function prepareTransient(
  time: ArrayLike<number>,
  current: ArrayLike<number>,
): PreparedTransient {
  const n = time.length;
  if (current.length !== n) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `time has ${n} points but current has ${current.length}`,
      {
        fix: "pass time and current of the same transient",
      },
    );
  }
  if (n < 10) {
    throw new LmbError("E_INSUFFICIENT_DATA", `a transient needs at least 10 points, got ${n}`, {
      fix: "record the transient with a finer sampling interval",
    });
  }
  let sum = 0;
  let peak = 0;
  for (let i = 0; i < n; i++) {
    const t = time[i] as number;
    const j = current[i] as number;
    if (!Number.isFinite(t) || !Number.isFinite(j)) {
      throw new LmbError("E_NON_FINITE_DATA", `point ${i} is not finite (t = ${t}, j = ${j})`, {
        location: { line: i + 1 },
        fix: "remove the missing values from the transient",
      });
    }
    if (i > 0 && !(t > (time[i - 1] as number))) {
      throw new LmbError(
        "E_NOT_MONOTONIC",
        `time does not increase at point ${i} (${time[i - 1]} s then ${t} s)`,
        { location: { line: i + 1 }, fix: "sort the transient by time and drop repeated times" },
      );
    }
    sum += j;
    peak = Math.max(peak, Math.abs(j));
  }
  const sign: 1 | -1 = sum < 0 ? -1 : 1;
  let opposite = 0;
  for (let i = 0; i < n; i++) if (sign * (current[i] as number) < -0.05 * peak) opposite++;
  if (opposite > 0.1 * n) {
    throw new LmbError(
      "E_SIGN_FLIP",
      `the current changes sign: ${opposite} of ${n} points oppose the deposition current by more than 5 % of its peak`,
      { fix: "pass only the deposition step of a chronoamperogram (one sign of current)" },
    );
  }
  const magnitude = new Float64Array(n);
  for (let i = 0; i < n; i++) magnitude[i] = sign * (current[i] as number);
  return { time: Float64Array.from(time), current: magnitude, sign };
}
