// Compares the TypeScript Jacobi-PCG with the same algorithm in C (gcc -O2) on the 3-D
// Laplacian (default 128³ = 2.1 M unknowns, 20 iterations, best of 5) and prints the ratio.
//   node bench/cg-vs-c.mjs [n] [iterations] [repeats]
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const [n = "128", iterations = "20", repeats = "5"] = process.argv.slice(2);
const here = fileURLToPath(new URL(".", import.meta.url));
const binary = join(mkdtempSync(join(tmpdir(), "lmb-cg-")), "cg");

let c;
try {
  execFileSync("gcc", ["-O2", "-o", binary, join(here, "cg.c"), "-lm"], { stdio: "inherit" });
  c = JSON.parse(execFileSync(binary, [n, iterations, repeats], { encoding: "utf8" }));
} catch (error) {
  console.warn(`C comparison skipped (gcc not available?): ${error.message}`);
}
const ts = JSON.parse(
  execFileSync(
    process.execPath,
    [
      "--conditions=@lmb/source",
      "--import",
      "tsx",
      join(here, "cg-time.ts"),
      n,
      iterations,
      repeats,
    ],
    { encoding: "utf8", cwd: join(here, "..") },
  ),
);
const flops = 2 * ts.nnz + 13 * ts.unknowns;
const line = (name, r) =>
  `${name.padEnd(11)} ${(r.seconds * 1000).toFixed(1).padStart(8)} ms  ` +
  `${(r.iterations / r.seconds).toFixed(1).padStart(7)} its/s  ` +
  `${((flops * r.iterations) / r.seconds / 1e9).toFixed(2).padStart(6)} GFLOP/s  ‖r‖ = ${r.residualNorm.toExponential(6)}`;
console.log(
  `Jacobi-PCG, 3-D Laplacian ${n}³ (${ts.unknowns} unknowns, ${ts.nnz} nnz), ${iterations} iterations, best of ${repeats}`,
);
console.log(line("TypeScript", ts));
if (c) {
  console.log(line("C (gcc -O2)", c));
  const ratio = ts.seconds / c.seconds;
  console.log(`TS/C time ratio: ${ratio.toFixed(2)} (target ≤ 3)`);
  const agree = Math.abs(ts.residualNorm - c.residualNorm) <= 1e-8 * c.residualNorm;
  console.log(`residual norms agree: ${agree}`);
}
