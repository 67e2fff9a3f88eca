import type { BenchRow } from "./runBenchSuite.js";

function si(value: number): string {
  const units = ["", "k", "M", "G"];
  let v = value;
  let u = 0;
  while (Math.abs(v) >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toPrecision(3)} ${units[u]}`;
}

/** Renders benchmark rows as an aligned plain-text table. */
export function formatBenchTable(rows: BenchRow[]): string {
  const header = ["case", "median", "mean", "p99", "ops/s", "throughput", "samples"];
  const ms = (x: number) => (x < 1 ? `${(x * 1000).toPrecision(3)} µs` : `${x.toPrecision(4)} ms`);
  const body = rows.map((r) => [
    r.name,
    ms(r.medianMs),
    ms(r.meanMs),
    ms(r.p99Ms),
    si(r.opsPerSecond).trim(),
    r.itemsPerSecond === undefined ? "" : `${si(r.itemsPerSecond)}${r.itemName}/s`,
    String(r.samples),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (row[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
