import { circuitImpedance } from "@lmb/impedance";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import { InterfaceImpedanceResultSchema, InterfaceImpedanceSeriesResultSchema } from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { interfaceImpedance } from "./interfaceImpedance.js";
import { interfaceImpedanceSeries } from "./interfaceImpedanceSeries.js";

const CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)";
// Li‖Li cell at 25 °C: R_bulk 5 Ω, SEI arc 20 Ω (f_c 26.5 kHz), charge-transfer arc 50 Ω (81.1 Hz)
const REF = { R0: 5, R1: 20, CPE1_0: 1e-6, CPE1_1: 0.9, R2: 50, CPE2_0: 1e-4, CPE2_1: 0.85 };
const FREQUENCY = Float64Array.from({ length: 81 }, (_, i) => 1e6 * 10 ** (-i / 10)); // 1 MHz → 10 mHz

function spectrum(
  values: Record<string, number>,
  extra: { temperature?: number; area?: number } = {},
): ImpedanceSpectrum {
  const { zReal, zImag } = circuitImpedance(CIRCUIT, FREQUENCY, values);
  return {
    kind: "impedance",
    columns: {
      frequency: FREQUENCY,
      zReal,
      zImag,
      ...(extra.temperature === undefined
        ? {}
        : { temperature: new Float64Array(FREQUENCY.length).fill(extra.temperature) }),
    },
    metadata: {
      format: "test",
      columns: [],
      warnings: [],
      ...(extra.area === undefined ? {} : { area: extra.area }),
    },
  };
}

const GUESS = Object.values(REF);

describe("interfaceImpedance", () => {
  it("j0 from a Li‖Li cell's R_ct = 50 Ω on 1.13 cm² at 25 °C: 2RT/(F·R_ct·A) = 2·25.693 mV/56.5 Ω cm² = 0.9095 mA cm⁻²", () => {
    const r = interfaceImpedance(spectrum(REF), CIRCUIT, {
      convention: "cell",
      area: 1.13e-4,
      fit: { initialGuess: GUESS },
    });
    // RT/F at 298.15 K = 25.693 mV; by hand 0.051385 V / 56.5 Ω cm² = 9.0947e-4 A cm⁻²
    expect(r.exchangeCurrent?.exchangeCurrentDensity.value).toBeAllClose(0.90947, {
      rtol: 1e-4,
    });
    expect(r.exchangeCurrent?.exchangeCurrentDensity.unit).toBe("mA cm⁻²");
    expect(r.exchangeCurrent?.convention).toBe("cell");
    expect(r.resistances.chargeTransfer?.interfaceResistance?.value).toBeAllClose(25, {
      rtol: 1e-8,
    });
    expect(r.resistances.chargeTransfer?.areaSpecificResistance?.value).toBeAllClose(28.25, {
      rtol: 1e-8,
    });
    expect(r.temperatureSource).toBe("default");
    expect(r.warnings.map((w) => w.code)).toEqual(["W_DEFAULT_TEMPERATURE"]);
    expect(() => InterfaceImpedanceResultSchema.parse(JSON.parse(JSON.stringify(r)))).not.toThrow();
  });

  it("reads area and temperature from the dataset: one interface at 60 °C gives j0 = RT/(F·R_ct·A)", () => {
    const r = interfaceImpedance(spectrum(REF, { temperature: 333.15, area: 2e-4 }), CIRCUIT, {
      fit: { initialGuess: GUESS },
    });
    const rtf = (GAS_CONSTANT * 333.15) / FARADAY_CONSTANT; // 28.709 mV
    expect(r.temperatureSource).toBe("file");
    expect(r.temperature.value).toBeAllClose(333.15, { rtol: 1e-12 });
    // 28.709 mV / (50 Ω · 2 cm²) = 0.28709 mA cm⁻²
    expect(r.exchangeCurrent?.exchangeCurrentDensity.value).toBeAllClose(0.28709, {
      rtol: 1e-4,
    });
    expect(r.exchangeCurrent?.exchangeCurrentDensity.si).toBeAllClose(rtf / (50 * 2e-4), {
      rtol: 1e-6,
    });
    expect(r.warnings).toEqual([]);
  });

  it("without an area gives resistances but no ASR or j0, and says so", () => {
    const r = interfaceImpedance(spectrum(REF), CIRCUIT, { fit: { initialGuess: GUESS } });
    expect(r.exchangeCurrent).toBeUndefined();
    expect(r.resistances.interphase?.areaSpecificResistance).toBeUndefined();
    expect(r.warnings.map((w) => w.code)).toEqual(["W_NO_AREA"]);
  });

  it("passes the fit's input errors through: f ≤ 0, NaN, too few points, bad circuit", () => {
    const bad = (columns: { frequency: number[]; zReal: number[]; zImag: number[] }) => () =>
      interfaceImpedance(columns, CIRCUIT);
    expect(bad({ frequency: [1, 0, 3], zReal: [1, 2, 3], zImag: [-1, -1, -1] })).toThrow(
      expect.objectContaining({ code: "E_INVALID_INPUT" }),
    );
    expect(bad({ frequency: [1, 2, 3], zReal: [1, Number.NaN, 3], zImag: [-1, -1, -1] })).toThrow(
      expect.objectContaining({ code: "E_INVALID_INPUT" }),
    );
    expect(bad({ frequency: [1, 2, 3], zReal: [1, 2, 3], zImag: [-1, -1, -1] })).toThrow(
      expect.objectContaining({ code: "E_INSUFFICIENT_DATA" }),
    );
    expect(() => interfaceImpedance(spectrum(REF), "R0-p(R1,CPE1")).toThrow(
      expect.objectContaining({ code: "E_CIRCUIT_PARSE" }),
    );
    expect(() => interfaceImpedance(spectrum(REF), "R0-p(R0,CPE1)")).toThrow(
      expect.objectContaining({ code: "E_CIRCUIT_PARSE" }),
    );
  });
});

// Arrhenius test vector: R(T) = R(25 °C)·exp(E_a/R·(1/T − 1/298.15)) with E_a = 15 kJ mol⁻¹ (bulk),
// 45 (SEI) and 60 (charge transfer); CPEs held constant.
const EA = { R0: 15e3, R1: 45e3, R2: 60e3 };
function at(celsius: number): ImpedanceSpectrum {
  const t = celsius + 273.15;
  const scale = (ea: number) => Math.exp((ea / GAS_CONSTANT) * (1 / t - 1 / 298.15));
  return spectrum({
    ...REF,
    R0: REF.R0 * scale(EA.R0),
    R1: REF.R1 * scale(EA.R1),
    R2: REF.R2 * scale(EA.R2),
  });
}

describe("interfaceImpedanceSeries", () => {
  const celsius = [40, 0, 60, 25, 10]; // out of order on purpose
  const entries = celsius.map((c) => ({
    spectrum: at(c),
    label: `${c}C.csv`,
    temperature: c + 273.15,
  }));
  const series = interfaceImpedanceSeries(entries, CIRCUIT, {
    by: "temperature",
    convention: "cell",
    area: 1.13e-4,
    fit: { initialGuess: GUESS },
  });

  it("fits in order of temperature, each from the previous fit", () => {
    expect(series.entries.map((e) => e.label)).toEqual([
      "0C.csv",
      "10C.csv",
      "25C.csv",
      "40C.csv",
      "60C.csv",
    ]);
    expect(series.entries.every((e) => e.fit.convergence.guess === "given")).toBe(true);
    expect(series.entries.map((e) => e.temperatureSource)).toEqual(Array(5).fill("given"));
    const r25 = series.entries[2]?.resistances;
    expect(r25?.sei?.resistance.value).toBeAllClose(20, { rtol: 1e-6 });
    expect(r25?.chargeTransfer?.resistance.value).toBeAllClose(50, { rtol: 1e-6 });
  });

  it("recovers E_a = 15, 45 and 60 kJ mol⁻¹ of R_bulk, R_SEI and R_ct from 0–60 °C", () => {
    expect(series.arrhenius?.bulk?.activationEnergy.value).toBeAllClose(15, { rtol: 1e-5 });
    expect(series.arrhenius?.sei?.activationEnergy.value).toBeAllClose(45, { rtol: 1e-5 });
    expect(series.arrhenius?.chargeTransfer?.activationEnergy.value).toBeAllClose(60, {
      rtol: 1e-5,
    });
    expect(series.arrhenius?.chargeTransfer?.form).toBe("inverseResistance");
    // R_int = R_SEI + R_ct is not exactly Arrhenius: its apparent E_a lies between the two
    const eaInt = series.arrhenius?.interphase?.activationEnergy.value as number;
    expect(eaInt).toBeGreaterThan(45);
    expect(eaInt).toBeLessThan(60);
    expect(series.warnings).toEqual([]);
    expect(() =>
      InterfaceImpedanceSeriesResultSchema.parse(JSON.parse(JSON.stringify(series))),
    ).not.toThrow();
  });

  it("j0 of each spectrum uses its own temperature", () => {
    const e60 = series.entries[4];
    const rct = e60?.resistances.chargeTransfer?.resistance.si as number;
    const expected = (2 * GAS_CONSTANT * 333.15) / (FARADAY_CONSTANT * rct * 1.13e-4); // A m⁻²
    expect(e60?.exchangeCurrent?.exchangeCurrentDensity.si).toBeAllClose(expected, {
      rtol: 1e-9,
    });
  });

  it("a series over time orders by time, plots R against hours and fits no Arrhenius without temperatures", () => {
    const s = interfaceImpedanceSeries(
      [
        { spectrum: at(25), label: "b", time: 7200 },
        { spectrum: at(25), label: "a", time: 0 },
      ],
      CIRCUIT,
      { by: "time", fit: { initialGuess: GUESS } },
    );
    expect(s.entries.map((e) => [e.label, e.time?.value, e.time?.unit])).toEqual([
      ["a", 0, "h"],
      ["b", 2, "h"],
    ]);
    expect(s.arrhenius).toBeUndefined();
    expect(s.warnings).toEqual([]);
    expect(JSON.stringify(s.plot)).toContain("time (h)");
  });

  it("refuses a temperature series with a spectrum of unknown temperature, and an empty one", () => {
    expect(() =>
      interfaceImpedanceSeries([{ spectrum: at(25), label: "x.csv" }], CIRCUIT, {
        by: "temperature",
      }),
    ).toThrow(
      expect.objectContaining({ code: "E_INVALID_INPUT", problem: "x.csv has no temperature" }),
    );
    expect(() => interfaceImpedanceSeries([], CIRCUIT, { by: "time" })).toThrow(
      expect.objectContaining({ code: "E_INSUFFICIENT_DATA" }),
    );
  });
});
