import { analyzeSymmetricCycling } from "../src/index.js";
import { symmetricTrace } from "./symmetricTrace.js";

/**
 * One memory measurement, run by `memory.bench.ts` in a child process started with
 * `--expose-gc`: `node … memoryChild.ts <points> [restart]` (restart: the clock restarts at 0
 * half-way, the worst case, where the analysis keeps a continuous copy of the time column).
 * Analyses a small trace 20 times first (so compilation is not counted), builds the big trace, collects garbage, takes the baseline, analyses once and
 * prints one JSON line: the peak resident set during the analysis above the baseline (the
 * kernel's high-water mark) and the bytes of the input columns (time, voltage, current).
 */
export interface MemoryResult {
  points: number;
  restart: boolean;
  columnBytes: number;
  peakBytes: number;
  /** Wall-clock and user-CPU seconds of the analysis (CPU time is what a loaded machine can't inflate). */
  seconds: number;
  cpuSeconds: number;
  cycles: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const points = Number(process.argv[2] ?? 5_000_000);
const withRestart = process.argv[3] === "restart";
if (gc === undefined) throw new Error("usage: node --expose-gc … memoryChild.ts <points>");
// Warm up until the hot loops are optimised (on a loaded machine the optimising compiler runs late,
// and unoptimised loops fill the heap with boxed numbers that would be counted as the analysis').
const small = symmetricTrace(200_000);
for (let k = 0; k < 20; k++) analyzeSymmetricCycling(small);
await new Promise((resolve) => setTimeout(resolve, 200));
const data = symmetricTrace(points);
if (withRestart) {
  // An instrument restart half-way: the clock starts again at 0 (forces a continuous-clock copy).
  const t = data.columns.time;
  const at = points >> 1;
  const offset = t[at] as number;
  for (let i = at; i < points; i++) t[i] = (t[i] as number) - offset;
}
gc();
await new Promise((resolve) => setTimeout(resolve, 100));
gc();
const rssBefore = process.memoryUsage.rss();
const start = performance.now();
const cpuStart = process.cpuUsage();
const r = analyzeSymmetricCycling(data);
const cpuSeconds = process.cpuUsage(cpuStart).user / 1e6;
const seconds = (performance.now() - start) / 1000;
const peakRss = process.resourceUsage().maxRSS * 1024;
const { time, voltage, current } = data.columns;
const result: MemoryResult = {
  points,
  restart: withRestart,
  columnBytes: time.byteLength + voltage.byteLength + current.byteLength,
  peakBytes: Math.max(0, peakRss - rssBefore),
  seconds,
  cpuSeconds,
  cycles: r.cycles.length,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
