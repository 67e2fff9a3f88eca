import { describe, expect, it } from "vitest";
import { finiteDifferenceJacobian } from "./finite-difference.js";

// r(p) = (p0²·p1, sin p0, exp(p1)) at p = (1.3, −0.4); exact Jacobian rows below.
function residuals(p: Float64Array, out: Float64Array): void {
  out[0] = (p[0] as number) ** 2 * (p[1] as number);
  out[1] = Math.sin(p[0] as number);
  out[2] = Math.exp(p[1] as number);
}
const x0 = Float64Array.of(1.3, -0.4);
const exact = [2 * 1.3 * -0.4, 1.3 ** 2, Math.cos(1.3), 0, 0, Math.exp(-0.4)];

function setup(
  method: "central" | "forward",
  lower = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  upper = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
) {
  return {
    residuals,
    residualCount: 3,
    free: Int32Array.of(0, 1),
    lower: Float64Array.from(lower),
    upper: Float64Array.from(upper),
    initial: x0,
    steps: new Float64Array(2),
    method,
    names: ["p0", "p1"],
    plus: new Float64Array(3),
    minus: new Float64Array(3),
  };
}

describe("finiteDifferenceJacobian", () => {
  it("is accurate to ~1e-10 (central) and ~1e-7 (forward)", () => {
    const r0 = new Float64Array(3);
    residuals(x0, r0);
    const jac = new Float64Array(6);
    expect(finiteDifferenceJacobian(setup("central"), x0.slice(), r0, jac)).toBe(4);
    expect(jac).toBeAllClose(exact, { rtol: 1e-9, atol: 1e-10 });
    expect(finiteDifferenceJacobian(setup("forward"), x0.slice(), r0, jac)).toBe(2);
    expect(jac).toBeAllClose(exact, { rtol: 1e-6, atol: 1e-7 });
  });
  it("goes one-sided at a bound and never evaluates outside it", () => {
    const r0 = new Float64Array(3);
    residuals(x0, r0);
    const jac = new Float64Array(6);
    const s = setup("central", [Number.NEGATIVE_INFINITY, -0.4], [1.3, Number.POSITIVE_INFINITY]);
    const seen: number[][] = [];
    s.residuals = (p, out) => {
      seen.push([p[0] as number, p[1] as number]);
      residuals(p, out);
    };
    finiteDifferenceJacobian(s, x0.slice(), r0, jac);
    for (const [a, b] of seen) {
      expect(a).toBeLessThanOrEqual(1.3);
      expect(b).toBeGreaterThanOrEqual(-0.4);
    }
    expect(jac).toBeAllClose(exact, { rtol: 1e-4, atol: 1e-5 });
  });
});
