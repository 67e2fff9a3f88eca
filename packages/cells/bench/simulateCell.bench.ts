// The cell simulator: 1 000 cycles of a Li‖Li cell at 60 points per half cycle (target < 200 ms).
//   node --conditions=@lmb/source --import tsx bench/simulateCell.bench.ts
import { fileURLToPath } from "node:url";
import { runBenchSuite } from "@lmb/bench";
import type { CellConfig, CellProtocol, ProtocolStep } from "@lmb/schemas";
import { resolveCellConfig, simulateCell, simulateResolvedCell } from "../src/index.js";

const CYCLES = 1000;

function symmetricProtocol(cycles: number): CellProtocol {
  const steps: ProtocolStep[] = [];
  for (let c = 0; c < cycles; c++) {
    for (const direction of ["plate", "strip"] as const) {
      steps.push({
        kind: "galvanostatic",
        direction,
        current: { kind: "density", value: 10 }, // 1 mA cm⁻²
        limits: [{ kind: "areal-capacity", value: 36_000 }], // 1 mAh cm⁻²
        cycle: c,
        tags: [],
        source: { text: `${direction} at 1 mA cm-2 for 1 mAh cm-2`, offset: 0 },
      });
    }
  }
  return {
    text: `(Plate at 1 mA cm-2 for 1 mAh cm-2, Strip at 1 mA cm-2 for 1 mAh cm-2) x ${cycles}`,
    steps,
  };
}

const plain: CellConfig = {
  area: "1.13 cm2",
  workingElectrode: { kind: "lithium", thickness: "100 um" },
  counterElectrode: { kind: "lithium", thickness: "100 um" },
  electrolyte: { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" },
};

const loaded: CellConfig = {
  ...plain,
  workingElectrode: { kind: "lithium", thickness: "50 um" },
  electrolyte: {
    kind: "liquid",
    conductivity: "1 mS cm-1",
    thickness: "25 um",
    diffusivity: "3.22e-6 cm2 s-1",
    concentration: "1 M",
    transferenceNumber: 0.38,
  },
  coulombicEfficiency: 0.9995,
  nucleation: { overpotential: "40 mV" },
  interphase: {
    initialThickness: "20 nm",
    ionicConductivity: "1e-6 S cm-1",
    electronicConductivity: "1e-10 S cm-1",
    drivingPotential: "1 V",
    reactionResistance: "1e6 ohm cm2",
  },
};

/** Times `simulateCell` on 1 000 symmetric cycles (2 000 steps × 61 points = 122 000 points). */
export async function run(): Promise<void> {
  const protocol = symmetricProtocol(CYCLES);
  const resolved = resolveCellConfig(plain);
  const points = 2 * CYCLES * 61;
  await runBenchSuite(
    "@lmb/cells simulateCell",
    [
      {
        name: "1 000 Li‖Li cycles, 60 points per half cycle (ohmic + Butler–Volmer)",
        fn: () => simulateCell(plain, protocol),
        items: points,
        itemName: "points",
      },
      {
        name: "the same from a resolved config (design maps)",
        fn: () => simulateResolvedCell(resolved, protocol),
        items: points,
        itemName: "points",
      },
      {
        name: "1 000 cycles with leaky interphase, CE < 1, salt transport, nucleation",
        fn: () => simulateCell(loaded, protocol),
        items: points,
        itemName: "points",
      },
    ],
    { time: 3000, warmupTime: 1000 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
