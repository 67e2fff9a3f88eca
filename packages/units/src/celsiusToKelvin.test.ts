import { describe, expect, it } from "vitest";
import { celsiusToKelvin, kelvinToCelsius } from "./celsiusToKelvin.js";
import { temperature } from "./timeAndEnergyKinds.js";

describe("°C ↔ K (SI brochure: T/K = θ/°C + 273.15)", () => {
  it("25 °C = 298.15 K, 0 K = −273.15 °C, melting point of Li 180.54 °C = 453.69 K", () => {
    expect(celsiusToKelvin(25)).toBeAllClose(298.15, { rtol: 1e-15 });
    expect(kelvinToCelsius(temperature(0, "K"))).toBeAllClose(-273.15, { rtol: 1e-15 });
    expect(celsiusToKelvin(180.54)).toBeAllClose(453.69, { rtol: 1e-15 });
    expect(kelvinToCelsius(celsiusToKelvin(-40))).toBeAllClose(-40, { rtol: 1e-13 });
  });

  it("refuses temperatures below absolute zero and NaN", () => {
    expect(() => celsiusToKelvin(-274)).toThrow(/E_OUT_OF_RANGE/);
    expect(() => kelvinToCelsius(temperature.fromSI(-1))).toThrow(/E_OUT_OF_RANGE/);
    expect(() => celsiusToKelvin(Number.NaN)).toThrow(/E_NOT_FINITE/);
  });
});
