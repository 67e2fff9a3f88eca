import { readFileSync } from "node:fs";
import { LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FormatReader } from "../formats/FormatReader.js";
import { biologicMprReader } from "./mprReader.js";
import { biologicMptReader } from "./mptReader.js";

const FIXTURES = new URL("../../../../../shared/data/cycling/", import.meta.url);
const load = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));

const MPR_SEEDS = [
  load("navani/00_test_01_OCV_C01.mpr"),
  load("battery-data-format/MB-1.mpr"),
  load("navani/00_test_02_MB_C01.mpr"),
  // A v3 file cut to its first 300 records (module length and point count rewritten).
  shrinkV3(load("navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"), 300),
];
const MPT_SEEDS = [
  load("ixdat/Pt_poly_cv_CUT.mpt"),
  firstLines(load("beep/test_loopsnewoutput_MB_CE1_short10k.csv"), 40),
];

function firstLines(bytes: Uint8Array, lines: number): Uint8Array {
  let at = 0;
  for (let n = 0; n < lines && at < bytes.length; at++) if (bytes[at] === 10) n++;
  return bytes.slice(0, at);
}

function shrinkV3(bytes: Uint8Array, points: number): Uint8Array {
  // jdb11-1: data module at 7128 (old header, body at 7185), 53-byte records from body + 0x196.
  const body = 7185;
  const start = body + 0x196;
  const out = bytes.slice(0, start + points * 53);
  const view = new DataView(out.buffer);
  view.setUint32(7128 + 41, 0x196 + points * 53, true);
  view.setUint32(body, points, true);
  return out;
}

/** Runs a reader; returns "ok", an LmbError code, or a description of any other failure. */
function outcome(reader: FormatReader, bytes: Uint8Array): string {
  try {
    const data = reader.read(bytes, { fileName: "fuzz" });
    return data.kind === undefined ? "no kind" : "ok";
  } catch (error) {
    if (error instanceof LmbError) return /^E_[A-Z_]+$/.test(error.code) ? "lmb" : error.code;
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

function mutations(seeds: readonly Uint8Array[]) {
  const seed = fc.constantFrom(...seeds);
  const truncated = fc
    .tuple(seed, fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([s, f]) => s.subarray(0, Math.floor(s.length * f)));
  const flipped = fc
    .tuple(
      seed,
      fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })),
        {
          minLength: 1,
          maxLength: 8,
        },
      ),
    )
    .map(([s, flips]) => {
      const copy = s.slice();
      for (const [f, bit] of flips) {
        const at = Math.min(copy.length - 1, Math.floor(copy.length * f));
        copy[at] = (copy[at] as number) ^ (1 << bit);
      }
      return copy;
    });
  // Headers are where the structure is: flip bytes among the first 8 KB more often.
  const headerFlipped = fc
    .tuple(seed, fc.array(fc.tuple(fc.nat(8191), fc.nat(255)), { minLength: 1, maxLength: 4 }))
    .map(([s, edits]) => {
      const copy = s.slice();
      for (const [at, value] of edits) if (at < copy.length) copy[at] = value;
      return copy;
    });
  const random = fc.uint8Array({ maxLength: 4096 });
  const prefixed = fc
    .tuple(seed, fc.uint8Array({ maxLength: 2048 }), fc.nat(400))
    .map(([s, tail, keep]) => {
      const out = new Uint8Array(keep + tail.length);
      out.set(s.subarray(0, keep));
      out.set(tail, Math.min(keep, s.length));
      return out;
    });
  return fc.oneof(truncated, flipped, headerFlipped, random, prefixed);
}

describe("BioLogic readers never fail with anything but an LmbError", () => {
  it(".mpr: truncated, bit-flipped, overwritten and random inputs", () => {
    fc.assert(
      fc.property(mutations(MPR_SEEDS), (bytes) => {
        expect(["ok", "lmb"]).toContain(outcome(biologicMprReader, bytes));
      }),
      { numRuns: 600, seed: 20240501 },
    );
  });

  it(".mpt / BT-Lab text: truncated, bit-flipped, overwritten and random inputs", () => {
    fc.assert(
      fc.property(mutations(MPT_SEEDS), (bytes) => {
        expect(["ok", "lmb"]).toContain(outcome(biologicMptReader, bytes));
      }),
      { numRuns: 400, seed: 20240502 },
    );
  });

  it(".mpt: arbitrary text after a valid header line", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.nat(20), (body, n) => {
        const text = `EC-Lab ASCII FILE\nNb header lines : ${n}\n${body}`;
        const bytes = new TextEncoder().encode(text);
        expect(["ok", "lmb"]).toContain(outcome(biologicMptReader, bytes));
      }),
      { numRuns: 300, seed: 20240503 },
    );
  });

  it("a huge announced point count is refused before allocating", () => {
    const bytes = MPR_SEEDS[3]?.slice() as Uint8Array;
    new DataView(bytes.buffer).setUint32(7185, 0xffffffff, true);
    expect(outcome(biologicMprReader, bytes)).toBe("lmb");
  });
});
