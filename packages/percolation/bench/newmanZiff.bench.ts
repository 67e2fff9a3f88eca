// Newman–Ziff site sweep on simple cubic L = 128 (2.1 M sites), compared in the same run with
// the C implementation of the same algorithm in bench/newmanZiff.c (compiled here when a C
// compiler is available; target: JavaScript within 2× of C).
//   node --conditions=@lmb/source --import tsx bench/newmanZiff.bench.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchCase } from "@lmb/bench";
import { createLatticeGrid } from "../src/lattice/latticeGrid.js";
import { fastPermutation } from "../src/lattice/permutation.js";
import { siteSweep } from "../src/lattice/siteSweep.js";

const L = 128;
const grid = createLatticeGrid("sc", L);
const parent = new Int32Array(grid.sites + 2);
const order = new Int32Array(grid.sites);
let seed = 1;

/** ns per site of the C reference (full sweep incl. permutation), or undefined without a compiler. */
function cReference(): number | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), "lmb-nz-"));
    const exe = join(dir, "newmanZiff");
    const source = fileURLToPath(new URL("newmanZiff.c", import.meta.url));
    execFileSync("cc", ["-O3", "-march=native", "-o", exe, source], { stdio: "ignore" });
    const out = execFileSync(exe, [String(L), "5"], { encoding: "utf8" });
    return Number(out.trim().split(/\s+/)[0]);
  } catch {
    return undefined;
  }
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

const c = cReference();
// Printed next to the table so the ratio is read within one run (machines are noisy).
process.on("beforeExit", () => {
  if (c === undefined) console.log("C reference: no C compiler found; JS figure only");
  else
    console.log(
      `C reference (bench/newmanZiff.c, same run): ${c.toFixed(1)} ns per site-add at L = ${L}`,
    );
});
