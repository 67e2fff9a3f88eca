// Times the TypeScript Jacobi-PCG on the 3-D Laplacian exactly like bench/cg.c (best of
// `repeats` runs of `iterations` iterations) and prints the same JSON. Used by cg-vs-c.mjs.
//   node --conditions=@lmb/source --import tsx bench/cg-time.ts 128 20 5
import { conjugateGradient } from "../src/sparse/conjugate-gradient.js";
import { laplacian3d } from "../src/sparse/laplacian.js";

const n = Number(process.argv[2] ?? 128);
const iterations = Number(process.argv[3] ?? 20);
const repeats = Number(process.argv[4] ?? 5);
const a = laplacian3d(n);
const b = new Float64Array(a.rows).fill(1);
let best = Number.POSITIVE_INFINITY;
let residualNorm = 0;
for (let rep = 0; rep < repeats; rep++) {
  const t0 = performance.now();
  const result = conjugateGradient(a, b, { tolerance: 0, maxIterations: iterations });
  best = Math.min(best, (performance.now() - t0) / 1000);
  residualNorm = result.residualNorm;
}
console.log(
  JSON.stringify({
    n,
    unknowns: a.rows,
    nnz: a.values.length,
    iterations,
    seconds: best,
    residualNorm,
  }),
);
