// Agreement with impedance.py on its documented example (research/eis.md §2): circuit
// R0-p(R1,C1)-p(R2-Wo1,C2) on exampleData.csv (57 points with Im Z < 0) from the docs' guess.
import { CircuitFitResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { exampleData } from "../testing/spectra.fixture.js";
import { fitCircuit } from "./fitCircuit.js";

const data = exampleData();
const CIRCUIT = "R0-p(R1,C1)-p(R2-Wo1,C2)";
const GUESS = [0.01, 0.01, 100, 0.01, 0.05, 100, 1];

// impedance.py 1.7.1 default fit (TRF): SSR and parameters (research/eis.md §2.2).
const IMPEDANCE_PY_SSR = 1.9430171679e-5;
const IMPEDANCE_PY = [
  0.016518726084301338, 0.0086765505502891874, 3.3214255091440448, 0.005389962732254382,
  0.063092742002509347, 232.52042193500472, 0.21954182459595495,
];
// True local minimum from the same guess (tight LM, 665 nfev) and its standard errors
// (research/eis.md §2.5).
const TRUE_MIN_SSR = 1.942750043711e-5;
const TRUE_MIN = [
  0.0165186009546793, 0.00867858025764644, 3.32176065451046, 0.00539037899924334,
  0.0637028599859415, 237.84726961, 0.21953006128248,
];
const TRUE_MIN_SE = [1.5422e-4, 1.9125e-4, 0.18948, 2.0577e-4, 2.0215e-3, 17.165, 0.01754];

describe("fitCircuit on impedance.py's reference example (research/eis.md §2.5)", () => {
  const fit = fitCircuit(CIRCUIT, data, { initialGuess: GUESS });
  const values = fit.parameters.map((p) => p.value);

  it("uses the 57 points impedance.py fits", () => {
    expect(fit.statistics.pointCount).toBe(57);
    expect(fit.statistics.degreesOfFreedom).toBe(107);
    expect(fit.parameters.map((p) => p.name)).toEqual([
      "R0",
      "R1",
      "C1",
      "R2",
      "Wo1_0",
      "Wo1_1",
      "C2",
    ]);
  });

  it("reaches RSS ≤ impedance.py's 1.9430e-5 Ω², within 1e-6 of the true minimum 1.94275e-5", () => {
    expect(fit.convergence.converged).toBe(true);
    expect(fit.statistics.residualSumOfSquares).toBeLessThanOrEqual(IMPEDANCE_PY_SSR);
    expect(fit.statistics.residualSumOfSquares).toBeAllClose(TRUE_MIN_SSR, { rtol: 1e-6 });
    expect(fit.statistics.chiSquare).toBeAllClose(fit.statistics.residualSumOfSquares, {
      rtol: 1e-12,
    });
  });

  it("R0, R1, C1, R2, C2 within 0.1 % of the true minimum; Wo1_0 within 1 %, Wo1_1 within 3 %", () => {
    for (const k of [0, 1, 2, 3, 6]) {
      expect(values[k]).toBeAllClose(TRUE_MIN[k] as number, { rtol: 1e-3 });
    }
    expect(values[4]).toBeAllClose(TRUE_MIN[4] as number, { rtol: 0.01 });
    expect(values[5]).toBeAllClose(TRUE_MIN[5] as number, { rtol: 0.03 });
  });

  it("and within impedance.py's documented tolerances of its own (not fully converged) fit", () => {
    for (const k of [0, 1, 2, 3, 6]) {
      expect(values[k]).toBeAllClose(IMPEDANCE_PY[k] as number, { rtol: 1e-3 });
    }
    expect(values[4]).toBeAllClose(IMPEDANCE_PY[4] as number, { rtol: 0.02 });
    expect(values[5]).toBeAllClose(IMPEDANCE_PY[5] as number, { rtol: 0.03 });
  });

  it("standard errors within 1 % of s²(JᵀJ)⁻¹ at the true minimum (impedance.py's conf_)", () => {
    fit.parameters.forEach((p, k) => {
      expect(p.standardError).toBeAllClose(TRUE_MIN_SE[k] as number, { rtol: 0.01 });
    });
  });

  it("reports 95 % Student-t intervals, the correlations impedance.py reports, and no bound warnings", () => {
    const r0 = fit.parameters[0];
    // t(0.975, 107) = 1.98238
    expect(
      ((r0?.interval?.upper as number) - (r0?.value as number)) / (r0?.standardError as number),
    ).toBeAllClose(1.98238, { rtol: 1e-4 });
    const corr = fit.correlation;
    const c = (a: string, b: string) =>
      corr?.matrix[corr.names.indexOf(a)]?.[corr.names.indexOf(b)] as number;
    // research/eis.md §2.2: Wo1_0/Wo1_1 +0.964, R0/C2 +0.733, R1/C1 −0.711 (at impedance.py's point)
    expect(c("Wo1_0", "Wo1_1")).toBeAllClose(0.964, { atol: 0.01 });
    expect(c("R0", "C2")).toBeAllClose(0.733, { atol: 0.01 });
    expect(c("R1", "C1")).toBeAllClose(-0.711, { atol: 0.01 });
    expect(fit.warnings.filter((w) => w.code === "W_AT_BOUND")).toEqual([]);
  });

  it("derives τ = R1·C1 and f_c = 1/(2πR1C1) for the R‖C arc", () => {
    const tau = fit.derived.find((d) => d.source === "p(R1,C1)" && d.quantity === "timeConstant");
    expect(tau?.value).toBeAllClose((values[1] as number) * (values[2] as number), { rtol: 1e-12 });
    const fc = fit.derived.find(
      (d) => d.source === "p(R1,C1)" && d.quantity === "characteristicFrequency",
    );
    expect(fc?.value).toBeAllClose(1 / (2 * Math.PI * (tau?.value as number)), { rtol: 1e-12 });
    expect(fc?.standardError).toBeGreaterThan(0);
  });

  it("residuals are % of |Z| and the result matches the CircuitFitResult schema", () => {
    const i = 10;
    const m = Math.hypot(data.zReal[i] as number, data.zImag[i] as number);
    expect(fit.residualRealPercent[i]).toBeAllClose(
      (100 * ((data.zReal[i] as number) - (fit.fitReal[i] as number))) / m,
      { rtol: 1e-12 },
    );
    expect(Math.max(...fit.residualImagPercent.map(Math.abs))).toBeLessThan(5);
    expect(() => CircuitFitResultSchema.parse(JSON.parse(JSON.stringify(fit)))).not.toThrow();
  });

  it("impedance.py's second docs circuit R0-p(R1,CPE1)-p(R2,CPE2)-Wo1 reaches its SSR 9.4691e-6 with its labels", () => {
    const two = fitCircuit("R0-p(R1,CPE1)-p(R2,CPE2)-Wo1", data, {
      initialGuess: [0.01, 0.005, 0.1, 0.9, 0.005, 0.1, 0.9, 0.1, 200],
    });
    expect(two.statistics.residualSumOfSquares).toBeLessThanOrEqual(9.4691e-6 * (1 + 1e-5));
    // research/eis.md §2.3 (5 significant figures); the start is symmetric in the two arcs, and
    // orderArcs puts the high-frequency one first, as impedance.py happened to.
    expect(two.parameters.map((p) => p.value)).toBeAllClose(
      [0.015844, 0.0063771, 0.79224, 0.79009, 0.0087196, 4.6638, 0.91553, 0.1394, 1254],
      { rtol: 2e-3 },
    );
  });
});
