// Li‖Cu CE, full-cell cycling and the cell-type guess on ~5-million-point traces, and the
// synthetic generator itself.
//   node --conditions=@lmb/source --import tsx bench/cellAnalyses.bench.ts
import { fileURLToPath } from "node:url";
import { runBenchSuite } from "@lmb/bench";
import {
  fullCellCycling,
  fullCellTrace,
  guessCellType,
  lithiumCopperEfficiency,
  lithiumCopperTrace,
  symmetricCellTrace,
} from "../src/index.js";

/** Times each analysis end to end (segmentation included) on a trace of about 5·10⁶ points. */
export async function run(): Promise<void> {
  // Li‖Cu: 1 mAh cm⁻² at 0.5 mA cm⁻², 1 s sampling: ≈ 14 300 points per cycle → 350 cycles ≈ 5.0M
  const copper = lithiumCopperTrace({
    cycles: 350,
    samplingInterval: 1,
    coulombicEfficiency: 0.98,
  }).data;
  // Li‖LFP at 1 C, 1 s sampling: ≈ 4 250 points per cycle → 1 180 cycles ≈ 5.0M
  const full = fullCellTrace({ steps: [{ cRate: 1, cycles: 1180 }], samplingInterval: 1 }).data;
  const symmetricSteps = [{ currentDensity: 10, arealCapacity: 36_000, cycles: 700 }];
  await runBenchSuite(
    "@lmb/cells Li‖Cu, full cell, cell type, generator",
    [
      {
        name: `lithiumCopperEfficiency, ${copper.columns.time.length} points`,
        fn: () => lithiumCopperEfficiency(copper),
        items: copper.columns.time.length,
        itemName: "points",
      },
      {
        name: `fullCellCycling, ${full.columns.time.length} points`,
        fn: () => fullCellCycling(full, { cathode: "LFP" }),
        items: full.columns.time.length,
        itemName: "points",
      },
      {
        name: `guessCellType, ${full.columns.time.length} points`,
        fn: () => guessCellType(full),
        items: full.columns.time.length,
        itemName: "points",
      },
      {
        name: "symmetricCellTrace, 700 cycles at 1 s (5.04M points)",
        fn: () => symmetricCellTrace({ steps: symmetricSteps, samplingInterval: 1 }),
        items: 5_040_000,
        itemName: "points",
      },
    ],
    { time: 2000, warmupTime: 300 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
