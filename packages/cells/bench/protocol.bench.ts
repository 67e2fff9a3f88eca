// The protocol language: parse and expand typical protocols.
//   node --conditions=@lmb/source --import tsx bench/protocol.bench.ts
import { fileURLToPath } from "node:url";
import { runBenchSuite } from "@lmb/bench";
import { formatProtocol, parseProtocol } from "../src/index.js";

const CYCLING = "(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 1000";
const CCD = "Ramp plate/strip from 0.1 mA cm-2 by 0.1 mA cm-2 to 3 mA cm-2 for 1 h each x 5";
const RESERVOIR = "Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2 x 10, cut-off 1 V";
const LONG = "Plate at 0.5 mA cm-2 for 1 h or until -1 V\nRest for 10 min\n".repeat(200);

/** Times parse + expand of the 2000-step cycling protocol and a few others. */
export async function run(): Promise<void> {
  const expanded = parseProtocol(CYCLING);
  await runBenchSuite(
    "@lmb/cells protocol language",
    [
      {
        name: "parseProtocol, (Plate, Strip) x 1000 → 2000 steps",
        fn: () => parseProtocol(CYCLING),
        items: 2000,
        itemName: "steps",
      },
      {
        name: "parseProtocol, CCD ladder → 300 steps",
        fn: () => parseProtocol(CCD),
        items: 300,
        itemName: "steps",
      },
      {
        name: "parseProtocol, reservoir → 24 steps",
        fn: () => parseProtocol(RESERVOIR),
        items: 24,
        itemName: "steps",
      },
      {
        name: "parseProtocol, 400 written lines",
        fn: () => parseProtocol(LONG),
        items: 400,
        itemName: "steps",
      },
      {
        name: "formatProtocol, 2000 steps",
        fn: () => formatProtocol(expanded),
        items: 2000,
        itemName: "steps",
      },
    ],
    { time: 1000, warmupTime: 200 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
