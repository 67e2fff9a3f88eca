// Child process of memory.bench.ts: one lattice simulation, then its peak resident set size.
//   node --conditions=@lmb/source --import tsx bench/memoryChild.ts sc site 256 2 [threads]
import { simulateLattice } from "../src/lattice/simulateLattice.js";
import { simulateLatticeParallel } from "../src/node/simulateLatticeParallel.js";

const [lattice = "sc", mode = "site", size = "256", runs = "2", threads] = process.argv.slice(2);
const options = {
  lattice: lattice as "sc",
  mode: mode as "site" | "bond",
  size: Number(size),
  runs: Number(runs),
  seed: 1,
};
const start = performance.now();
const result =
  threads === undefined
    ? simulateLattice(options)
    : await simulateLatticeParallel({ ...options, threads: Number(threads) });
const seconds = (performance.now() - start) / 1000;
// maxRSS is in kilobytes, for the whole process with its worker threads (Node alone is ~45 MB)
const peakBytes = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({ peakBytes, seconds, elements: result.elements, mean: result.threshold.value }),
);
