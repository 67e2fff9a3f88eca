import fc from "fast-check";
import { afterEach, beforeEach, expect } from "vitest";
import { type AllCloseTolerance, allCloseReport } from "./allClose.js";

// Property tests draw new cases on every local run (that is how they find bugs), but in CI
// (CI set) or with LMB_FC_SEED they replay one fixed seed, so a submission's result does not
// depend on the draw. A failure prints its seed and counterexample either way.
if (process.env.LMB_FC_SEED !== undefined || process.env.CI !== undefined) {
  fc.configureGlobal({ seed: Number(process.env.LMB_FC_SEED ?? 20261123) });
}

// A test that logs hides its output in CI noise; lmb's libraries never log (zod's rule).
const methods = ["log", "info", "warn", "error", "debug"] as const;
let logged: string[] = [];
const originals = new Map<string, (...args: unknown[]) => void>();

beforeEach(() => {
  logged = [];
  for (const method of methods) {
    originals.set(method, console[method]);
    console[method] = (...args: unknown[]) => {
      logged.push(`console.${method}: ${args.map(String).join(" ")}`);
    };
  }
});

afterEach(() => {
  for (const method of methods) {
    const original = originals.get(method);
    if (original) console[method] = original;
  }
  if (logged.length > 0) {
    throw new Error(`A test wrote to the console; tests must stay silent:\n${logged.join("\n")}`);
  }
});

expect.extend({
  toBeAllClose(
    received: ArrayLike<number> | number,
    expected: ArrayLike<number> | number,
    tol: AllCloseTolerance = {},
  ) {
    const mismatch = allCloseReport(received, expected, tol);
    return {
      pass: mismatch === undefined,
      message: () =>
        mismatch === undefined
          ? `expected values not to be all close (rtol=${tol.rtol ?? 1e-9}, atol=${tol.atol ?? 0})`
          : `not all close at index ${mismatch.index} (${mismatch.reason}): actual ${mismatch.actual}, expected ${mismatch.expected}, allowed |diff| ≤ ${mismatch.allowed}`,
    };
  },
});
