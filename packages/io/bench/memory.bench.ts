import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mprFixture, syntheticCsv, syntheticMpr, syntheticMpt } from "./inputs.js";
import type { MemoryResult } from "./memoryChild.js";

const POINTS = 1_000_000;
const WARM_UP = 20_000;
const RUNS = 3;

/**
 * Peak memory of one read of the 1M-point `.mpr`, the 1M-row `.mpt` and the 1M-row CSV, each in
 * a fresh child process (see `memoryChild.ts`), as a ratio to the decoded columns' bytes
 * (target ≤ 2×). The input bytes are excluded; peak is the resident-set high-water mark. The
 * children run with glibc's `MALLOC_MMAP_THRESHOLD_` fixed, so large blocks are mapped and
 * unmapped rather than kept in malloc's free lists, and the resident set follows what is live.
 * Each read is measured twice: with V8's defaults, whose young generation (up to ~50 MB,
 * whatever the file size) fills with boxed numbers while hot loops wait to be optimized, and
 * with `--max-semi-space-size=1`, which leaves the memory the data itself needs.
 */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "lmb-io-memory-"));
  try {
    const fixture = mprFixture();
    const inputs: Record<string, (points: number) => Uint8Array> = {
      mpr: (n) => syntheticMpr(n, fixture),
      mpt: (n) => syntheticMpt(n, fixture),
      csv: (n) => syntheticCsv(n),
    };
    const child = fileURLToPath(new URL("memoryChild.ts", import.meta.url));
    const rows: string[][] = [];
    for (const [kind, make] of Object.entries(inputs)) {
      const file = join(dir, `big.${kind}`);
      const warmUp = join(dir, `small.${kind}`);
      writeFileSync(file, make(POINTS));
      writeFileSync(warmUp, make(WARM_UP));
      const measure = (flags: string[]) => {
        // the median of a few children: how long code runs unoptimized, leaving garbage in
        // the young generation, depends on the machine's load
        const runs = Array.from({ length: RUNS }, () => {
          const out = execFileSync(
            process.execPath,
            [...process.execArgv, "--expose-gc", ...flags, child, kind, file, warmUp],
            { encoding: "utf8", env: { ...process.env, MALLOC_MMAP_THRESHOLD_: "131072" } },
          );
          return JSON.parse(out.trim().split("\n").at(-1) as string) as MemoryResult;
        }).sort((a, b) => a.peakBytes - b.peakBytes);
        return runs[RUNS >> 1] as MemoryResult;
      };
      const r = measure([]);
      const capped = measure(["--max-semi-space-size=1"]);
      const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
      const ratio = (m: MemoryResult) => `${(m.peakBytes / m.columnBytes).toFixed(2)}×`;
      rows.push([
        `read .${kind}, 1M ${kind === "mpr" ? "points" : "rows"}`,
        mb(r.inputBytes),
        mb(r.columnBytes),
        mb(r.peakBytes),
        ratio(r),
        mb(capped.peakBytes),
        ratio(capped),
        mb(r.retainedBytes),
      ]);
      rmSync(file);
      rmSync(warmUp);
    }
    const header = [
      "case",
      "input",
      "columns",
      "peak",
      "peak/columns",
      "peak, young gen 1 MB",
      "/columns",
      "retained",
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i] as number))
        .join("  ")
        .trimEnd();
    console.log(
      `\n@lmb/io memory (peak RSS above the baseline during one read; input excluded)\n${[
        line(header),
        line(widths.map((w) => "-".repeat(w))),
        ...rows.map(line),
      ].join("\n")}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// run alone: node --conditions=@lmb/source --import tsx bench/memory.bench.ts
if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
