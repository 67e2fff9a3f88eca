// `lmb demo` end to end from source: read the 16 bundled files, analyse, render every figure,
// write results.json, tables, figures and report.html into a temporary folder. Target < 20 s on
// 2 cores (issue 11).
//   pnpm --filter @lmb/cli bench            (or: node --conditions=@lmb/source --import tsx bench/demo.bench.ts)
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

// The bundle and vitest inject the version at build time; the bench runs the sources with tsx.
(globalThis as { __LMB_CLI_VERSION__?: string }).__LMB_CLI_VERSION__ ??= "0.0.0-bench";
const { runDemoReport } = await import("../src/commands/demo/runDemoReport.js");

const RUNS = Number(process.env.LMB_BENCH_RUNS ?? 3);
const silent = { stdout: { write: () => true }, stderr: { write: () => true } };

const times: number[] = [];
const cpu: number[] = [];
const folder = await mkdtemp(join(tmpdir(), "lmb-demo-bench-"));
try {
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    const { result } = await runDemoReport({ out: join(folder, `run-${k}`), io: silent });
    times.push((performance.now() - start) / 1000);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1e6);
    if (k === 0) {
      process.stdout.write(
        `demo report: ${result.experiments.length} experiments, ${result.experiments.reduce((n, e) => n + e.figures.length, 0)} figures, ${result.skipped.length} skipped\n`,
      );
    }
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] as number;
process.stdout.write(
  `@lmb/cli demo report, end to end (${availableParallelism()} cores, ${RUNS} runs; the first includes module loading)\n` +
    `  runs    ${times.map((t) => `${t.toFixed(2)} s`).join(", ")} wall; ${cpu.map((t) => `${t.toFixed(2)} s`).join(", ")} CPU of this process\n` +
    `  median  ${median.toFixed(2)} s   (target < 20 s on 2 cores)\n`,
);
