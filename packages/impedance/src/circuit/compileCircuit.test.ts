import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { circuitImpedance, parameterVector } from "./circuitImpedance.js";
import { compileCircuit } from "./compileCircuit.js";

const REFERENCE = "R0-p(R1,C1)-p(R2-Wo1,C2)";
// impedance.py's fit of exampleData.csv (research/eis.md §2.5, true local minimum).
const REFERENCE_VALUES = [
  0.0165186009546793, 0.00867858025764644, 3.32176065451046, 0.00539037899924334,
  0.0637028599859415, 237.84726961, 0.21953006128248,
];

describe("compileCircuit", () => {
  it("names parameters like impedance.py (Wo1_0, Wo1_1) with readable aliases", () => {
    const c = compileCircuit(REFERENCE);
    expect(c.parameters.map((p) => p.name)).toEqual([
      "R0",
      "R1",
      "C1",
      "R2",
      "Wo1_0",
      "Wo1_1",
      "C2",
    ]);
    expect(c.parameters.map((p) => p.alias)).toEqual([
      "R0.R",
      "R1.R",
      "C1.C",
      "R2.R",
      "Wo1.Z0",
      "Wo1.tau",
      "C2.C",
    ]);
    expect(c.parameters.map((p) => p.unit)).toEqual(["Ω", "Ω", "F", "Ω", "Ω", "s", "F"]);
    expect(c.parameterIndex("Wo1.tau")).toBe(5);
    expect(c.parameterIndex("nope")).toBe(-1);
  });

  it("R0-p(R1,C1) equals R0 + R1/(1 + jωR1C1)", () => {
    const f = [0.1, 1, 10, 100, 1000];
    const { zReal, zImag } = circuitImpedance("R0-p(R1,C1)", f, { R0: 10, R1: 100, C1: 1e-3 });
    f.forEach((fi, i) => {
      const x = 2 * Math.PI * fi * 100 * 1e-3;
      expect(zReal[i]).toBeCloseTo(10 + 100 / (1 + x * x), 12);
      expect(zImag[i]).toBeCloseTo((-100 * x) / (1 + x * x), 12);
    });
  });

  it("the reference circuit matches a direct complex-arithmetic evaluation", () => {
    const [r0, r1, c1, r2, z0, tau, c2] = REFERENCE_VALUES as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const f = [0.0031623, 0.1, 10, 1258.9];
    const { zReal, zImag } = circuitImpedance(REFERENCE, f, REFERENCE_VALUES);
    type Cx = [number, number];
    const add = (a: Cx, b: Cx): Cx => [a[0] + b[0], a[1] + b[1]];
    const inv = (a: Cx): Cx => {
      const m = a[0] * a[0] + a[1] * a[1];
      return [a[0] / m, -a[1] / m];
    };
    const par = (a: Cx, b: Cx) => inv(add(inv(a), inv(b)));
    f.forEach((fi, i) => {
      const w = 2 * Math.PI * fi;
      const a = Math.sqrt((w * tau) / 2);
      // coth(a + ja) = (sinh 2a − j sin 2a)/(cosh 2a − cos 2a), fine for a < 300
      const den = Math.cosh(2 * a) - Math.cos(2 * a);
      const coth: Cx = [Math.sinh(2 * a) / den, -Math.sin(2 * a) / den];
      const uInv: Cx = [1 / (2 * a), -1 / (2 * a)];
      const wo: Cx = [
        z0 * (coth[0] * uInv[0] - coth[1] * uInv[1]),
        z0 * (coth[0] * uInv[1] + coth[1] * uInv[0]),
      ];
      const expected = add(
        add([r0, 0], par([r1, 0], [0, -1 / (w * c1)])),
        par(add([r2, 0], wo), [0, -1 / (w * c2)]),
      );
      if (a < 300) {
        expect(zReal[i]).toBeCloseTo(expected[0], 14);
        expect(zImag[i]).toBeCloseTo(expected[1], 14);
      }
    });
  });

  it("a shorted parallel branch (R = 0) gives Z = 0 for the block, not NaN", () => {
    const { zReal, zImag } = circuitImpedance("R0-p(R1,C1)", [1, 10], [5, 0, 1e-3]);
    expect(Array.from(zReal)).toEqual([5, 5]);
    expect(Array.from(zImag)).toEqual([0, 0]);
  });

  it("analytic Jacobian = central differences on nested circuits (property test)", () => {
    const circuits = [
      REFERENCE,
      "R0-p(R1,CPE1)-p(R2,CPE2)-Wo1",
      "L0-R0-p(p(R1,C1)-R2,CPE1,G1)-Ws1",
      "La0-R0-p(R1-W1,CPE1)-Zarc1-K1",
      "p(R1,C1)",
    ];
    const logValue = fc.double({ min: -2, max: 2, noNaN: true }).map((e) => 10 ** e);
    const exponent = fc.double({ min: 0.4, max: 0.99, noNaN: true });
    for (const text of circuits) {
      const c = compileCircuit(text);
      const P = c.parameters.length;
      const params = fc.tuple(...c.parameters.map((p) => (p.max === 1 ? exponent : logValue)));
      const omega = Float64Array.from({ length: 12 }, (_, i) => 10 ** (-2 + i * 0.6));
      const N = omega.length;
      fc.assert(
        fc.property(params, (values) => {
          const p = Float64Array.from(values);
          const re = new Float64Array(N);
          const im = new Float64Array(N);
          const jRe = new Float64Array(N * P);
          const jIm = new Float64Array(N * P);
          c.impedanceAndJacobian(omega, p, re, im, jRe, jIm);
          const up = new Float64Array(N);
          const upI = new Float64Array(N);
          const dn = new Float64Array(N);
          const dnI = new Float64Array(N);
          for (let k = 0; k < P; k++) {
            const h = (p[k] as number) * 1e-6;
            const pu = Float64Array.from(p);
            const pd = Float64Array.from(p);
            pu[k] = (p[k] as number) + h;
            pd[k] = (p[k] as number) - h;
            c.impedance(omega, pu, up, upI);
            c.impedance(omega, pd, dn, dnI);
            for (let i = 0; i < N; i++) {
              const nr = ((up[i] as number) - (dn[i] as number)) / (2 * h);
              const ni = ((upI[i] as number) - (dnI[i] as number)) / (2 * h);
              const scale = Math.hypot(re[i] as number, im[i] as number);
              const pk = p[k] as number;
              const tol = 1e-5 * (scale + pk * Math.hypot(nr, ni));
              expect(Math.abs(pk * ((jRe[i * P + k] as number) - nr))).toBeLessThanOrEqual(tol);
              expect(Math.abs(pk * ((jIm[i * P + k] as number) - ni))).toBeLessThanOrEqual(tol);
            }
          }
        }),
        { numRuns: 40, seed: 3 },
      );
    }
  });

  it("parameterVector takes records by name or alias and reports what is missing", () => {
    const c = compileCircuit("R0-p(R1,CPE1)");
    expect(
      Array.from(parameterVector(c, { R0: 1, "R1.R": 2, CPE1_0: 3, "CPE1.alpha": 0.9 })),
    ).toEqual([1, 2, 3, 0.9]);
    expect(() => parameterVector(c, { R0: 1 })).toThrow(/no value for R1, CPE1_0, CPE1_1/);
    expect(() => parameterVector(c, { R0: 1, R9: 2 })).toThrow(/no parameter "R9"/);
    expect(() => parameterVector(c, { R0: 1, "R0.R": 2 })).toThrow(/given twice/);
    expect(() => parameterVector(c, [1, 2])).toThrow(/has 4 parameters, got 2/);
    expect(() => parameterVector(c, [1, Number.NaN, 3, 0.9])).toThrow(/R1 is NaN/);
    expect(() =>
      parameterVector(c, { R0: 1, R1: 2, CPE1_0: Number.POSITIVE_INFINITY, CPE1_1: 1 }),
    ).toThrow(/CPE1_0 is Infinity/);
  });
});
