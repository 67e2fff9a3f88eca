import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, it } from "vitest";
import type { FormatReader } from "../formats/FormatReader.js";
import { gamryDtaReader, impedanceCsvReader, zviewReader } from "./readers.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/eis/", import.meta.url));
const head = (path: string, n: number) => new Uint8Array(readFileSync(DATA + path)).subarray(0, n);
const READERS: [FormatReader, Uint8Array][] = [
  [gamryDtaReader, head("hybrid-drt/EISGALV_EISTest3.DTA", 20000)],
  [gamryDtaReader, head("impedance.py/exampleDataGamry.DTA", 40000)],
  [zviewReader, head("impedance.py/exampleDataZPlot.z", 10000)],
  [zviewReader, head("impedance.py/exampleDataAutolab.txt", 10000)],
  [impedanceCsvReader, head("impedance.py/exampleData.csv", 10000)],
  [impedanceCsvReader, head("hybrid-drt/PEIS_LPSCl_IonBlocking_-25C_RelaxIS.txt", 10000)],
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

describe("impedance readers survive damaged input (property)", () => {
  for (const [reader, original] of READERS) {
    it(`${reader.id} (${original.length} B): truncated`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: original.length }), (cut) =>
          survives(reader, original.subarray(0, cut)),
        ),
        { numRuns: 40, seed: 1 },
      );
    });
    it(`${reader.id} (${original.length} B): bit flips`, () => {
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
    it(`${reader.id} (${original.length} B): random bytes and random text`, () => {
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
