import { readFileSync } from "node:fs";
import { runBenchSuite } from "@lmb/bench";
import { decodeMpr } from "../src/biologic/decodeMpr.js";
import { biologicMprReader } from "../src/biologic/mprReader.js";
import { biologicMptReader } from "../src/biologic/mptReader.js";
import { repeatMprRecords } from "../src/biologic/repeatMprRecords.js";

const POINTS = 1_000_000;
const FIXTURE = new URL(
  "../../../../shared/data/cycling/navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr",
  import.meta.url,
);

/** An EC-Lab-style .mpt (tab-separated, GCPL columns) of `rows` records repeated from an .mpr. */
function syntheticMpt(mpr: Uint8Array, rows: number): Uint8Array {
  const raw = decodeMpr(mpr);
  const columns = raw.columns;
  const values = columns.map((c) => c.values);
  const lines = [
    "EC-Lab ASCII FILE",
    "Nb header lines : 5",
    "",
    "Galvanostatic Cycling with Potential Limitation",
    columns.map((c) => c.header).join("\t"),
  ];
  for (let i = 0; i < rows; i++) {
    const r = i % raw.points;
    lines.push(
      values
        .map((v) => {
          const x = v[r] as number;
          return Number.isInteger(x) ? String(x) : x.toExponential(9);
        })
        .join("\t"),
    );
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

/**
 * BioLogic readers on synthetic 1M-point files made by repeating jdb11-1's records: a full `.mpr`
 * read (decode, SI conversion, validation; target ≥ 300 MB/s), the column decode alone, and a
 * 1M-row `.mpt` (target ≥ 60 MB/s).
 */
export async function run(): Promise<void> {
  const fixture = new Uint8Array(readFileSync(FIXTURE));
  const mpr = repeatMprRecords(fixture, POINTS);
  const mpt = syntheticMpt(fixture, POINTS);
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
