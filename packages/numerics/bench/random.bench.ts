// RNG throughput: xoshiro128** uniform doubles, normal deviates and raw 32-bit outputs.
//   node --conditions=@lmb/source --import tsx bench/random.bench.ts
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import { createRng } from "../src/random/rng.js";

const n = 1_000_000;
const rng = createRng(123);
const buffer = new Float64Array(n);

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: "rng.nextUint32 ×1e6",
    fn: () => {
      let s = 0;
      for (let i = 0; i < n; i++) s ^= rng.nextUint32();
      return s;
    },
    items: n,
    itemName: "draws",
  },
  {
    name: "rng.uniformArray(1e6)",
    fn: () => rng.uniformArray(n, buffer),
    items: n,
    itemName: "draws",
  },
  {
    name: "rng.normalArray(1e6)",
    fn: () => rng.normalArray(n, buffer),
    items: n,
    itemName: "draws",
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await runBenchSuite("numerics: random", cases);
}
