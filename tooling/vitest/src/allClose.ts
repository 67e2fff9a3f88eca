/** Tolerances for {@link allCloseReport}: |a − e| ≤ atol + rtol·|e| elementwise (numpy's rule). */
export interface AllCloseTolerance {
  /** Relative tolerance. @default 1e-9 */
  rtol?: number;
  /** Absolute tolerance. @default 0 */
  atol?: number;
}

/** Where two arrays first disagree, or `undefined` when they are all close. */
export interface AllCloseMismatch {
  index: number;
  actual: number;
  expected: number;
  allowed: number;
  reason: string;
}

/**
 * Compares `actual` with `expected` elementwise with |a − e| ≤ atol + rtol·|e|.
 * NaN never matches (a silent NaN is a bug in lmb); equal infinities match.
 */
export function allCloseReport(
  actual: ArrayLike<number> | number,
  expected: ArrayLike<number> | number,
  { rtol = 1e-9, atol = 0 }: AllCloseTolerance = {},
): AllCloseMismatch | undefined {
  const a = typeof actual === "number" ? [actual] : actual;
  const e = typeof expected === "number" ? [expected] : expected;
  if (a.length !== e.length) {
    return {
      index: -1,
      actual: a.length,
      expected: e.length,
      allowed: 0,
      reason: "length differs",
    };
  }
  for (let i = 0; i < e.length; i++) {
    const ai = a[i] as number;
    const ei = e[i] as number;
    const allowed = atol + rtol * Math.abs(ei);
    if (Number.isNaN(ai) || Number.isNaN(ei)) {
      return { index: i, actual: ai, expected: ei, allowed, reason: "NaN" };
    }
    if (ai === ei) continue;
    if (!(Math.abs(ai - ei) <= allowed)) {
      return { index: i, actual: ai, expected: ei, allowed, reason: "outside tolerance" };
    }
  }
  return undefined;
}
