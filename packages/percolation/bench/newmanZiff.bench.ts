// Newman–Ziff site sweep on simple cubic L = 128 (2.1 M sites), compared in the same run with
// the C implementation of the same code in bench/newmanZiff.c (compiled here when a C compiler
// is available; target: JavaScript within 2× of C).
//   node --conditions=@lmb/source --import tsx bench/newmanZiff.bench.ts [pairs]
//
// The comparison interleaves the two: JS sweep, C sweep, JS sweep, … (PAIRS pairs, each a
// full sweep with a fresh permutation), times both as process CPU time (a loaded machine
// deschedules either at random; CPU time does not count that, wall time would), and prints
// each pair's ratio and the median. The tinybench row below it is the JS wall time.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchCase } from "@lmb/bench";
import { createLatticeGrid } from "../src/lattice/latticeGrid.js";
import { fastPermutation } from "../src/lattice/permutation.js";
import { siteSweep } from "../src/lattice/siteSweep.js";

const L = 128;
const PAIRS = Number(process.argv[2] ?? 9) || 9;
const grid = createLatticeGrid("sc", L);
const parent = new Int32Array(grid.sites + 2);
const order = new Int32Array(grid.sites);
let seed = 1;

/** One timing: CPU ns per site for the permutation and for the sweep. */
interface Timing {
  permutation: number;
  sweep: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One JS full sweep with a fresh permutation, in CPU ns per site. */
function jsSweep(runSeed: number): Timing {
  const t0 = cpuMs();
  fastPermutation(grid.sites, runSeed, order);
  const t1 = cpuMs();
  siteSweep(grid, order, { parent });
  const t2 = cpuMs();
  return { permutation: ((t1 - t0) * 1e6) / grid.sites, sweep: ((t2 - t1) * 1e6) / grid.sites };
}

/** Compiles bench/newmanZiff.c; undefined without a C compiler. */
function compileC(): string | undefined {
  try {
    const exe = join(mkdtempSync(join(tmpdir(), "lmb-nz-")), "newmanZiff");
    const source = fileURLToPath(new URL("newmanZiff.c", import.meta.url));
    execFileSync("cc", ["-O3", "-march=native", "-o", exe, source], { stdio: "ignore" });
    return exe;
  } catch {
    return undefined;
  }
}

const shipped = fileURLToPath(new URL("newmanZiffShipped.mjs", import.meta.url));
const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));

/** One full sweep of the built package in a plain Node process (see newmanZiffShipped.mjs). */
function shippedSweep(runSeed: number): Timing {
  // A fresh process without this one's --import tsx (NODE_OPTIONS cleared in case it carries it).
  const out = execFileSync(process.execPath, [shipped, String(L), String(runSeed)], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const [permutation, sweep] = out.trim().split(/\s+/).map(Number) as [number, number];
  return { permutation, sweep };
}

/** One C full sweep (its own process, one run), in CPU ns per site. */
function cSweep(exe: string, runSeed: number): Timing {
  const out = execFileSync(exe, [String(L), "1", String(runSeed)], { encoding: "utf8" });
  const [permutation, sweep] = out.trim().split(/\s+/).map(Number) as [number, number];
  return { permutation, sweep };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** The interleaved JS/C comparison, as printed lines; or a note without a C compiler. */
function compareWithC(): string[] {
  const exe = compileC();
  if (exe === undefined) return ["C reference: no C compiler found; JS figure only"];
  jsSweep(999); // JIT warm-up, untimed
  const built = existsSync(dist);
  const rows: { js: Timing; c: Timing; shipped: Timing | null }[] = [];
  for (let i = 0; i < PAIRS; i++) {
    rows.push({
      js: jsSweep(100 + i),
      shipped: built ? shippedSweep(100 + i) : null,
      c: cSweep(exe, 100 + i),
    });
  }
  const total = (t: Timing) => t.permutation + t.sweep;
  const f = (x: number) => x.toFixed(1).padStart(6);
  const ratios = (pick: (r: (typeof rows)[number]) => Timing | null) =>
    median(rows.map((r) => total(pick(r) as Timing) / total(r.c))).toFixed(2);
  return [
    `Newman–Ziff sc L = ${L}, full sweep, CPU ns per site (${PAIRS} interleaved triples: JS in this tsx process, JS as shipped in plain Node, C):`,
    "   pair  JS perm  JS sweep  JS total  shipped total   C perm  C sweep  C total  JS/C  shipped/C",
    ...rows.map(
      ({ js, shipped: b, c }, i) =>
        `   ${String(i + 1).padStart(4)}   ${f(js.permutation)}    ${f(js.sweep)}    ${f(total(js))}         ${b === null ? "     —" : f(total(b))}   ${f(c.permutation)}   ${f(c.sweep)}   ${f(total(c))}  ${(total(js) / total(c)).toFixed(2)}  ${b === null ? "—" : (total(b) / total(c)).toFixed(2)}`,
    ),
    `  median: JS ${median(rows.map((r) => total(r.js))).toFixed(1)} ns, C ${median(rows.map((r) => total(r.c))).toFixed(1)} ns per site; ratio JS/C ${ratios((r) => r.js)} in this tsx process` +
      (built
        ? `, ${ratios((r) => r.shipped)} as shipped (dist/index.js in plain Node; target ≤ 2)`
        : " (build the package for the shipped figure: pnpm --filter @lmb/percolation build)"),
  ];
}

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: `Newman–Ziff site sweep, sc L = ${L} (${grid.sites} sites), full sweep incl. permutation`,
    fn: () => {
      siteSweep(grid, fastPermutation(grid.sites, seed++, order), { parent });
    },
    items: grid.sites,
    itemName: "sites",
  },
];

const comparison = compareWithC();
// Printed next to the table so the ratio is read within one run (machines are noisy).
process.on("beforeExit", () => console.log(comparison.join("\n")));
