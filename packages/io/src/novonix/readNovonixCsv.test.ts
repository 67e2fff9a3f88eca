import { readFileSync } from "node:fs";
import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBytes } from "../read.js";
import { novonixCsvReader } from "./novonixCsvReader.js";
import { readNovonixCsv } from "./readNovonixCsv.js";

// Fixture: <repo>/../shared/data/cycling/beep; values from SOURCES.md and the quoted rows.
const FIXTURES = new URL("../../../../../shared/data/cycling/", import.meta.url);
const load = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const encode = (text: string) => new TextEncoder().encode(text);

const maxOf = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);
const minOf = (a: Float64Array) => a.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);

describe("Novonix HPC CSV", () => {
  it("beep test_Nova_Form-CH01-01_short.csv: 3 942 rows, ≤ 53.9 mA, 0.137–3.427 V, ≤ 29.5 mAh", () => {
    const data = readBytes(load("beep/test_Nova_Form-CH01-01_short.csv"), {
      fileName: "test_Nova_Form-CH01-01_short.csv",
    });
    expect(data.metadata.format).toBe("novonix-csv");
    if (data.kind !== "cycling") throw new Error("expected cycling");
    const c = data.columns;
    expect(c.time.length).toBe(3942);
    expect(maxOf(c.current)).toBeCloseTo(0.0539, 4);
    expect(minOf(c.voltage)).toBeCloseTo(0.1371, 4);
    expect(maxOf(c.voltage)).toBeCloseTo(3.4274, 4);
    expect(maxOf(c.capacity as Float64Array) / 3.6).toBeCloseTo(29.47, 1);
    // Last row: Run Time 17.4345750 h, Potential 3.42744146 V, Temperature 39.21299744 °C.
    expect(c.time[3941]).toBeCloseTo(17.434575 * 3600, 6);
    expect(c.voltage[3941]).toBeCloseTo(3.42744146, 9);
    expect(c.temperature?.[3941]).toBeCloseTo(39.21299744 + 273.15, 6);
    expect(data.metadata.startTime).toBe("2022-04-11T10:58:07");
    expect(data.metadata.area).toBeCloseTo(1e-4, 12);
    expect(data.metadata.activeMass).toBeCloseTo(1e-3, 12);
    expect(data.metadata.technique).toBe("XC_Formation_Entree_Test.pro1");
    expect(data.metadata.currentSign).toBe("positive-oxidation");
  });

  const file = (rows: string[]) =>
    encode(
      [
        "[Summary]",
        "Novonix HPC data file",
        "Started: 2022-01-02 1:00:00 PM",
        "[End Summary]",
        "[Data]",
        "Date and Time,Cycle Number,Step Type,Run Time (h),Step Time (h),Current (A),Potential (V),Capacity (Ah),Step Number",
        ...rows,
      ].join("\r\n"),
    );

  it("signs magnitude-only current by the discharge step codes (2, 9, 10)", () => {
    const data = readNovonixCsv(
      file([
        "2022-01-02 1:00:00 PM,1,1,0,0,0.01,3.5,0,1",
        "2022-01-02 1:00:01 PM,1,2,0.5,0,0.01,3.4,0,2",
        "2022-01-02 1:00:02 PM,1,10,1,0.5,0.002,3.0,0,3",
      ]),
    );
    expect(Array.from(data.columns.current)).toEqual([0.01, -0.01, -0.002]);
    expect(Array.from(data.columns.time)).toEqual([0, 1800, 3600]);
    expect(data.metadata.currentSign).toBe("magnitude-with-state");
    expect(data.metadata.startTime).toBe("2022-01-02T13:00:00");
  });

  it("keeps signed current as written", () => {
    const data = readNovonixCsv(file(["x,1,1,0,0,0.01,3.5,0,1", "x,1,2,0.5,0,-0.01,3.4,0,2"]));
    expect(Array.from(data.columns.current)).toEqual([0.01, -0.01]);
    expect(data.metadata.currentSign).toBe("positive-oxidation");
  });

  it("fails with E_FORMAT without a [Data] section", () => {
    expect(() => readNovonixCsv(encode("[Summary]\nNovonix\n"), { fileName: "n.csv" })).toThrow(
      /no \[Data\] section/,
    );
  });

  it("survives truncated and bit-flipped input (property)", () => {
    const original = load("beep/test_Nova_Form-CH01-01_short.csv").subarray(0, 8000);
    const survives = (input: Uint8Array) => {
      novonixCsvReader.sniff(input, "f.csv");
      try {
        novonixCsvReader.read(input, { fileName: "f.csv" });
      } catch (error) {
        if (!isLmbError(error)) throw error;
      }
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: original.length }), (cut) =>
        survives(original.subarray(0, cut)),
      ),
      { numRuns: 50, seed: 3 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 7 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (flips) => {
          const copy = original.slice();
          for (const [at, bit] of flips) copy[at] = (copy[at] as number) ^ (1 << bit);
          survives(copy);
        },
      ),
      { numRuns: 50, seed: 3 },
    );
  });
});
