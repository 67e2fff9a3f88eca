import { readFileSync } from "node:fs";
import type { Dataset } from "@lmb/schemas";
import { biologicMprReader } from "../src/biologic/mprReader.js";
import { biologicMptReader } from "../src/biologic/mptReader.js";
import { readGenericCsv } from "../src/generic/readGenericCsv.js";

/**
 * One memory measurement, run by `memory.bench.ts` in a child process started with
 * `--expose-gc`: `node … memoryChild.ts <mpr|mpt|csv> <file> <warm-up file>`. Reads the warm-up
 * file once (so compiled code is not counted), collects garbage, takes the baseline, reads the
 * file once and prints one JSON line: the peak resident set during the read above the baseline
 * (the kernel's high-water mark, so nothing between samples is missed), the JS heap + array
 * buffers still held after the read, and the byte size of the dataset's columns. The input
 * bytes are loaded before the baseline, so they are not counted.
 */
export interface MemoryResult {
  kind: string;
  inputBytes: number;
  points: number;
  columnBytes: number;
  /** Peak RSS during the read minus the RSS before it. */
  peakBytes: number;
  /** Heap used + array buffers after the read (dataset alive, garbage collected) minus before. */
  retainedBytes: number;
}

const readers: Record<string, (bytes: Uint8Array, fileName: string) => Dataset> = {
  mpr: (bytes, fileName) => biologicMprReader.read(bytes, { fileName }),
  mpt: (bytes, fileName) => biologicMptReader.read(bytes, { fileName }),
  csv: (bytes, fileName) => readGenericCsv(bytes, { fileName }),
};

const gc = (globalThis as { gc?: () => void }).gc;
const [kind = "", file = "", warmUp = ""] = process.argv.slice(2);
const read = readers[kind];
if (gc === undefined || read === undefined) {
  throw new Error("usage: node --expose-gc … memoryChild.ts <mpr|mpt|csv> <file> <warm-up file>");
}
read(readFileSync(warmUp), `warm-up.${kind}`);
// a Buffer is a Uint8Array: no copy, so no freed input-sized block for the read to reuse
const bytes = readFileSync(file);
gc();
// let the array-buffer sweeper free the warm-up's buffers before the baseline
await new Promise((resolve) => setTimeout(resolve, 100));
gc();
const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const rssBefore = process.memoryUsage.rss();
const heapBefore = heap();
const data = read(bytes, `bench.${kind}`);
const peakRss = process.resourceUsage().maxRSS * 1024;
gc();
await new Promise((resolve) => setTimeout(resolve, 100));
gc();
const heapAfter = heap();
const columns = Object.values(data.columns as Record<string, Float64Array | undefined>);
const result: MemoryResult = {
  kind,
  inputBytes: bytes.length,
  points: columns[0]?.length ?? 0,
  columnBytes: columns.reduce((sum, c) => sum + (c?.byteLength ?? 0), 0),
  peakBytes: peakRss - rssBefore,
  retainedBytes: heapAfter - heapBefore,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
