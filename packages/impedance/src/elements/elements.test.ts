import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ElementDefinition } from "./elementDefinition.js";
import { CIRCUIT_ELEMENTS } from "./elementRegistry.js";
import { frequencyGrid } from "./frequencyGrid.js";

function z(def: ElementDefinition, w: number, p: number[]): [number, number] {
  const re = new Float64Array(1);
  const im = new Float64Array(1);
  def.evaluate(frequencyGrid([w]), Float64Array.from(p), 0, re, im, undefined);
  return [re[0] as number, im[0] as number];
}

function derivatives(def: ElementDefinition, w: number, p: number[]) {
  const re = new Float64Array(1);
  const im = new Float64Array(1);
  const dRe = new Float64Array(p.length);
  const dIm = new Float64Array(p.length);
  def.evaluate(frequencyGrid([w]), Float64Array.from(p), 0, re, im, {
    re: dRe,
    im: dIm,
    stride: p.length,
  });
  return { z: [re[0] as number, im[0] as number], dRe, dIm };
}

/** Central difference with relative step 1e-6 (exponents: absolute 1e-6). */
function centralDifference(def: ElementDefinition, w: number, p: number[], k: number) {
  const h = Math.max(Math.abs(p[k] as number) * 1e-6, 1e-9);
  const up = [...p];
  const down = [...p];
  up[k] = (p[k] as number) + h;
  down[k] = (p[k] as number) - h;
  const a = z(def, w, up);
  const b = z(def, w, down);
  return [(a[0] - b[0]) / (2 * h), (a[1] - b[1]) / (2 * h)];
}

/** Parameter sets for each element: positive scales log-uniform, exponents in [0.3, 1). */
const logValue = fc.double({ min: -4, max: 4, noNaN: true }).map((e) => 10 ** e);
const exponent = fc.double({ min: 0.3, max: 0.999, noNaN: true });
const omega = fc.double({ min: -3, max: 6, noNaN: true }).map((e) => 10 ** e);

describe("element Jacobians match central differences (property test)", () => {
  for (const def of Object.values(CIRCUIT_ELEMENTS)) {
    it(`${def.type}: ∂Z/∂p analytic = numeric within 1e-5 relative`, () => {
      const params = fc.tuple(
        ...def.parameters.map((spec) => (spec.max === 1 ? exponent : logValue)),
      );
      fc.assert(
        fc.property(params, omega, (p, w) => {
          const { z: zv, dRe, dIm } = derivatives(def, w, p);
          const scale = Math.hypot(zv[0] as number, zv[1] as number);
          for (let k = 0; k < p.length; k++) {
            const [nr, ni] = centralDifference(def, w, p, k);
            // Compare p_k·∂Z/∂p_k (units of Z) against |Z|.
            const pk = Math.max(Math.abs(p[k] as number), 1e-9);
            const tol = 1e-5 * (scale + pk * Math.hypot(nr as number, ni as number));
            expect(Math.abs(pk * ((dRe[k] as number) - (nr as number)))).toBeLessThanOrEqual(tol);
            expect(Math.abs(pk * ((dIm[k] as number) - (ni as number)))).toBeLessThanOrEqual(tol);
          }
        }),
        { numRuns: 200, seed: 20240611 },
      );
    });
  }
});

describe("element impedances (closed forms, impedance.py elements.py)", () => {
  const { R, C, L, CPE, W, Wo, Ws, G, Gs, La, K, Zarc } = CIRCUIT_ELEMENTS as Record<
    string,
    ElementDefinition
  >;

  it("R, C, L: Z = R, 1/(jωC), jωL", () => {
    expect(z(R as ElementDefinition, 10, [5])).toEqual([5, 0]);
    expect(z(C as ElementDefinition, 1000, [1e-6])).toBeAllClose([0, -1000], { rtol: 1e-15 });
    expect(z(L as ElementDefinition, 1e4, [1e-6])).toBeAllClose([0, 0.01], { rtol: 1e-15 });
  });

  it("CPE with α = 1 is a capacitor; with α = 0.5 its phase is −45°", () => {
    expect(z(CPE as ElementDefinition, 1000, [1e-6, 1])).toBeAllClose([0, -1000], {
      rtol: 1e-12,
      atol: 1e-10,
    });
    const [re, im] = z(CPE as ElementDefinition, 4, [2, 0.5]);
    expect(re).toBeCloseTo(-im, 14);
    expect(Math.hypot(re, im)).toBeCloseTo(1 / (2 * Math.sqrt(4)), 14);
  });

  it("W: A_W(1 − j)/√ω (impedance.py's σ convention)", () => {
    expect(z(W as ElementDefinition, 4, [2])).toBeAllClose([1, -1], { rtol: 1e-15 });
  });

  it("Wo: Z0/3 + Z0/(jωτ) at low ωτ, Z0/√(jωτ) at high ωτ, finite at ωτ = 1e12", () => {
    const [lr, li] = z(Wo as ElementDefinition, 1e-6, [2, 1]);
    expect(lr).toBeCloseTo(2 / 3, 9);
    expect(li).toBeCloseTo(-2e6, 3);
    const [hr, hi] = z(Wo as ElementDefinition, 1e12, [2, 1]);
    // 1/√(j·1e12) = (1 − j)/(√2·1e6)
    expect([hr, hi]).toBeAllClose([2 / (Math.SQRT2 * 1e6), -2 / (Math.SQRT2 * 1e6)], {
      rtol: 1e-12,
    });
    // Matches the naive cosh/sinh form where that one is finite (ωτ = 3, Re u ≈ 1.22).
    const a = Math.sqrt(3 / 2);
    const sinh2 = Math.sinh(2 * a);
    const sin2 = Math.sin(2 * a);
    const den = Math.cosh(2 * a) - Math.cos(2 * a);
    const cothR = sinh2 / den;
    const cothI = -sin2 / den;
    const naive = [(cothR + cothI) / (2 * a), (cothI - cothR) / (2 * a)];
    expect(z(Wo as ElementDefinition, 3, [1, 1])).toBeAllClose(naive, { rtol: 1e-13 });
  });

  it("Ws: Z0 at low ωτ, Z0/√(jωτ) at high ωτ, continuous across the series switch at ωτ = 1e-2", () => {
    expect(z(Ws as ElementDefinition, 1e-9, [5, 1])).toBeAllClose([5, -5e-9 / 3], {
      rtol: 1e-12,
    });
    const [hr, hi] = z(Ws as ElementDefinition, 1e12, [2, 1]);
    expect([hr, hi]).toBeAllClose([2 / (Math.SQRT2 * 1e6), -2 / (Math.SQRT2 * 1e6)], {
      rtol: 1e-12,
    });
    const below = derivatives(Ws as ElementDefinition, 1e-2 * (1 - 1e-12), [1, 1]);
    const above = derivatives(Ws as ElementDefinition, 1e-2, [1, 1]);
    expect(above.z).toBeAllClose(below.z, { rtol: 1e-11 });
    expect(Array.from(above.dRe)).toBeAllClose(Array.from(below.dRe), { rtol: 1e-8, atol: 1e-12 });
    expect(Array.from(above.dIm)).toBeAllClose(Array.from(below.dIm), { rtol: 1e-8, atol: 1e-12 });
  });

  it("G: R_G at low ω, R_G/√(jωt_G) at high ω", () => {
    expect(z(G as ElementDefinition, 1e-12, [3, 1])).toBeAllClose([3, 0], { atol: 1e-11 });
    expect(z(G as ElementDefinition, 1e10, [3, 1])).toBeAllClose(
      [3 / (Math.SQRT2 * 1e5), -3 / (Math.SQRT2 * 1e5)],
      { rtol: 1e-9 },
    );
  });

  it("Gs with large φ is G; finite at large arguments", () => {
    expect(z(Gs as ElementDefinition, 7, [3, 0.2, 50])).toBeAllClose(
      z(G as ElementDefinition, 7, [3, 0.2]),
      { rtol: 1e-14 },
    );
    const far = z(Gs as ElementDefinition, 1e12, [3, 1, 1e3]);
    expect(far.every(Number.isFinite)).toBe(true);
  });

  it("La with α = 1 is an inductor (the published L·(jω)^α form)", () => {
    expect(z(La as ElementDefinition, 100, [1e-3, 1])).toBeAllClose([0, 0.1], {
      rtol: 1e-12,
      atol: 1e-15,
    });
    // α = 0.5: L·√ω·e^(jπ/4)
    expect(z(La as ElementDefinition, 4, [1, 0.5])).toBeAllClose([Math.SQRT2, Math.SQRT2], {
      rtol: 1e-14,
    });
  });

  it("K and Zarc with γ = 1 are R‖C with τ = RC", () => {
    // R = 2, τ = 1 at ω = 1: 2/(1 + j) = 1 − j
    expect(z(K as ElementDefinition, 1, [2, 1])).toBeAllClose([1, -1], { rtol: 1e-15 });
    expect(z(Zarc as ElementDefinition, 1, [2, 1, 1])).toBeAllClose([1, -1], {
      rtol: 1e-15,
      atol: 1e-15,
    });
  });
});

describe("vectorised evaluation", () => {
  it("writes each frequency's Z and derivative row at the element's parameter offset", () => {
    const def = CIRCUIT_ELEMENTS.Wo as ElementDefinition;
    const omega = [1e-3, 0.5, 20, 4e4];
    const p = [9, 0.2, 240]; // a dummy parameter, then Z0 and τ at offset 1
    const re = new Float64Array(4);
    const im = new Float64Array(4);
    const jr = new Float64Array(12);
    const ji = new Float64Array(12);
    def.evaluate(frequencyGrid(omega), Float64Array.from(p), 1, re, im, {
      re: jr,
      im: ji,
      stride: 3,
    });
    omega.forEach((w, i) => {
      const one = derivatives(def, w, [0.2, 240]);
      expect([re[i], im[i]]).toEqual(one.z);
      expect([jr[3 * i + 1], jr[3 * i + 2]]).toEqual(Array.from(one.dRe));
      expect([ji[3 * i + 1], ji[3 * i + 2]]).toEqual(Array.from(one.dIm));
      expect(jr[3 * i]).toBe(0);
    });
  });
});
