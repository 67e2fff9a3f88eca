import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetFromJson, datasetToJson } from "./datasetJson.js";
import { DatasetJsonSchema } from "./datasetJsonSchema.js";
import type { DatasetMetadata } from "./datasetMetadataSchema.js";
import { DatasetSchema } from "./datasetSchema.js";
import type { CyclingData, ImpedanceSpectrum } from "./datasetTypes.js";
import { validateDataset } from "./validateDataset.js";

const metadata: DatasetMetadata = {
  format: "test",
  sourceFile: "cell.csv",
  columns: [],
  warnings: [],
};

function cycling(columns: Record<string, Float64Array>): CyclingData {
  return { kind: "cycling", columns: columns as CyclingData["columns"], metadata };
}

function codeAndMessage(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isLmbError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected an LmbError");
}

const time = Float64Array.of(0, 1, 2);
const voltage = Float64Array.of(0.01, 0.02, -0.01);
const current = Float64Array.of(1e-3, 1e-3, -1e-3);

describe("validateDataset", () => {
  it("accepts a minimal cycling record and NaN in optional columns", () => {
    const data = cycling({
      time,
      voltage,
      current,
      temperature: Float64Array.of(298, Number.NaN, 299),
    });
    expect(validateDataset(data)).toBe(data);
  });

  it("names the column and index of a NaN in a required column", () => {
    const { code, message } = codeAndMessage(() =>
      validateDataset(cycling({ time, voltage: Float64Array.of(0, Number.NaN, 0), current })),
    );
    expect(code).toBe("E_DATASET");
    expect(message).toContain('column "voltage" is NaN at index 1');
    expect(message).toContain("cell.csv");
  });

  it("rejects time that goes backwards, naming the index", () => {
    const { message } = codeAndMessage(() =>
      validateDataset(cycling({ time: Float64Array.of(0, 2, 1), voltage, current })),
    );
    expect(message).toContain("at index 2");
  });

  it("rejects columns of unequal length, missing required and unknown columns", () => {
    expect(
      codeAndMessage(() => validateDataset(cycling({ time, voltage, current: Float64Array.of(1) })))
        .message,
    ).toContain('column "current" has 1 values');
    expect(codeAndMessage(() => validateDataset(cycling({ time, voltage }))).message).toContain(
      'needs a "current" column',
    );
    expect(
      codeAndMessage(() => validateDataset(cycling({ time, voltage, current, bogus: time })))
        .message,
    ).toContain('unknown column "bogus"');
  });

  it("requires positive frequencies in a spectrum", () => {
    const spectrum: ImpedanceSpectrum = {
      kind: "impedance",
      columns: {
        frequency: Float64Array.of(1e5, 0),
        zReal: Float64Array.of(10, 20),
        zImag: Float64Array.of(-1, -5),
      },
      metadata,
    };
    expect(codeAndMessage(() => validateDataset(spectrum)).message).toContain(
      '"frequency" must be positive',
    );
  });

  it("DatasetSchema reports the validation message as a zod issue", () => {
    const result = DatasetSchema.safeParse(cycling({ time, voltage }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('needs a "current" column');
  });
});

describe("dataset JSON form", () => {
  it("round-trips through JSON text with NaN as null (property)", () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(Number.NaN),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), value), { maxLength: 50 }),
        (rows) => {
          const n = rows.length;
          const t = new Float64Array(n);
          for (let i = 0; i < n; i++) t[i] = i;
          const data = cycling({
            time: t,
            voltage: Float64Array.from(rows, (r) => r[0]),
            current: Float64Array.from(rows, (r) => r[0] / 1000),
            temperature: Float64Array.from(rows, (r) => r[1]),
          });
          const text = JSON.stringify(datasetToJson(data));
          const back = datasetFromJson(DatasetJsonSchema.parse(JSON.parse(text))) as CyclingData;
          // JSON has no −0; +0 is the same number for every use here.
          const plain = (a: Float64Array | undefined) => Array.from(a ?? [], (v) => v + 0);
          expect(plain(back.columns.voltage)).toEqual(plain(data.columns.voltage));
          expect(plain(back.columns.temperature)).toEqual(plain(data.columns.temperature));
        },
      ),
      { numRuns: 200 },
    );
  });
});
