import { runBenchSuite } from "@lmb/bench";
import { readGenericCsv } from "../src/generic/readGenericCsv.js";
import { decodeText } from "../src/text/decodeText.js";
import { parseDelimitedTable } from "../src/text/delimitedTable.js";
import { textSource } from "../src/text/textSource.js";
import { syntheticCsv } from "./inputs.js";

const ROWS = 1_000_000;

/**
 * Reads a synthetic 1M-row, 8-column CSV with the generic reader; reports bytes/s (target ≥ 60
 * MB/s). The reader parses the file's bytes a piece at a time (`textSource`); the whole-text
 * path (`decodeText`, then the string) is what the other text readers still do.
 */
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
        name: `  of which parseDelimitedTable(textSource(bytes)) (${mb} MB)`,
        fn: () => parseDelimitedTable(textSource(csv)),
        items: csv.length,
        itemName: "B",
      },
      {
        name: `  decodeText alone (${mb} MB)`,
        fn: () => decodeText(csv),
        items: csv.length,
        itemName: "B",
      },
      {
        name: `  parseDelimitedTable of the decoded string (${mb} MB)`,
        fn: () => parseDelimitedTable(text),
        items: csv.length,
        itemName: "B",
      },
    ],
    { time: 3000, warmupTime: 500 },
  );
}
