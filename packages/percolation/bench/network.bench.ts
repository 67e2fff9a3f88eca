// Resistor network on simple cubic L = 64 near threshold (p = 0.33), the case where
// Jacobi-preconditioned CG in C needs about 9 s (shared/research/percolation.md §3.2; target
// here < 5 s): contrast 0 (insulating matrix) as in that measurement, IC(0) (the default) and
// Jacobi interleaved in the same run; and a finite contrast 10⁻⁶ (whole lattice) at L = 32.
// One solve takes seconds, so these are timed directly (two rounds, printed after the table)
// rather than by tinybench's repeated samples, in process CPU time (a loaded machine
// deschedules the process at random; CPU time does not count that) and wall time.
//   node --conditions=@lmb/source --import tsx bench/network.bench.ts
import type { BenchCase } from "@lmb/bench";
import { createLatticeGrid } from "../src/lattice/latticeGrid.js";
import { fastPermutation } from "../src/lattice/permutation.js";
import { type NetworkOptions, networkConductivity } from "../src/network/resistorNetwork.js";

function film(size: number, p: number, seed: number) {
  const grid = createLatticeGrid("sc", size);
  const order = fastPermutation(grid.sites, seed);
  const mask = new Uint8Array(grid.sites);
  for (let i = 0; i < Math.round(p * grid.sites); i++) mask[order[i] as number] = 1;
  return { grid, mask };
}

const configs: [
  string,
  ReturnType<typeof film>,
  number,
  NonNullable<NetworkOptions["preconditioner"]>,
][] = [
  ["L = 64, p = 0.33, contrast 0, IC(0) (default)", film(64, 0.33, 1), 0, "auto"],
  ["L = 64, p = 0.33, contrast 0, Jacobi", film(64, 0.33, 1), 0, "jacobi"],
  [
    "L = 32, p = 0.33, contrast 1e-6, IC(0) + cluster coarse (default)",
    film(32, 0.33, 1),
    1e-6,
    "auto",
  ],
  ["L = 32, p = 0.33, contrast 1e-6, IC(0) alone", film(32, 0.33, 1), 1e-6, "ic0"],
];

const lines: string[] = [];
for (let round = 1; round <= 2; round++) {
  for (const [label, f, contrast, preconditioner] of configs) {
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    const r = networkConductivity(f.grid, f.mask, contrast, 1e-9, { preconditioner });
    const cpu = process.cpuUsage(cpu0);
    const seconds = (performance.now() - start) / 1000;
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    lines.push(
      `round ${round}, ${label}: ${cpuSeconds.toFixed(2)} s CPU (${seconds.toFixed(2)} s wall), ${r.iterations} CG iterations on ${r.unknowns} unknowns, σ/σ_M = ${r.conductivity.toPrecision(6)}`,
    );
  }
}
process.on("beforeExit", () => {
  for (const line of lines) console.log(`resistor network, ${line}`);
  lines.length = 0;
});

/** No tinybench cases: the solves above are timed directly. */
export const cases: BenchCase[] = [];
