import { runBenchSuite } from "@lmb/bench";
import { decodeMpr } from "../src/biologic/decodeMpr.js";
import { biologicMprReader } from "../src/biologic/mprReader.js";
import { biologicMptReader } from "../src/biologic/mptReader.js";
import { mprFixture, syntheticMpr, syntheticMpt } from "./inputs.js";

const POINTS = 1_000_000;

/**
 * BioLogic readers on synthetic 1M-point files made by repeating jdb11-1's records: a full `.mpr`
 * read (decode, SI conversion, validation; target ≥ 300 MB/s), the column decode alone, and a
 * 1M-row `.mpt` (target ≥ 60 MB/s).
 */
export async function run(): Promise<void> {
  const fixture = mprFixture();
  const mpr = syntheticMpr(POINTS, fixture);
  const mpt = syntheticMpt(POINTS, fixture);
  const mb = (bytes: Uint8Array) => (bytes.length / 1e6).toFixed(0);
  await runBenchSuite("@lmb/io biologic", [
    {
      name: `read .mpr, 1M points (${mb(mpr)} MB)`,
      fn: () => biologicMprReader.read(mpr, { fileName: "bench.mpr" }),
      items: mpr.length,
      itemName: "B",
    },
    {
      name: `decode .mpr columns only, 1M points (${mb(mpr)} MB)`,
      fn: () => {
        for (const column of decodeMpr(mpr).columns) void column.values;
      },
      items: mpr.length,
      itemName: "B",
    },
    {
      name: `read .mpt, 1M rows (${mb(mpt)} MB)`,
      fn: () => biologicMptReader.read(mpt, { fileName: "bench.mpt" }),
      items: mpt.length,
      itemName: "B",
    },
  ]);
}
