import { InterfaceResistancesResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { fitCircuit } from "../fit/fitCircuit.js";
import { logFrequencies, syntheticSpectrum } from "../testing/spectra.fixture.js";
import { interfaceResistances } from "./interfaceResistances.js";

// A Li‖Li cell: R_bulk = 5 Ω; SEI arc R1 = 20 Ω, Q1 = 1e-6, α1 = 0.9 (τ = (R·Q)^(1/α) = 6.0 µs,
// f_c = 26.5 kHz); charge-transfer arc R2 = 50 Ω, Q2 = 1e-4, α2 = 0.85 (τ = 1.96 ms, f_c = 81.1 Hz).
const CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)";
const TRUE = [5, 20, 1e-6, 0.9, 50, 1e-4, 0.85];
const f = logFrequencies(1e6, 1e-2, 10);
const exact = syntheticSpectrum(CIRCUIT, TRUE, f, 0, 1);
const noisy = syntheticSpectrum(CIRCUIT, TRUE, f, 0.002, 7);
const AREA = 1.13e-4; // m² (1.13 cm², a 12 mm disc)

describe("interfaceResistances", () => {
  const exactFit = fitCircuit(CIRCUIT, exact, { initialGuess: TRUE, plots: false });

  it("reads R_bulk = 5, R_SEI = 20, R_ct = 50, R_int = 70 Ω from an exact fit (one interface)", () => {
    const r = interfaceResistances(exactFit);
    expect(r.bulk?.resistance.value).toBeAllClose(5, { rtol: 1e-8 });
    expect(r.sei?.resistance.value).toBeAllClose(20, { rtol: 1e-8 });
    expect(r.chargeTransfer?.resistance.value).toBeAllClose(50, { rtol: 1e-8 });
    expect(r.interphase?.resistance.value).toBeAllClose(70, { rtol: 1e-8 });
    expect(r.interphase?.parameters).toEqual(["R1", "R2"]);
    expect(r.interphase?.interfaceResistance?.value).toBeAllClose(70, { rtol: 1e-8 });
    expect(r.bulk?.interfaceResistance).toBeUndefined();
    expect(r.interfaceCount).toBe(1);
    expect(r.warnings).toEqual([]);
    expect(r.resistances.map((x) => [x.element, x.role, x.assignedBy])).toEqual([
      ["R0", "bulk", "rule"],
      ["R1", "sei", "rule"],
      ["R2", "chargeTransfer", "rule"],
    ]);
    // f_c = 1/(2π(R·Q)^(1/α)): 26.5 kHz and 81.1 Hz; C_eff = (R^(1−α)·Q)^(1/α)
    const [, r1, r2] = r.resistances;
    expect(r1?.characteristicFrequency).toBeAllClose(1 / (2 * Math.PI * 20e-6 ** (1 / 0.9)), {
      rtol: 1e-8,
    });
    expect(r2?.characteristicFrequency).toBeAllClose(1 / (2 * Math.PI * 50e-4 ** (1 / 0.85)), {
      rtol: 1e-8,
    });
    expect(r1?.capacitance).toBeAllClose((20 ** 0.1 * 1e-6) ** (1 / 0.9), { rtol: 1e-8 });
    expect(() => InterfaceResistancesResultSchema.parse(r)).not.toThrow();
  });

  it("halves the interfacial resistances of a symmetric cell and gives Ω cm²: R_ct per interface 25 Ω, 28.25 Ω cm² on 1.13 cm²", () => {
    const r = interfaceResistances(exactFit, { convention: "cell", area: AREA });
    expect(r.interfaceCount).toBe(2);
    expect(r.area).toMatchObject({ value: 1.13, unit: "cm²" });
    expect(r.chargeTransfer?.interfaceResistance?.value).toBeAllClose(25, { rtol: 1e-8 });
    expect(r.chargeTransfer?.areaSpecificResistance).toMatchObject({ unit: "Ω cm²" });
    expect(r.chargeTransfer?.areaSpecificResistance?.value).toBeAllClose(25 * 1.13, {
      rtol: 1e-8,
    });
    expect(r.sei?.areaSpecificResistance?.value).toBeAllClose(10 * 1.13, { rtol: 1e-8 });
    expect(r.interphase?.areaSpecificResistance?.value).toBeAllClose(35 * 1.13, { rtol: 1e-8 });
    expect(r.interphase?.areaSpecificResistance?.si).toBeAllClose(35 * AREA, { rtol: 1e-8 });
    // R_bulk is the electrolyte's: never halved, ASR = R·A = 5.65 Ω cm²
    expect(r.bulk?.areaSpecificResistance?.value).toBeAllClose(5 * 1.13, { rtol: 1e-8 });
  });

  it("orders arcs by frequency, not by position in the string", () => {
    const swapped = "R0-p(R2,CPE2)-p(R1,CPE1)";
    const fit = fitCircuit(swapped, exact, {
      initialGuess: [5, 50, 1e-4, 0.85, 20, 1e-6, 0.9],
      orderArcs: false,
      plots: false,
    });
    const r = interfaceResistances(fit);
    expect(r.resistances.find((x) => x.element === "R2")?.role).toBe("chargeTransfer");
    expect(r.resistances.find((x) => x.element === "R1")?.role).toBe("sei");
    expect(r.sei?.resistance.value).toBeAllClose(20, { rtol: 1e-8 });
  });

  it("propagates errors with the fit's correlations: SE(R_int)² = SE₁² + SE₂² + 2ρ·SE₁·SE₂", () => {
    const fit = fitCircuit(CIRCUIT, noisy, { initialGuess: TRUE, plots: false });
    const r = interfaceResistances(fit, { convention: "cell" });
    const p = (n: string) => fit.parameters.find((q) => q.name === n);
    const s1 = p("R1")?.standardError as number;
    const s2 = p("R2")?.standardError as number;
    const c = fit.correlation;
    const rho = c?.matrix[c.names.indexOf("R1")]?.[c.names.indexOf("R2")] as number;
    const se = Math.sqrt(s1 * s1 + s2 * s2 + 2 * rho * s1 * s2);
    expect(r.interphase?.resistance.standardError).toBeAllClose(se, { rtol: 1e-12 });
    expect(r.interphase?.interfaceResistance?.standardError).toBeAllClose(se / 2, {
      rtol: 1e-12,
    });
    // 0.2 % noise: each resistance within 2 % of the truth, and inside its 95 % interval
    expect(r.bulk?.resistance.value).toBeAllClose(5, { rtol: 0.02 });
    expect(r.sei?.resistance.value).toBeAllClose(20, { rtol: 0.02 });
    expect(r.chargeTransfer?.resistance.value).toBeAllClose(50, { rtol: 0.02 });
    const i = r.interphase?.resistance.interval;
    expect(i?.lower).toBeLessThan(70);
    expect(i?.upper).toBeGreaterThan(70);
  });

  it("reads Zarc and Randles p(R-Wo,CPE) arcs; a single arc is R_ct with a warning", () => {
    const zarc = "R0-Zarc1-Zarc2";
    const zTrue = [3, 10, 1e-5, 0.9, 40, 1e-2, 0.8];
    const fit = fitCircuit(zarc, syntheticSpectrum(zarc, zTrue, f, 0, 1), {
      initialGuess: zTrue,
      plots: false,
    });
    const r = interfaceResistances(fit);
    expect(r.resistances.map((x) => [x.parameter, x.role])).toEqual([
      ["R0", "bulk"],
      ["Zarc1_0", "sei"],
      ["Zarc2_0", "chargeTransfer"],
    ]);
    expect(r.resistances[1]?.characteristicFrequency).toBeAllClose(1 / (2 * Math.PI * 1e-5), {
      rtol: 1e-8,
    });
    const randles = "R0-p(R1-Wo1,CPE1)";
    const rTrue = [2, 30, 10, 5, 2e-5, 0.9];
    const one = interfaceResistances(
      fitCircuit(randles, syntheticSpectrum(randles, rTrue, f, 0, 1), {
        initialGuess: rTrue,
        plots: false,
      }),
    );
    expect(one.chargeTransfer?.resistance.value).toBeAllClose(30, { rtol: 1e-6 });
    expect(one.sei).toBeUndefined();
    expect(one.interphase?.resistance.value).toBeAllClose(30, { rtol: 1e-6 });
    expect(one.warnings.map((w) => w.code)).toEqual(["W_SINGLE_ARC"]);
  });

  it("flags an arc that peaks outside the measured frequencies (R_ct at 81 Hz, data 1 MHz–100 Hz)", () => {
    const high = logFrequencies(1e6, 100, 10);
    const fit = fitCircuit(CIRCUIT, syntheticSpectrum(CIRCUIT, TRUE, high, 0, 1), {
      initialGuess: TRUE,
      plots: false,
    });
    const r = interfaceResistances(fit);
    expect(r.warnings.map((w) => w.code)).toEqual(["W_ARC_OUTSIDE_RANGE"]);
    expect(r.warnings[0]?.message).toMatch(
      /^the arc of R2 peaks at 81\.1 Hz, outside the measured 100–1\.00e\+6 Hz: .*lower frequencies/,
    );
    expect(interfaceResistances(exactFit).warnings).toEqual([]);
  });

  it("takes role overrides by element name, and rejects names that are not resistances", () => {
    const r = interfaceResistances(exactFit, { roles: { R1: "other" } });
    expect(r.sei).toBeUndefined();
    expect(r.interphase?.resistance.value).toBeAllClose(50, { rtol: 1e-8 });
    expect(r.resistances[1]).toMatchObject({ role: "other", assignedBy: "override" });
    expect(() => interfaceResistances(exactFit, { roles: { CPE1: "sei" } })).toThrow(
      expect.objectContaining({
        code: "E_INVALID_INPUT",
        fix: expect.stringContaining("R0, R1, R2"),
      }),
    );
    expect(() => interfaceResistances(exactFit, { area: -1 })).toThrow(
      expect.objectContaining({ code: "E_INVALID_INPUT" }),
    );
  });

  it("lists resistances in blocks it cannot read as 'other', and warns when there is no series R or arc", () => {
    const ladder = "R0-p(R1,CPE1-p(R2,CPE2))";
    const lTrue = [5, 20, 1e-6, 0.9, 50, 1e-4, 0.85];
    const fit = fitCircuit(ladder, syntheticSpectrum(ladder, lTrue, f, 0, 1), {
      initialGuess: lTrue,
      plots: false,
    });
    const r = interfaceResistances(fit);
    expect(r.resistances.map((x) => x.role)).toEqual(["bulk", "other", "other"]);
    expect(r.warnings.map((w) => w.code)).toEqual(["W_UNCLASSIFIED", "W_NO_ARC"]);
    const named = interfaceResistances(fit, { roles: { R1: "sei", R2: "chargeTransfer" } });
    expect(named.interphase?.resistance.value).toBeAllClose(70, { rtol: 1e-6 });
    const noBulk = "p(R1,CPE1)";
    const nTrue = [20, 1e-6, 0.9];
    const nb = interfaceResistances(
      fitCircuit(noBulk, syntheticSpectrum(noBulk, nTrue, f, 0, 1), {
        initialGuess: nTrue,
        plots: false,
      }),
    );
    expect(nb.warnings.map((w) => w.code)).toEqual(["W_SINGLE_ARC", "W_NO_BULK"]);
  });
});
