import { writeFileSync } from "node:fs";
import { Bench } from "tinybench";
import { formatBenchTable } from "./formatBenchTable.js";

/** One thing to time. `items` is how many units of work one call does (points, unknowns…). */
export interface BenchCase {
  name: string;
  fn: () => unknown;
  /** Units of work per call, for a throughput column (e.g. points per call). */
  items?: number;
  /** Name of one unit of work, e.g. "points". @default "items" */
  itemName?: string;
}

/** One row of the printed table and of the JSON file. Times in milliseconds. */
export interface BenchRow {
  name: string;
  samples: number;
  medianMs: number;
  meanMs: number;
  p99Ms: number;
  opsPerSecond: number;
  itemsPerSecond?: number;
  itemName?: string;
}

export interface BenchSuiteOptions {
  /** Minimum time per case in ms. @default 500 */
  time?: number;
  /** Warm-up time per case in ms. @default 100 */
  warmupTime?: number;
  /** Write rows as JSON here; also taken from `--json <file>` on the command line. */
  jsonPath?: string;
}

function jsonPathFromArgv(): string | undefined {
  const at = process.argv.indexOf("--json");
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/**
 * Times each case with tinybench, prints a table (median, mean, p99, ops/s, throughput)
 * and optionally writes the rows as JSON for the package README and notes.
 *
 * @example
 * await runBenchSuite("numerics", [{ name: "sum 1e6", fn: () => sum(x), items: 1e6, itemName: "points" }]);
 */
export async function runBenchSuite(
  suite: string,
  cases: BenchCase[],
  { time = 500, warmupTime = 100, jsonPath = jsonPathFromArgv() }: BenchSuiteOptions = {},
): Promise<BenchRow[]> {
  const bench = new Bench({ name: suite, time, warmupTime, warmup: true });
  for (const c of cases) bench.add(c.name, c.fn);
  await bench.run();
  const rows: BenchRow[] = bench.tasks.map((task, i) => {
    const c = cases[i] as BenchCase;
    const result = task.result;
    if (result?.state !== "completed") {
      throw new Error(`benchmark "${c.name}" did not complete (${result?.state ?? "no result"})`);
    }
    const medianMs = result.latency.p50 ?? result.latency.mean;
    const row: BenchRow = {
      name: c.name,
      samples: result.latency.samplesCount,
      medianMs,
      meanMs: result.latency.mean,
      p99Ms: result.latency.p99 ?? result.latency.max,
      opsPerSecond: 1000 / medianMs,
    };
    if (c.items !== undefined) {
      row.itemsPerSecond = (c.items * 1000) / medianMs;
      row.itemName = c.itemName ?? "items";
    }
    return row;
  });
  console.log(`\n${suite}\n${formatBenchTable(rows)}`);
  if (jsonPath)
    writeFileSync(jsonPath, `${JSON.stringify({ suite, node: process.version, rows }, null, 2)}\n`);
  return rows;
}
