import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectFormat, readBytes } from "../read.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const FILE = "battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv";
const bytes = new Uint8Array(readFileSync(DATA + FILE));
const min = (a: Float64Array) => a.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
const max = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);

describe("landt-csv — SINTEF Li||graphite CR2032 (SOURCES.md: 25 162 rows, 2 cycles, ±0.2 mA, 0.01–2.92 V, 73 h)", () => {
  const data = readBytes(bytes, { fileName: FILE });
  const c = data.columns as Record<string, Float64Array>;
  it("is detected as Landt CSV", () => {
    expect(detectFormat(bytes, FILE).id).toBe("landt-csv");
  });
  it("has the documented size and ranges", () => {
    expect(c.time?.length).toBe(25162);
    expect(max(c.cycle as Float64Array)).toBe(2);
    expect(max(c.current as Float64Array)).toBeCloseTo(0.2e-3, 9);
    expect(min(c.current as Float64Array)).toBeCloseTo(-0.2e-3, 9);
    expect(min(c.voltage as Float64Array)).toBeCloseTo(0.01, 4);
    expect(max(c.voltage as Float64Array)).toBeCloseTo(2.92, 2);
    expect(max(c.time as Float64Array) / 3600).toBeCloseTo(73, 0);
  });
  it("reads snake_case units, step time, energies and the start date", () => {
    expect(c.time?.[1]).toBeCloseTo(15.02, 12);
    expect(c.stepTime).toBeDefined();
    expect(max(c.dischargeCapacity as Float64Array)).toBeCloseTo(0.0063 * 3600, 6);
    expect(c.dischargeEnergy).toBeDefined();
    expect(data.metadata.startTime).toBe("2024-04-30T14:33:19");
    expect(data.metadata.columns.find((s) => s.key === "current")?.sourceName).toBe("current_A");
  });
});
