// Types for the matchers registered by setup.ts. Every package's tsconfig includes this file
// so that `tsc --noEmit` checks tests that use them.
import "vitest";
import type { AllCloseTolerance } from "./allClose.js";

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: must repeat vitest's own declaration exactly
  interface Matchers<T = any> {
    /** Elementwise |actual − expected| ≤ atol + rtol·|expected|; NaN never matches. */
    toBeAllClose(expected: ArrayLike<number> | number, tolerance?: AllCloseTolerance): T;
  }
}
