import { runBenchSuite } from "@lmb/bench";
import { readGenericCsv } from "../src/generic/readGenericCsv.js";
import { decodeText } from "../src/text/decodeText.js";
import { parseDelimitedTable } from "../src/text/delimitedTable.js";
import { syntheticCsv } from "./inputs.js";

const ROWS = 1_000_000;

/** Reads a synthetic 1M-row, 8-column CSV with the generic reader; reports bytes/s (target ≥ 60 MB/s). */
export async function run(): Promise<void> {
  const csv = syntheticCsv(ROWS);
  const text = decodeText(csv).text;
  const mb = (csv.length / 1e6).toFixed(1);
  await runBenchSuite(
    "@lmb/io text",
    [
      {
        name: `generic CSV reader, ${ROWS / 1e6}M rows × 8 columns (${mb} MB)`,
        fn: () => readGenericCsv(csv, { fileName: "bench.csv" }),
        items: csv.length,
        itemName: "B",
      },
      {
        name: `  of which decodeText (${mb} MB)`,
        fn: () => decodeText(csv),
        items: csv.length,
        itemName: "B",
      },
      {
        name: `  of which parseDelimitedTable (${mb} MB)`,
        fn: () => parseDelimitedTable(text),
        items: csv.length,
        itemName: "B",
      },
    ],
    { time: 3000, warmupTime: 500 },
  );
}
