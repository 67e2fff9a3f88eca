// Continuum spanning test: randomly oriented overlapping spheroids (aspect 5) dropped into a
// cube 72 diameters wide until the two faces connect — about 10⁵ particles at first spanning
// (target: under 1 s). Also 10⁵ overlapping spheres, and core–shell spheres (δ = 0.8).
//   node --conditions=@lmb/source --import tsx bench/continuum.bench.ts
import type { BenchCase } from "@lmb/bench";
import { overlappingSphereSpanning, penetrableSlabSpanning } from "../src/continuum/sphereSlab.js";
import { spheroidShape } from "../src/continuum/spheroidShape.js";

const needles = spheroidShape(5);
let seed = 1;
const count = (r: { particles: Int32Array }) => r.particles[0] as number;
// particles per call, measured once so the throughput column is per particle
const spheroidItems = count(
  penetrableSlabSpanning({ lateral: 72, thickness: 72, runs: 1, seed: 1 }, needles),
);
const sphereItems = count(overlappingSphereSpanning({ lateral: 56, thickness: 56, runs: 1 }));
const coreShellItems = count(
  overlappingSphereSpanning({ lateral: 40, thickness: 40, runs: 1, coreShell: 0.8 }),
);

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
    name: `continuum spanning, spheres, cube 56 d (≈${sphereItems} particles)`,
    fn: () => overlappingSphereSpanning({ lateral: 56, thickness: 56, runs: 1, seed: seed++ }),
    items: sphereItems,
    itemName: "particles",
  },
  {
    name: `continuum spanning, core–shell spheres δ = 0.8, cube 40 d (≈${coreShellItems} particles)`,
    fn: () =>
      overlappingSphereSpanning({
        lateral: 40,
        thickness: 40,
        runs: 1,
        seed: seed++,
        coreShell: 0.8,
      }),
    items: coreShellItems,
    itemName: "particles",
  },
];
