// Runs every bench/*.bench.ts of @lmb/numerics as one suite (each file exports `cases`).
//   pnpm bench [-- --json out.json]
import { readdirSync } from "node:fs";
import { type BenchCase, runBenchSuite } from "@lmb/bench";

const here = new URL(".", import.meta.url);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const cases: BenchCase[] = [];
let flopsPerIteration: number | undefined;
for (const file of files) {
  // Guarded: a bench file that is being written (or fails to load) must not stop the others.
  try {
    const mod = (await import(new URL(file, here).href)) as {
      cases?: BenchCase[];
      flopsPerIteration?: number;
    };
    if (Array.isArray(mod.cases)) cases.push(...mod.cases);
    if (mod.flopsPerIteration !== undefined) flopsPerIteration = mod.flopsPerIteration;
  } catch (error) {
    console.warn(`skipping bench/${file}: ${error instanceof Error ? error.message : error}`);
  }
}
const rows = await runBenchSuite("@lmb/numerics", cases);
const cg = rows.find((r) => r.name.startsWith("Jacobi-PCG"));
if (cg?.itemsPerSecond !== undefined && flopsPerIteration !== undefined) {
  console.log(
    `\nJacobi-PCG: ${cg.itemsPerSecond.toFixed(1)} iterations/s, ` +
      `${((cg.itemsPerSecond * flopsPerIteration) / 1e9).toFixed(2)} GFLOP/s`,
  );
}
