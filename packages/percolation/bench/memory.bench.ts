// Peak memory of an L = 256 simple-cubic simulation (16.7 M sites; target < 1 GB), measured in
// a fresh child process (bench/memoryChild.ts) as the resident-set high-water mark, so nothing
// else in the bench process counts. Printed next to the timing table.
//   node --conditions=@lmb/source --import tsx bench/memory.bench.ts
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchCase } from "@lmb/bench";

const child = fileURLToPath(new URL("memoryChild.ts", import.meta.url));

function measure(args: string[]): string {
  try {
    const out = execFileSync(process.execPath, [...process.execArgv, child, ...args], {
      encoding: "utf8",
    });
    const r = JSON.parse(out.trim().split("\n").at(-1) as string) as {
      peakBytes: number;
      seconds: number;
      elements: number;
    };
    const [lat, mode, size, runs, threads] = args;
    const what = `${lat} ${mode} L = ${size}, ${runs} runs${threads ? ` on ${threads} worker threads` : ""}`;
    return `${what}: peak RSS ${(r.peakBytes / 1e6).toFixed(0)} MB for ${r.elements} elements (${r.seconds.toFixed(1)} s)`;
  } catch (error) {
    return `${args.join(" ")}: failed (${error instanceof Error ? error.message : error})`;
  }
}

const lines = [
  measure(["sc", "site", "256", "2"]),
  measure(["sc", "site", "256", "2", "2"]),
  measure(["sc", "bond", "256", "2"]),
];
process.on("beforeExit", () => {
  for (const line of lines) console.log(`memory, simulateLattice ${line}`);
});

/** No timed cases: this file only measures memory. */
export const cases: BenchCase[] = [];
