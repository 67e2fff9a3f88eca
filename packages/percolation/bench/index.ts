// Runs every bench/*.bench.ts of @lmb/percolation as one suite (each file exports `cases`).
//   pnpm bench [-- --json out.json]
import { readdirSync } from "node:fs";
import { type BenchCase, runBenchSuite } from "@lmb/bench";

const here = new URL(".", import.meta.url);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const cases: BenchCase[] = [];
for (const file of files) {
  // Guarded: a bench file that is being written (or fails to load) must not stop the others.
  try {
    const mod = (await import(new URL(file, here).href)) as { cases?: BenchCase[] };
    if (Array.isArray(mod.cases)) cases.push(...mod.cases);
  } catch (error) {
    console.warn(`skipping bench/${file}: ${error instanceof Error ? error.message : error}`);
  }
}
await runBenchSuite("@lmb/percolation", cases);
