import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectFormat, readBytes } from "../read.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const FILE = "cellpy/custom_data_001.csv";
const bytes = new Uint8Array(readFileSync(DATA + FILE));
const max = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);

describe("prime-csv — cellpy/custom_data_001.csv (SOURCES.md: 2 442 rows, 6 cycles, current all 0)", () => {
  const data = readBytes(bytes, { fileName: FILE });
  const c = data.columns as Record<string, Float64Array>;
  it("is detected by its PRIME INSTRUMENT FILE marker", () => {
    expect(detectFormat(bytes, FILE).id).toBe("prime-csv");
  });
  it("has 2 442 rows, 6 cycles and zero current", () => {
    expect(c.time?.length).toBe(2442);
    expect(max(c.cycle as Float64Array)).toBe(6);
    expect((c.current as Float64Array).every((v) => v === 0)).toBe(true);
    expect(c.time?.[0]).toBe(120);
    expect(c.voltage?.[0]).toBeCloseTo(1.14, 12);
  });
  it("keeps the HEAD block as metadata and reports the empty trailing rows", () => {
    expect(data.metadata.instrument).toBe("bobby");
    expect(data.metadata.notes?.operator).toBe("Jan Petter Maehlen");
    expect(data.metadata.warnings.map((w) => w.code)).toEqual(["W_SKIPPED_ROWS"]);
  });
});
