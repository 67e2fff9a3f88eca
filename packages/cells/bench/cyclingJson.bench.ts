// Results and pictures of a 5-million-point Li‖Li trace (≈ 1 400 h at 1 s): the umbrella
// analysis with the cell-type guess, and its conversion to the @lmb/schemas JSON with the plots
// (min/max-decimated voltage–time, overpotential, a 10-cycle zoom).
//   node --conditions=@lmb/source --import tsx bench/cyclingJson.bench.ts
import { fileURLToPath } from "node:url";
import { runBenchSuite } from "@lmb/bench";
import { analyzeCycling, cyclingAnalysisJson } from "../src/index.js";
import { symmetricTrace } from "./symmetricTrace.js";

const POINTS = 5_000_000;

/** Times analyzeCycling and cyclingAnalysisJson on the 5M-point trace; prints the JSON size. */
export async function run(): Promise<void> {
  const data = symmetricTrace(POINTS);
  const analysis = analyzeCycling(data);
  const json = cyclingAnalysisJson(analysis, data, { zoom: [1, 10] });
  const plotBytes = json.plots.map((p) => `${p.name} ${JSON.stringify(p.spec).length} B`);
  console.log(
    `5M points → ${json.segmentation.cycleCount} cycles; JSON ${(JSON.stringify(json).length / 1e6).toFixed(2)} MB; plots: ${plotBytes.join(", ")}`,
  );
  await runBenchSuite(
    "@lmb/cells cycling results",
    [
      {
        name: "analyzeCycling (guess + Li‖Li analysis), 5M points",
        fn: () => analyzeCycling(data),
        items: POINTS,
        itemName: "points",
      },
      {
        name: "cyclingAnalysisJson with plots, 5M points",
        fn: () => cyclingAnalysisJson(analysis, data, { zoom: [1, 10] }),
        items: POINTS,
        itemName: "points",
      },
    ],
    { time: 3000, warmupTime: 500 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
