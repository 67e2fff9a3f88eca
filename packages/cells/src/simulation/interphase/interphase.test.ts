import { generalEffectiveMedium, metalIncorporationWindow } from "@lmb/percolation";
import { FARADAY_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { interphaseElectronicConductivity } from "./interphaseElectronicConductivity.js";
import { createInterphaseGrowth } from "./interphaseGrowth.js";
import { interphasePercolationThreshold } from "./interphaseThreshold.js";

describe("interphaseElectronicConductivity (percolation, SCIENCE.md §6)", () => {
  it("takes V_p from the continuum Monte Carlo of @lmb/percolation (median first crossing)", () => {
    const expected = metalIncorporationWindow({ thickness: 5, runs: 40, seed: 1 }).crossing.median;
    expect(interphasePercolationThreshold(1, 5)).toBe(expected);
    // thin layers percolate at lower V_f (finite size): 2 diameters < 5 diameters
    expect(interphasePercolationThreshold(1, 2)).toBeLessThan(expected);
  });

  it("is the insulator below V_p and σ_M((V_f − V_p)/(1 − V_p))² well above it (GEM, n = 2)", () => {
    const low = interphaseElectronicConductivity({ metalFraction: 0.02, thicknessInDiameters: 5 });
    expect(low.percolating).toBe(false);
    expect(low.thresholdSource).toBe("continuum-monte-carlo");
    expect(low.conductivity).toBeGreaterThan(1e-10);
    expect(low.conductivity).toBeLessThan(1.3e-10); // within 30 % of σ_NM at V_f = V_p/10
    const high = interphaseElectronicConductivity({ metalFraction: 0.6, thicknessInDiameters: 5 });
    const vp = high.threshold;
    const powerLaw = 1e7 * ((0.6 - vp) / (1 - vp)) ** 2;
    expect(high.percolating).toBe(true);
    expect(Math.abs(high.conductivity / powerLaw - 1)).toBeLessThan(1e-6);
  });

  it("uses a given threshold and the power-law model on request", () => {
    const r = interphaseElectronicConductivity({
      metalFraction: 0.4,
      thicknessInDiameters: 5,
      threshold: 0.3,
      model: "power-law",
      insulatorConductivity: 0,
      metalConductivity: 1,
    });
    // σ0 = σ_M/(1 − V_p)² so both models agree above V_p: (0.1/0.7)² = 0.020408
    expect(r.conductivity).toBeCloseTo(0.1 ** 2 / 0.7 ** 2, 12);
    expect(r.conductivity).toBeCloseTo(
      generalEffectiveMedium(0.4, { threshold: 0.3, exponent: 2, metal: 1, insulator: 0 }),
      12,
    );
  });

  it("rises by orders of magnitude across V_p, unlike the mixing rule", () => {
    const vp = interphasePercolationThreshold(1, 5);
    const below = interphaseElectronicConductivity({
      metalFraction: vp - 0.05,
      thicknessInDiameters: 5,
    });
    const above = interphaseElectronicConductivity({
      metalFraction: vp + 0.05,
      thicknessInDiameters: 5,
    });
    expect(above.conductivity / below.conductivity).toBeGreaterThan(1e6);
  });

  it("names the field of a bad input", () => {
    expect(() =>
      interphaseElectronicConductivity({ metalFraction: 1.5, thicknessInDiameters: 5 }),
    ).toThrow(/interphase\.metal\.fraction/);
    expect(() =>
      interphaseElectronicConductivity({ metalFraction: 0.2, thicknessInDiameters: -1 }),
    ).toThrow(/interphase\.initialThickness/);
  });
});

describe("createInterphaseGrowth (Deal–Grove: parabolic when insulating, linear when percolating)", () => {
  const molarVolume = 1.4e-5;
  const K = (1 * molarVolume) / FARADAY_CONSTANT; // U = 1 V

  it("insulating: δ² − δ0² ≈ 2σ_e·K·t (parabolic, self-limiting)", () => {
    const g = createInterphaseGrowth({
      drivingPotential: 1,
      electronicConductivity: 1e-10,
      reactionResistance: 1e-6,
      molarVolume,
    });
    const t = 1000 * 3600;
    const d = g.thicknessAt(0, t);
    // exact: δ²/(2σ) + rδ = K t
    expect(d ** 2 / 2e-10 + 1e-6 * d).toBeCloseTo(K * t, 20);
    expect(Math.abs(d / Math.sqrt(2e-10 * K * t) - 1)).toBeLessThan(1e-3);
    // four times the time, twice the thickness
    expect(g.thicknessAt(0, 4 * t) / d).toBeCloseTo(2, 2);
  });

  it("percolating: δ − δ0 = K·t/r_rxn (linear) and i_leak = U/r_rxn", () => {
    const g = createInterphaseGrowth({
      drivingPotential: 1,
      electronicConductivity: 1e5,
      reactionResistance: 10,
      molarVolume,
    });
    const t = 3600;
    expect(Math.abs((g.thicknessAt(1e-8, t) - 1e-8) / ((K * t) / 10) - 1)).toBeLessThan(1e-9);
    expect(g.leakageCurrentDensity(1e-8)).toBeCloseTo(0.1, 9);
  });

  it("Li consumed equals ∫ i_leak dt (closed form vs trapezoids) and timeToConsume inverts it", () => {
    const g = createInterphaseGrowth({
      drivingPotential: 0.8,
      electronicConductivity: 1e-7,
      reactionResistance: 0.5,
      molarVolume,
    });
    const d0 = 5e-9;
    const T = 100 * 3600;
    const n = 200_000;
    let integral = 0;
    let prev = g.leakageCurrentDensity(d0);
    for (let k = 1; k <= n; k++) {
      const i = g.leakageCurrentDensity(g.thicknessAt(d0, (k * T) / n));
      integral += 0.5 * (prev + i) * (T / n);
      prev = i;
    }
    const consumed = g.consumedCharge(d0, g.thicknessAt(d0, T));
    expect(Math.abs(integral / consumed - 1)).toBeLessThan(1e-6);
    expect(g.timeToConsume(d0, consumed) / T).toBeCloseTo(1, 9);
  });
});
