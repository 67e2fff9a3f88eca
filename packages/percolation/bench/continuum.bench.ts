// Continuum spanning test: randomly oriented overlapping spheroids (aspect 5) dropped into a
// cube 72 diameters wide until the two faces connect — about 10⁵ particles at first spanning
// (target: under 1 s). Also core–shell spheres (δ = 0.8, random sequential addition).
//   node --conditions=@lmb/source --import tsx bench/continuum.bench.ts [repeats]
//
// Besides the tinybench rows (wall time), the spheroid case is timed REPEATS times (default 9)
// as process CPU time, and the minimum and median are printed after the table: a loaded
// machine deschedules the process at random, which CPU time does not count.

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

const REPEATS = Number(process.argv[2] ?? 9) || 9;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cpu: number[] = [];
const wall: number[] = [];
let spanned = 0;
for (let r = 0; r < REPEATS; r++) {
  const c0 = cpuMs();
  const w0 = performance.now();
  const result = penetrableSlabSpanning(
    { lateral: 72, thickness: 72, runs: 1, seed: 1000 + r },
    needles,
  );
  wall.push(performance.now() - w0);
  cpu.push(cpuMs() - c0);
  spanned += result.particles[0] as number;
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const cpuLine = `continuum spanning, spheroids a/b = 5, cube 72 d, ${REPEATS} runs (mean ${Math.round(spanned / REPEATS)} particles): CPU time min ${Math.min(...cpu).toFixed(0)} ms, median ${median(cpu).toFixed(0)} ms (wall min ${Math.min(...wall).toFixed(0)} ms, median ${median(wall).toFixed(0)} ms; target < 1 s)`;
/** The same runs on the built package in a plain Node process (see continuumShipped.mjs). */
function shippedLine(): string {
  const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));
  if (!existsSync(dist)) return "  as shipped: build the package first (dist/index.js missing)";
  const script = fileURLToPath(new URL("continuumShipped.mjs", import.meta.url));
  const out = execFileSync(process.execPath, [script, String(REPEATS)], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const [min, med] = out.trim().split(/\s+/).map(Number) as [number, number];
  return `  as shipped (dist/index.js, plain Node): CPU time min ${min.toFixed(0)} ms, median ${med.toFixed(0)} ms`;
}
const shipped = shippedLine();
let printed = false;
process.on("beforeExit", () => {
  if (!printed) console.log(`${cpuLine}\n${shipped}`);
  printed = true;
});

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
