// The README's threshold comparison: estimateThresholdParallel on every lattice and mode, with
// the sizes and runs below, printed as a Markdown table (minutes on two cores).
//   node --conditions=@lmb/source --import tsx bench/thresholdTable.ts [runs] [threads]
import { LATTICES, type LatticeId } from "../src/lattice/lattices.js";
import { estimateThresholdParallel } from "../src/node/estimateThresholdParallel.js";

const runs = Number(process.argv[2] ?? 1000);
const threads = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const sizes3 = [8, 12, 16, 24, 32, 48, 64];
const sizes2 = [16, 32, 64, 128, 256];

console.log(
  "| lattice | mode | sizes | runs | p_c (lmb) | best known | source | z | χ²/dof | time |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const id of Object.keys(LATTICES) as LatticeId[]) {
  for (const mode of ["site", "bond"] as const) {
    const three = LATTICES[id].dimension === 3;
    const sizes = three ? sizes3 : sizes2;
    const start = performance.now();
    const e = await estimateThresholdParallel({
      lattice: id,
      mode,
      sizes,
      runs,
      seed: 1,
      ...(threads === undefined ? {} : { threads }),
    });
    const seconds = (performance.now() - start) / 1000;
    const chi = e.chiSquared ? (e.chiSquared.value / e.chiSquared.dof).toFixed(2) : "–";
    console.log(
      `| ${id} | ${mode} | ${sizes[0]}–${sizes.at(-1)} | ${runs} | ${e.threshold.value.toFixed(5)} ± ${e.threshold.standardError.toFixed(5)} | ${e.literature.value.toPrecision(8)} | ${e.literature.source} | ${e.literature.zScore >= 0 ? "+" : "−"}${Math.abs(e.literature.zScore).toFixed(1)} | ${chi} | ${seconds.toFixed(0)} s |`,
    );
  }
}
