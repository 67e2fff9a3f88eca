import type { DatasetSummary } from "@lmb/schemas";
import { formatTable } from "../../output/formatTable.js";

function formatNumber(value: number | null): string {
  if (value === null) return "—";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  return magnitude >= 1e-3 && magnitude < 1e6
    ? String(Number(value.toPrecision(6)))
    : value.toExponential(4);
}

/**
 * The human-readable `lmb read` summary: a key/value block, then one row per column with its
 * source name and unit and its range in customary units, then warnings.
 *
 * @example
 * io.stdout.write(formatSummary(summarizeDataset(dataset)));
 */
export function formatSummary(summary: DatasetSummary): string {
  const rows: string[][] = [
    ["format", `${summary.format}${summary.formatVersion ? ` (${summary.formatVersion})` : ""}`],
  ];
  if (summary.instrument) rows.push(["instrument", summary.instrument]);
  if (summary.technique) rows.push(["technique", summary.technique]);
  rows.push(["kind", summary.kind]);
  if (summary.startTime) rows.push(["start", summary.startTime]);
  rows.push(["points", String(summary.points)]);
  if (summary.duration)
    rows.push(["duration", `${formatNumber(summary.duration.value)} ${summary.duration.unit}`]);
  if (summary.area) rows.push(["area", `${formatNumber(summary.area.value)} ${summary.area.unit}`]);
  if (summary.activeMass)
    rows.push([
      "active mass",
      `${formatNumber(summary.activeMass.value)} ${summary.activeMass.unit}`,
    ]);
  if (summary.cycles !== undefined) rows.push(["cycles", String(summary.cycles)]);
  if (summary.halfCycles !== undefined) rows.push(["half cycles", String(summary.halfCycles)]);
  let text = formatTable(rows);
  text += "\ncolumns\n";
  text += formatTable(
    [
      ["column", "from", "unit", "min", "max", "missing"],
      ...summary.columns.map((c) => [
        c.key,
        c.sourceName +
          (c.sourceUnit && !c.sourceName.includes(c.sourceUnit) ? ` [${c.sourceUnit}]` : ""),
        c.unit,
        formatNumber(c.min),
        formatNumber(c.max),
        String(c.missing),
      ]),
    ],
    "  ",
  );
  if (summary.warnings.length > 0) {
    text += "\nwarnings\n";
    for (const w of summary.warnings) text += `  ${w.code}: ${w.message}\n`;
  }
  return text;
}
