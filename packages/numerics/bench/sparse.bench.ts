// Sparse benchmarks: Jacobi-PCG on the 7-point 3-D Laplacian with 128³ = 2.1 M unknowns.
//   node --conditions=@lmb/source --import tsx bench/sparse.bench.ts
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import { conjugateGradient } from "../src/sparse/conjugate-gradient.js";
import { csrMultiply } from "../src/sparse/csr.js";
import { laplacian3d } from "../src/sparse/laplacian.js";

/** Grid points per direction. */
export const gridSize = 128;
/** CG iterations per timed call. */
export const cgIterations = 5;

const a = laplacian3d(gridSize);
const b = new Float64Array(a.rows).fill(1);
const out = new Float64Array(a.rows);

/** Floating-point operations of one Jacobi-PCG iteration (2·nnz + 13·n). */
export const flopsPerIteration = 2 * a.values.length + 13 * a.rows;

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: `Jacobi-PCG, 3-D Laplacian ${gridSize}³ (${a.rows} unknowns), ${cgIterations} iterations`,
    fn: () => conjugateGradient(a, b, { tolerance: 0, maxIterations: cgIterations }),
    items: cgIterations,
    itemName: "CG its",
  },
  {
    name: `csrMultiply, 3-D Laplacian ${gridSize}³ (${a.values.length} non-zeros)`,
    fn: () => csrMultiply(a, b, out),
    items: a.values.length,
    itemName: "nnz",
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runBenchSuite("numerics: sparse", cases);
  const cg = rows[0];
  if (cg?.itemsPerSecond !== undefined) {
    console.log(`CG: ${((cg.itemsPerSecond * flopsPerIteration) / 1e9).toFixed(2)} GFLOP/s`);
  }
}
