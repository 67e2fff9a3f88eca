// Li‖Li analysis of a 5-million-point trace (≈ 1 400 h at 1 s), end to end after reading.
//   node --conditions=@lmb/source --import tsx bench/symmetric.bench.ts
import { fileURLToPath } from "node:url";
import { runBenchSuite } from "@lmb/bench";
import { analyzeSymmetricCycling, segmentCycling } from "../src/index.js";
import { symmetricTrace } from "./symmetricTrace.js";

const POINTS = 5_000_000;

/** Times segmentation and the whole symmetric analysis on the 5M-point trace (target < 2 s). */
export async function run(): Promise<void> {
  const data = symmetricTrace(POINTS);
  await runBenchSuite(
    "@lmb/cells cycling",
    [
      {
        name: "segmentCycling, 5M points",
        fn: () => segmentCycling(data),
        items: POINTS,
        itemName: "points",
      },
      {
        name: "analyzeSymmetricCycling, 5M points (end to end)",
        fn: () => analyzeSymmetricCycling(data),
        items: POINTS,
        itemName: "points",
      },
    ],
    { time: 3000, warmupTime: 500 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
