import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LmbError } from "@lmb/errors";
import { DATASET_COLUMNS, type Dataset, type DatasetKind } from "@lmb/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import { readBytes } from "../read.js";
import { toBdfCsv } from "./toBdfCsv.js";
import { toCsv } from "./toCsv.js";

const CYCLING = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const EIS = fileURLToPath(new URL("../../../../../shared/data/eis/", import.meta.url));
const fixture = (path: string) => readBytes(new Uint8Array(readFileSync(path)), { fileName: path });
const reread = (text: string, fileName: string) =>
  readBytes(new TextEncoder().encode(text), { fileName });

/** Same column keys, each value within 1e-12 relative (NaN where NaN; subnormals may underflow in a unit conversion). */
function expectSameColumns(a: Dataset, b: Dataset): void {
  expect(b.kind).toBe(a.kind);
  const ca = a.columns as Record<string, Float64Array>;
  const cb = b.columns as Record<string, Float64Array>;
  expect(Object.keys(cb).sort()).toEqual(Object.keys(ca).sort());
  for (const key of Object.keys(ca)) {
    const x = ca[key] as Float64Array;
    const y = cb[key] as Float64Array;
    expect(y.length, key).toBe(x.length);
    for (let i = 0; i < x.length; i++) {
      const u = x[i] as number;
      const v = y[i] as number;
      if (Number.isNaN(u)) expect(v, `${key}[${i}]`).toBeNaN();
      else if (Math.abs(v - u) > 1e-12 * Math.abs(u) + 1e-300) expect(v, `${key}[${i}]`).toBe(u);
    }
  }
}

describe("toBdfCsv / toCsv round-trip real files through lmb's readers", () => {
  const files = [
    `${CYCLING}cellpy/batmo_bdf.csv`,
    `${CYCLING}battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv`,
    `${CYCLING}cellpy/custom_data_001.csv`,
  ];
  for (const file of files) {
    const data = fixture(file);
    it(`read → toBdfCsv → read: ${file.split("/").pop()}`, () => {
      const text = toBdfCsv(data);
      expect(text.split("\n", 1)[0]).toMatch(/^Test Time \/ s,Voltage \/ V,Current \/ A/);
      const back = reread(text, "out.bdf.csv");
      expect(back.metadata.format).toBe("bdf-csv");
      expectSameColumns(data, back);
    });
    it(`read → toCsv → read: ${file.split("/").pop()}`, () => {
      expectSameColumns(data, reread(toCsv(data), "out.csv"));
    });
  }
  it("read → toCsv → read: a Gamry impedance spectrum keeps signed Im(Z)", () => {
    const data = fixture(`${EIS}hybrid-drt/EISGALV_EISTest3.DTA`);
    const text = toCsv(data);
    expect(text.split("\n", 3)[1]).toContain("Im(Z) (Ω)");
    expectSameColumns(data, reread(text, "z.csv"));
  });
});

describe("toCsv", () => {
  const b = new DatasetBuilder("cycling", { format: "test" });
  b.add("time", [0, 1], "s").add("voltage", [3.1, 3.2], "V").add("current", [0.001, -0.002], "A");
  b.add("temperature", [298.15, Number.NaN], "K");
  const data = b.build();
  it("writes customary units in the headers, NaN as empty", () => {
    expect(toCsv(data)).toBe(
      "Time (s),Voltage (V),Current (mA),Temperature (°C)\n0,3.1,1,25\n1,3.2,-2,\n",
    );
  });
  it("writes the units asked for, and refuses a unit of another quantity", () => {
    expect(toCsv(data, { units: { current: "µA", time: "h" } }).split("\n")[0]).toBe(
      "Time (h),Voltage (V),Current (µA),Temperature (°C)",
    );
    expect(() => toCsv(data, { units: { current: "V" } })).toThrowError(LmbError);
  });
  it("toBdfCsv refuses non-cycling data", () => {
    const z = new DatasetBuilder("impedance", { format: "t" });
    z.add("frequency", [1], "Hz").add("zReal", [1], "Ω").add("zImag", [-1], "Ω");
    expect(() => toBdfCsv(z.build())).toThrowError(/E_INVALID_ARGUMENT/);
  });
});

// Random datasets of every kind: values are finite doubles over many magnitudes (required
// columns) or may be NaN (optional, non-finite columns); time is sorted.
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 1e-6, max: 1e7, noNaN: true, noDefaultInfinity: true });

function randomDataset(kind: DatasetKind, rows: number, seed: number[]): Dataset {
  const b = new DatasetBuilder(kind, { format: "random" });
  let k = 0;
  const next = () => seed[k++ % seed.length] as number;
  for (const [key, spec] of Object.entries(DATASET_COLUMNS[kind])) {
    const needed = spec.required || (kind === "conductivity" && key === "resistance");
    if (!needed && next() < 0) continue;
    const values = Array.from({ length: rows }, (_, i) => {
      const v = next() + i;
      // absolute temperatures (written in °C) keep 1e-12 relative only well above 0 K
      if (key === "temperature") return Math.abs(v) + 1;
      if (spec.positive) return Math.abs(v) + 1e-3;
      if (!spec.finite && i % 7 === 3) return Number.NaN;
      return v;
    });
    if (spec.order !== undefined) values.sort((x, y) => x - y);
    b.add(key, values, spec.unit);
  }
  return b.build();
}

describe("toCsv and toBdfCsv round-trip random datasets (property)", () => {
  const kinds: DatasetKind[] = [
    "cycling",
    "impedance",
    "voltammogram",
    "transient",
    "conductivity",
  ];
  it("toCsv → read gives the same columns within 1e-12", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.oneof(value, positive), { minLength: 5, maxLength: 50 }),
        (kind, rows, seed) => {
          const data = randomDataset(kind, rows, seed);
          expectSameColumns(data, reread(toCsv(data), "r.csv"));
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });
  it("toBdfCsv → read gives the same columns within 1e-12", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(value, { minLength: 5, maxLength: 50 }),
        (rows, seed) => {
          const data = randomDataset("cycling", rows, seed);
          expectSameColumns(data, reread(toBdfCsv(data), "r.bdf.csv"));
        },
      ),
      { numRuns: 150, seed: 8 },
    );
  });
});
