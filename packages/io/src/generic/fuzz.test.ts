import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, it } from "vitest";
import type { FormatReader } from "../formats/FormatReader.js";
import { bdfCsvReader } from "./bdfReader.js";
import { genericCsvReader } from "./genericCsvReader.js";
import { landtCsvReader } from "./landtReader.js";
import { primeCsvReader } from "./primeReader.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const head = (path: string, n: number) => new Uint8Array(readFileSync(DATA + path)).subarray(0, n);
const synthetic = new TextEncoder().encode(
  "Time (s);Voltage (V);I (mA/cm2);Temperature (°C)\n0;3,1;1,5;25\n1;3,2;1,5;25\n2;3,3;-1,5;26\n",
);

const READERS: [FormatReader, Uint8Array][] = [
  [bdfCsvReader, head("cellpy/batmo_bdf.csv", 6000)],
  [
    landtCsvReader,
    head("battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv", 6000),
  ],
  [primeCsvReader, head("cellpy/custom_data_001.csv", 4000)],
  [genericCsvReader, synthetic],
];

/** A reader may return a dataset or throw an LmbError — nothing else; sniff never throws. */
function survives(reader: FormatReader, input: Uint8Array): void {
  reader.sniff(input, "f.csv");
  try {
    reader.read(input, { fileName: "f.csv", area: 1e-4 });
  } catch (error) {
    if (!isLmbError(error)) throw error;
  }
}

describe("text readers survive damaged input (property)", () => {
  for (const [reader, original] of READERS) {
    it(`${reader.id}: truncated`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: original.length }), (cut) =>
          survives(reader, original.subarray(0, cut)),
        ),
        { numRuns: 40, seed: 1 },
      );
    });
    it(`${reader.id}: bit flips`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 7 })), {
            minLength: 1,
            maxLength: 8,
          }),
          (flips) => {
            const copy = original.slice();
            for (const [at, bit] of flips) copy[at] = (copy[at] as number) ^ (1 << bit);
            survives(reader, copy);
          },
        ),
        { numRuns: 40, seed: 2 },
      );
    });
    it(`${reader.id}: random bytes and random text`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), (random) => survives(reader, random)),
        { numRuns: 30, seed: 3 },
      );
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.constantFrom(..."0123456789.,;\t\n-eE ()/AVmsh#:"),
            maxLength: 400,
          }),
          (text) => survives(reader, new TextEncoder().encode(text)),
        ),
        { numRuns: 60, seed: 4 },
      );
    });
  }
});
