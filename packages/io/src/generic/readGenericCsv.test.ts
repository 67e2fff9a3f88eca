import { LmbError } from "@lmb/errors";
import { describe, expect, it } from "vitest";
import type { ReadOptions } from "../formats/FormatReader.js";
import { detectFormat, readBytes } from "../read.js";
import { genericCsvReader } from "./genericCsvReader.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes (µ → 0xB5, ° → 0xB0). */
const cp1252 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
const read = (text: string | Uint8Array, options: ReadOptions = {}) =>
  readBytes(typeof text === "string" ? utf8(text) : text, {
    fileName: "t.csv",
    format: "csv",
    ...options,
  });
const cols = (text: string | Uint8Array, options: ReadOptions = {}) =>
  read(text, options).columns as Record<string, Float64Array>;

function thrown(f: () => unknown): LmbError {
  try {
    f();
  } catch (error) {
    if (error instanceof LmbError) return error;
    throw error;
  }
  throw new Error("expected an LmbError");
}

describe("generic CSV — unit-bearing headers", () => {
  it.each([
    ["Time (s),Voltage (V),Current (mA)\n0,3.1,1.5\n2,3.2,1.5\n", 2, 3.2, 1.5e-3],
    ["Test Time / h,Voltage / V,Current / A\n0,3.1,0.0015\n0.5,3.2,0.0015\n", 1800, 3.2, 1.5e-3],
    ["time/s\tEcell/V\tCurrent/mA\n0\t3.1\t1.5\n2\t3.2\t1.5\n", 2, 3.2, 1.5e-3],
    ["Time [min];Voltage [mV];I [µA]\n0;3100;1500\n1;3200;1500\n", 60, 3.2, 1.5e-3],
    ["test_time_s,voltage_V,current_mA\n0,3.1,1.5\n2,3.2,1.5\n", 2, 3.2, 1.5e-3],
  ])("%s", (text, t1, v1, i1) => {
    const c = cols(text);
    expect(c.time?.[1]).toBeCloseTo(t1, 12);
    expect(c.voltage?.[1]).toBeCloseTo(v1, 12);
    expect(c.current?.[1]).toBeCloseTo(i1, 15);
  });

  it("reads decimal commas with semicolons", () => {
    const c = cols("Zeit (s);Spannung (V);Voltage (V);Current (mA)\n0;1;3,1;1,5\n2;1;3,25;-1,5\n", {
      mapping: { "Zeit (s)": { key: "time" } },
    });
    expect(c.voltage?.[1]).toBeCloseTo(3.25, 12);
    expect(c.current?.[1]).toBeCloseTo(-1.5e-3, 15);
  });

  it("reads a Windows-1252 µ and ° in headers", () => {
    const c = cols(
      cp1252(
        "Time (s)\tVoltage (V)\tCurrent (\xb5A)\tTemperature (\xb0C)\n0\t3.1\t5\t25\n1\t3.2\t5\t26\n",
      ),
    );
    expect(c.current?.[0]).toBeCloseTo(5e-6, 18);
    expect(c.temperature?.[1]).toBeCloseTo(299.15, 12);
  });

  it("turns a current density into current with options.area (m²)", () => {
    const c = cols("t (s),E (V),I (mA/cm2)\n0,0,1\n1,0.1,-2\n", { area: 2e-4 });
    // 1 mA/cm² = 10 A/m²; × 2 cm² = 2 mA
    expect(c.current?.[0]).toBeCloseTo(2e-3, 15);
    expect(c.current?.[1]).toBeCloseTo(-4e-3, 15);
  });

  it("throws E_NEEDS_AREA naming the column and --area without an area", () => {
    const error = thrown(() => read("t (s),E (V),I (mA/cm2)\n0,0,1\n1,0.1,-2\n"));
    expect(error.code).toBe("E_NEEDS_AREA");
    expect(error.message).toContain("I (mA/cm2)");
    expect(error.fix).toContain("--area");
  });

  it("prefers a current column over a current-density column", () => {
    const c = cols("Time (s),Voltage (V),j (mA/cm2),Current (mA)\n0,1,1,2\n1,1,1,2\n");
    expect(c.current?.[0]).toBeCloseTo(2e-3, 15);
  });

  it("maps unrecognised columns with options.mapping (header or name part)", () => {
    const c = cols("Zeit,Spannung,Strom\n0,3.1,1\n1,3.2,1\n", {
      mapping: {
        Zeit: { key: "time", unit: "min" },
        Spannung: { key: "voltage", unit: "V" },
        Strom: { key: "current", unit: "mA" },
      },
    });
    expect(c.time?.[1]).toBe(60);
    expect(c.current?.[1]).toBeCloseTo(1e-3, 15);
  });

  it("fails with E_FORMAT listing the unrecognised headers and how to map them", () => {
    const error = thrown(() => read("Zeit,Spannung,Strom\n0,3.1,1\n1,3.2,1\n"));
    expect(error.code).toBe("E_FORMAT");
    expect(error.message).toContain('"Zeit", "Spannung", "Strom"');
    expect(error.message).toContain("time, voltage, current");
    expect(error.fix).toContain("mapping");
    expect(error.location).toEqual({ source: "t.csv", line: 1 });
  });

  it("rejects a mapping to a column the kind does not have", () => {
    expect(thrown(() => read("a,b\n1,2\n", { mapping: { a: { key: "nonsense" } } })).code).toBe(
      "E_FORMAT",
    );
  });

  it("assumes SI-like units for unit-less names and says so", () => {
    const data = read("time,voltage,current,cycle\n0,3.1,0.001,1\n1,3.2,0.001,1\n");
    expect(data.metadata.warnings.map((w) => w.code)).toEqual([
      "W_ASSUMED_UNIT",
      "W_ASSUMED_UNIT",
      "W_ASSUMED_UNIT",
    ]);
  });

  it("skips rows with an empty required cell, with a warning", () => {
    const data = read("Time (s),Voltage (V),Current (A)\n0,3.1,0\n1,,0\n2,3.3,0\n");
    expect((data.columns as Record<string, Float64Array>).time).toEqual(Float64Array.of(0, 2));
    expect(data.metadata.warnings[0]?.code).toBe("W_SKIPPED_ROWS");
  });
});

describe("generic CSV — other kinds with options.kind", () => {
  it("voltammogram: potential and current", () => {
    const d = read("Potential (V),Current (µA),Time (s)\n0,1,0\n0.1,2,1\n", {
      kind: "voltammogram",
    });
    expect(d.kind).toBe("voltammogram");
    expect((d.columns as Record<string, Float64Array>).current?.[1]).toBeCloseTo(2e-6, 18);
  });
  it("transient: time and current, or current density with an area", () => {
    const d = read("Time (s),j (mA/cm2)\n0,1\n1,0.5\n", { kind: "transient", area: 1e-4 });
    expect(d.kind).toBe("transient");
    const c = d.columns as Record<string, Float64Array>;
    expect(c.currentDensity?.[0]).toBeCloseTo(10, 12);
    expect(c.current?.[0]).toBeCloseTo(1e-3, 15);
    expect(
      thrown(() => read("Time (s),j (mA/cm2)\n0,1\n1,0.5\n", { kind: "transient" })).code,
    ).toBe("E_NEEDS_AREA");
  });
  it("conductivity: temperature with conductivity or resistance", () => {
    const d = read("T (°C),sigma (mS/cm)\n25,1.2\n60,3.4\n", { kind: "conductivity" });
    const c = d.columns as Record<string, Float64Array>;
    expect(c.temperature?.[0]).toBeCloseTo(298.15, 12);
    expect(c.conductivity?.[0]).toBeCloseTo(0.12, 12);
    const r = read("Temperature (K),R (Ω)\n300,120\n320,80\n", { kind: "conductivity" });
    expect((r.columns as Record<string, Float64Array>).resistance?.[1]).toBe(80);
    expect(
      thrown(() => read("Temperature (K),Voltage (V)\n300,1\n", { kind: "conductivity" })).message,
    ).toContain("conductivity or resistance");
  });
  it("impedance when the headers are frequency, Z′ and Z″", () => {
    expect(read("Freq (Hz),Z' (Ω),-Z'' (Ω)\n1000,1,0.5\n1,2,1\n").kind).toBe("impedance");
  });
});

describe("generic CSV — sniffing", () => {
  it("is low-confidence and last: vendor and specialised readers win", () => {
    const csv = utf8("Time (s),Voltage (V),Current (mA)\n0,3.1,1\n1,3.2,1\n");
    const score = genericCsvReader.sniff(csv, "x.csv");
    expect(score).toBeGreaterThanOrEqual(0.2);
    expect(score).toBeLessThanOrEqual(0.3);
    expect(detectFormat(csv, "x.csv").id).toBe("csv");
    expect(genericCsvReader.sniff(Uint8Array.of(0, 1, 2, 3, 0), "x.bin")).toBe(0);
  });
});
