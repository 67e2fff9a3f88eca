import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectFormat, readBytes } from "../read.js";
import { bdfCsvReader } from "./bdfReader.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const bytes = (path: string) => new Uint8Array(readFileSync(DATA + path));
const min = (a: Float64Array) => a.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
const max = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);

describe("bdf-csv — cellpy/batmo_bdf.csv (SOURCES.md: 21 206 rows, 109 cycles, ±0.121 A, 2.36–3.60 V, ~0.159 Ah)", () => {
  const file = "cellpy/batmo_bdf.csv";
  const data = readBytes(bytes(file), { fileName: file });
  const c = data.columns as Record<string, Float64Array>;
  it("is detected as BDF", () => {
    expect(detectFormat(bytes(file), file).id).toBe("bdf-csv");
    expect(data.metadata.format).toBe("bdf-csv");
  });
  it("has the documented rows, cycles, current and voltage ranges", () => {
    expect(data.kind).toBe("cycling");
    expect(c.time?.length).toBe(21206);
    expect(max(c.cycle as Float64Array)).toBe(109);
    expect(max(c.current as Float64Array)).toBeCloseTo(0.121, 3);
    expect(min(c.current as Float64Array)).toBeCloseTo(-0.121, 3);
    expect(min(c.voltage as Float64Array)).toBeCloseTo(2.36, 2);
    expect(max(c.voltage as Float64Array)).toBeCloseTo(3.6, 2);
  });
  it("converts Test Time / h to seconds and Ah to coulombs", () => {
    expect(c.time?.[0]).toBeCloseTo(0.138888888888889 * 3600, 9);
    const ah = max(c.dischargeCapacity as Float64Array) / 3600;
    expect(ah).toBeGreaterThan(0.155);
    expect(ah).toBeLessThan(0.165);
    expect(data.metadata.warnings).toEqual([]);
  });
});

describe("bdf-csv — BDF labels", () => {
  const text = [
    "Test Time / s,Voltage / V,Current / A,Unix Time / s,Cycle Count / 1,Step Count / 1,Charging Capacity / Ah,Discharging Capacity / Ah,Surface Temperature T1 / degC,Step Type",
    "0,3.1,0.001,1714487599,1,1,0,0,25,CC_CHG",
    "10,3.2,0.001,1714487609,1,1,0.0000027,0,25.5,CC_CHG",
  ].join("\n");
  const data = readBytes(new TextEncoder().encode(text), { fileName: "x.bdf.csv" });
  const c = data.columns as Record<string, Float64Array>;
  it("maps every BDF label and takes the start time from Unix Time", () => {
    expect(Object.keys(c).sort()).toEqual(
      [
        "chargeCapacity",
        "current",
        "cycle",
        "dischargeCapacity",
        "stepCount",
        "temperature",
        "time",
        "voltage",
      ].sort(),
    );
    expect(c.temperature?.[1]).toBeCloseTo(298.65, 12);
    expect(c.chargeCapacity?.[1]).toBeCloseTo(0.0000027 * 3600, 15);
    expect(data.metadata.startTime).toBe("2024-04-30T14:33:19.000Z");
  });
  it("sniffs the three required labels, not other CSV", () => {
    expect(bdfCsvReader.sniff(new TextEncoder().encode(text))).toBeGreaterThan(0.9);
    expect(bdfCsvReader.sniff(new TextEncoder().encode("Time (s),Voltage (V)\n0,1\n"))).toBe(0);
  });
});
