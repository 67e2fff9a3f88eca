// Peak memory of one Li‖Li analysis of the 5M-point trace against its input columns.
//   node --conditions=@lmb/source --import tsx bench/memory.bench.ts
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { MemoryResult } from "./memoryChild.js";

const POINTS = 5_000_000;
const RUNS = 3;

/**
 * Runs `memoryChild.ts` in fresh child processes (median of 3) and prints the peak resident set
 * above the baseline during `analyzeSymmetricCycling`, as a ratio to the input columns' bytes
 * (target < 3×). The children run with glibc's `MALLOC_MMAP_THRESHOLD_` fixed so large blocks are
 * returned when freed and the resident set follows what is live (as in @lmb/io's memory bench).
 */
export async function run(): Promise<void> {
  const child = fileURLToPath(new URL("memoryChild.ts", import.meta.url));
  for (const variant of ["", "restart"]) {
    const runs = Array.from({ length: RUNS }, () => {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, "--expose-gc", child, String(POINTS), variant],
        { encoding: "utf8", env: { ...process.env, MALLOC_MMAP_THRESHOLD_: "131072" } },
      );
      return JSON.parse(out.trim().split("\n").at(-1) as string) as MemoryResult;
    }).sort((a, b) => a.peakBytes - b.peakBytes);
    const m = runs[RUNS >> 1] as MemoryResult;
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    console.log(
      `\n@lmb/cells memory: analyzeSymmetricCycling, ${m.points} points (${m.cycles} cycles)${m.restart ? ", clock restart half-way" : ""}\n` +
        `input columns ${mb(m.columnBytes)}, peak above baseline ${mb(m.peakBytes)} = ` +
        `${(m.peakBytes / m.columnBytes).toFixed(2)}× the input columns; one run ${m.seconds.toFixed(2)} s wall, ${m.cpuSeconds.toFixed(2)} s user CPU`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
