// `lmb report` on 100 cycling files (~20 MB each, ~2 GB): the bundled CLI (dist/lmb.js, build it
// first: pnpm --filter @lmb/cli build) with its child-process workers, timed end to end, with the
// peak resident memory of the whole process tree (sampled every 100 ms) and of the largest single
// process. Target < 3 min on 2 cores (issue 11). The files are generated once (symmetric Li‖Li
// traces of @lmb/cells with known parameters, as CSV) into os.tmpdir() and reused.
//   pnpm bench:report   (builds, then node --conditions=@lmb/source --import tsx bench/report.bench.ts)
//   LMB_BENCH_FILES=20 LMB_BENCH_JOBS=2 node --conditions=@lmb/source --import tsx bench/report.bench.ts
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { symmetricCellTrace } from "@lmb/cells";
import { toCsv } from "@lmb/io";

const FILES = Number(process.env.LMB_BENCH_FILES ?? 100);
const JOBS = Number(process.env.LMB_BENCH_JOBS ?? availableParallelism());
const DISTINCT = 10;
const lmb = fileURLToPath(new URL("../dist/lmb.js", import.meta.url));
if (!existsSync(lmb)) throw new Error(`build the CLI first: ${lmb} is missing`);

const data = join(tmpdir(), "lmb-report-bench-100x20MB");
const done = join(data, ".complete");
if (!existsSync(done)) {
  await rm(data, { recursive: true, force: true });
  await mkdir(data, { recursive: true });
  const t0 = performance.now();
  for (let k = 0; k < DISTINCT; k++) {
    // 2 mA cm⁻², 1 mAh cm⁻² (30 min half cycles), 5 s sampling: 360 points per half cycle,
    // 560 cycles ≈ 400 000 rows ≈ 20 MB of CSV. Every third cell shorts.
    const { data: trace } = symmetricCellTrace({
      steps: [{ currentDensity: 20, arealCapacity: 36_000, cycles: 560 }],
      samplingInterval: 5,
      seed: k + 1,
      overpotentialDrift: 2e-5 * (k + 1),
      ...(k % 3 === 0 ? { hardShort: { time: (300 + 20 * k) * 3600 } } : {}),
    });
    const text = toCsv(trace);
    for (let copy = k; copy < 100; copy += DISTINCT) {
      await writeFile(join(data, `cell-${String(copy).padStart(3, "0")}.csv`), text);
    }
    process.stdout.write(
      `generated ${k + 1}/${DISTINCT} traces (${(text.length / 1e6).toFixed(1)} MB each)\r`,
    );
  }
  await writeFile(done, "");
  process.stdout.write(
    `\ngenerated 100 files in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
  );
}
// A subset for quick runs: hard links in a sibling folder.
let input = data;
if (FILES < 100) {
  input = join(tmpdir(), `lmb-report-bench-${FILES}`);
  await rm(input, { recursive: true, force: true });
  await mkdir(input);
  const names = (await readdir(data))
    .filter((n) => n.endsWith(".csv"))
    .sort()
    .slice(0, FILES);
  for (const n of names) execFileSync("ln", [join(data, n), join(input, n)]);
}
let bytes = 0;
for (const n of await readdir(input))
  if (n.endsWith(".csv")) bytes += (await stat(join(input, n))).size;

function treeRss(root: number): number {
  // Sum of RSS (kB) over the process and its descendants.
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (inTree.has(ppid) && !inTree.has(pid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return rows.filter(([pid]) => inTree.has(pid)).reduce((s, [, , rss]) => s + rss, 0);
}

const out = join(tmpdir(), "lmb-report-bench-out");
const start = performance.now();
const child = spawn(
  "/usr/bin/time",
  [
    "-f",
    "%U %S %M",
    process.execPath,
    lmb,
    "report",
    input,
    "--out",
    out,
    "--force",
    "--quiet",
    "--jobs",
    String(JOBS),
  ],
  { stdio: ["ignore", "pipe", "pipe"] },
);
let stderr = "";
child.stderr.on("data", (b) => (stderr += b));
child.stdout.resume();
let peakTree = 0;
const timer = setInterval(() => {
  try {
    peakTree = Math.max(peakTree, treeRss(child.pid as number));
  } catch {}
}, 100);
const code: number = await new Promise((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
clearInterval(timer);
const seconds = (performance.now() - start) / 1000;
const [user, system, largest] = (stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number) as [
  number,
  number,
  number,
];
const results = JSON.parse(
  await import("node:fs/promises").then((fs) => fs.readFile(join(out, "results.json"), "utf8")),
);
process.stdout.write(
  `lmb report: ${FILES} files, ${(bytes / 1e9).toFixed(2)} GB, --jobs ${JOBS}: ${seconds.toFixed(1)} s (exit ${code}), ` +
    `CPU ${(user + system).toFixed(0)} s (all processes), ` +
    `${results.experiments.length} experiments, ${results.skipped.length} skipped; ` +
    `peak RSS: process tree ${(peakTree / 1024).toFixed(0)} MB, largest process ${(largest / 1024).toFixed(0)} MB\n`,
);
