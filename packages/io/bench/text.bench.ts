import { runBenchSuite } from "@lmb/bench";
import { readGenericCsv } from "../src/generic/readGenericCsv.js";
import { decodeText } from "../src/text/decodeText.js";
import { parseDelimitedTable } from "../src/text/delimitedTable.js";

const ROWS = 1_000_000;

/** A synthetic cycler export: 8 unit-bearing columns, `rows` records (~60 MB). */
function syntheticCsv(rows: number): Uint8Array {
  const lines = [
    "Time (s),Voltage (V),Current (mA),Capacity (mAh),Energy (mWh),Cycle,Step,Temperature (°C)",
  ];
  for (let k = 0; k < rows; k++) {
    const t = k * 10;
    const i = Math.sign(Math.sin(k / 5000)) * 1.5;
    const v = 3.7 + 0.4 * Math.sin(k / 1000);
    lines.push(
      `${t},${v.toFixed(6)},${i.toFixed(4)},${(k * 0.0041667).toFixed(6)},${(k * 0.0154).toFixed(5)},${1 + Math.floor(k / 10000)},${1 + (k % 4)},${(25 + 0.01 * (k % 100)).toFixed(2)}`,
    );
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

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
