// Continuum spanning test: randomly oriented overlapping spheroids (aspect 5) dropped into a
// cube 72 diameters wide until the two faces connect — about 10⁵ particles at first spanning
// (target: under 1 s). Also core–shell spheres (δ = 0.8, random sequential addition).
//   node --conditions=@lmb/source --import tsx bench/continuum.bench.ts
import type { BenchCase } from "@lmb/bench";
import { overlappingSphereSpanning, penetrableSlabSpanning } from "../src/continuum/sphereSlab.js";
import { spheroidShape } from "../src/continuum/spheroidShape.js";

const needles = spheroidShape(5);
let seed = 1;
// particles per call (seed 1), so the throughput column is per particle
const spheroidItems = 100185;
const coreShellItems = overlappingSphereSpanning({
  lateral: 24,
  thickness: 24,
  runs: 1,
  coreShell: 0.8,
}).particles[0] as number;

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: `continuum spanning, spheroids a/b = 5, cube 72 d (≈${spheroidItems} particles)`,
    fn: () =>
      penetrableSlabSpanning({ lateral: 72, thickness: 72, runs: 1, seed: seed++ }, needles),
    items: spheroidItems,
    itemName: "particles",
  },
  {
    name: `continuum spanning, core–shell spheres δ = 0.8, cube 24 d (≈${coreShellItems} particles)`,
    fn: () =>
      overlappingSphereSpanning({
        lateral: 24,
        thickness: 24,
        runs: 1,
        seed: seed++,
        coreShell: 0.8,
      }),
    items: coreShellItems,
    itemName: "particles",
  },
];
