import { createRng } from "@lmb/numerics";
import { ArrheniusFitResultSchema, type ConductivitySeries } from "@lmb/schemas";
import { GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { arrheniusFit } from "./arrheniusFit.js";

const temperature = [25, 35, 45, 55, 65, 75, 85].map((c) => c + 273.15);

describe("arrheniusFit", () => {
  it("recovers E_a = 40 kJ mol⁻¹ and σ0 = 1e5 S m⁻¹ from conductivities with 2 % noise (seed 31)", () => {
    const rng = createRng(31);
    const conductivity = temperature.map(
      (t) => 1e5 * Math.exp(-40e3 / (GAS_CONSTANT * t)) * Math.exp(0.02 * rng.normal()),
    );
    const result = ArrheniusFitResultSchema.parse(arrheniusFit({ temperature, conductivity }));
    const { activationEnergy: ea, activationEnergyPerParticle: ev, prefactor } = result;
    expect(ea.unit).toBe("kJ mol⁻¹");
    expect(40).toBeGreaterThanOrEqual(ea.interval?.lower ?? Number.NaN);
    expect(40).toBeLessThanOrEqual(ea.interval?.upper ?? Number.NaN);
    expect(1e3).toBeGreaterThanOrEqual(prefactor.interval?.lower ?? Number.NaN); // S cm⁻¹
    expect(1e3).toBeLessThanOrEqual(prefactor.interval?.upper ?? Number.NaN);
    // 1 eV per particle = 96.4853 kJ mol⁻¹ (theory.md §5.2)
    expect(ev.value * 96.4853).toBeAllClose(ea.value, { rtol: 1e-6 });
    expect(ev.standardError).toBeAllClose((ea.standardError ?? 0) / 96.4853, { rtol: 1e-6 });
    expect(result.window).toMatchObject({
      variable: "T",
      lower: 298.15,
      upper: 358.15,
      pointCount: 7,
    });
    expect(result.form).toBe("sigma");
  });

  it("the σT form gives E_a larger by ≈ R·T̄ on the same data (theory.md §5.2: 2.5–2.6 kJ mol⁻¹ near 300 K)", () => {
    const conductivity = temperature.map((t) => 1e5 * Math.exp(-40e3 / (GAS_CONSTANT * t)));
    const sigma = arrheniusFit({ temperature, conductivity }, { form: "sigma" });
    const sigmaT = arrheniusFit({ temperature, conductivity }, { form: "sigmaT" });
    expect(sigma.activationEnergy.value).toBeAllClose(40, { rtol: 1e-10 });
    const difference = sigmaT.activationEnergy.value - sigma.activationEnergy.value;
    expect(difference).toBeAllClose((GAS_CONSTANT * sigma.meanTemperature.value) / 1e3, {
      rtol: 0.01,
    });
    expect(sigmaT.prefactor.unit).toBe("S cm⁻¹ K");
  });

  it("two temperatures (the CLI example 25 °C: 10, 40 °C: 13.1): E_a = R·ln(13.1/10)/(1/298.15 − 1/313.15) = 13.97 kJ mol⁻¹, exact, with a warning", () => {
    const result = arrheniusFit({ temperature: [298.15, 313.15], conductivity: [1.0, 1.31] });
    const expected = (GAS_CONSTANT * Math.log(1.31)) / (1 / 298.15 - 1 / 313.15) / 1e3;
    expect(result.activationEnergy.value).toBeAllClose(expected, { rtol: 1e-12 });
    expect(result.activationEnergy.value).toBeAllClose(13.97, { atol: 0.01 });
    expect(result.activationEnergy.standardError).toBeUndefined();
    expect(result.warnings.map((w) => w.code)).toEqual(["W_NO_UNCERTAINTY"]);
    ArrheniusFitResultSchema.parse(result);
  });

  it("fits 1/R of a ConductivitySeries of resistances", () => {
    const series: ConductivitySeries = {
      kind: "conductivity",
      columns: {
        temperature: Float64Array.from(temperature),
        resistance: Float64Array.from(
          temperature,
          (t) => 1 / (1e6 * Math.exp(-50e3 / (GAS_CONSTANT * t))),
        ),
      },
      metadata: { format: "test", columns: [], warnings: [] },
    };
    const result = arrheniusFit(series);
    expect(result.form).toBe("inverseResistance");
    expect(result.activationEnergy.value).toBeAllClose(50, { rtol: 1e-10 });
    expect(result.prefactor.value).toBeAllClose(1e6, { rtol: 1e-8 });
  });

  it("refuses T ≤ 0 K, non-positive conductivity and mismatched lengths, with the fix", () => {
    expect(() => arrheniusFit({ temperature: [300, -5, 320], conductivity: [1, 2, 3] })).toThrow(
      /E_INVALID_INPUT: temperature\[1\] = -5 is not positive.*Fix: temperatures are absolute \(K\)/,
    );
    expect(() => arrheniusFit({ temperature: [300, 310, 320], conductivity: [1, 0, 3] })).toThrow(
      /E_INVALID_INPUT: conductivity\[1\] = 0 is not positive.*Fix/,
    );
    expect(() => arrheniusFit({ temperature: [300, 310], conductivity: [1, 2, 3] })).toThrow(
      /E_LENGTH_MISMATCH/,
    );
    expect(() => arrheniusFit({ temperature: [300], conductivity: [1] })).toThrow(
      /E_INSUFFICIENT_DATA/,
    );
    expect(() => arrheniusFit({ temperature: [300, 300], conductivity: [1, 2] })).toThrow(
      /every temperature is 300 K/,
    );
    expect(() =>
      arrheniusFit({ temperature: [300, 310], resistance: [1, 2] }, { form: "sigma" }),
    ).toThrow(/needs conductivities/);
  });
});
