import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBtsdaCsv, readBtsdaXlsx } from "./readBtsda.js";
import { readNda } from "./readNda.js";
import { readNdax } from "./readNdax.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const bytes = (path: string) => new Uint8Array(readFileSync(DATA + path));

type Reader = (b: Uint8Array) => unknown;
const READERS: [string, Reader, Uint8Array][] = [
  ["ndax ndc 14", (b) => readNdax(b, { fileName: "f.ndax" }), bytes("fastnda/21_10_7_85.ndax")],
  [
    "ndax ndc 17 + aux",
    (b) => readNdax(b, { fileName: "f.ndax" }),
    bytes("fastnda/TESTCELL0001-Test_Data_Collection_Ndc17.ndax"),
  ],
  ["ndax ndc 5", (b) => readNdax(b, { fileName: "f.ndax" }), bytes("navani/test.ndax")],
  ["nda 29", (b) => readNda(b, { fileName: "f.nda" }), bytes("navani/test.nda")],
  ["nda 22 zip", (b) => readNda(b, { fileName: "f.nda" }), bytes("fastnda/nda_v22.nda.zip")],
  ["nda 130 zip", (b) => readNda(b, { fileName: "f.nda" }), bytes("fastnda/TestFile.nda.zip")],
  [
    "btsda csv",
    (b) => readBtsdaCsv(b, { fileName: "f.csv" }),
    bytes("fastnda/interp-test.csv").subarray(0, 6000),
  ],
  [
    "btsda xlsx",
    (b) => readBtsdaXlsx(b, { fileName: "f.xlsx" }),
    bytes("navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx"),
  ],
];

/** Runs a reader: it may return or throw an LmbError, nothing else. */
function survives(read: Reader, input: Uint8Array): void {
  try {
    read(input);
  } catch (error) {
    if (!(error instanceof LmbError)) throw error;
  }
}

// Property tests: damaged input yields a dataset or an LmbError — never a TypeError, a hang
// or an allocation sized by a corrupt field (sizes are checked against the bytes first).
describe("Neware readers survive damaged input", () => {
  for (const [name, read, original] of READERS) {
    it(`${name}: truncated`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: original.length }), (cut) => {
          survives(read, original.subarray(0, cut));
        }),
        { numRuns: 25, seed: 1 },
      );
    });
    it(`${name}: bit flips`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 7 })), {
            minLength: 1,
            maxLength: 8,
          }),
          (flips) => {
            const copy = original.slice();
            for (const [at, bit] of flips) copy[at] = (copy[at] as number) ^ (1 << bit);
            survives(read, copy);
          },
        ),
        { numRuns: 25, seed: 2 },
      );
    });
    it(`${name}: random bytes`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 5000 }), (random) => survives(read, random)),
        { numRuns: 30, seed: 3 },
      );
    });
  }
  it("rejects a ZIP whose entry declares 4 GiB before allocating", () => {
    const zip = bytes("fastnda/21_10_7_85.ndax").slice();
    expect(() => readNdax(zip, { fileName: "f.ndax", maxBytes: 1000 })).toThrowError(/E_FORMAT/);
  });
});
