import { LmbError } from "@lmb/errors";
import { DATASET_COLUMNS, type Dataset, type DatasetKind } from "@lmb/schemas";
import { parseUnit } from "@lmb/units";
import { type BuilderMetadata, DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { instrumentUnit } from "../headers/instrumentUnit.js";
import { decideImagSign } from "../impedance/imagSign.js";
import type { DelimitedTable } from "../text/delimitedTable.js";
import { assumedUnit } from "./defaultUnits.js";
import type { ColumnPlan, PlannedColumn } from "./planColumns.js";
import { missingColumns } from "./requiredColumns.js";

/** How {@link tableToDataset} builds a dataset. */
export interface TableDatasetOptions {
  /** Dataset kind to build. */
  kind: DatasetKind;
  /** Metadata known before the columns (format, instrument, start time …). */
  metadata: BuilderMetadata;
  /** The caller's read options (area, active mass, file name). */
  read: ReadOptions;
  /** Units to assume for columns whose header has none, by key. */
  assumedUnits?: Readonly<Record<string, string>>;
  /** The format is known to store signed Im(Z) in its imaginary column. */
  trustImagSign?: boolean;
}

function location(
  read: ReadOptions,
  line?: number,
): { location?: { source?: string; line?: number } } {
  if (read.fileName === undefined && line === undefined) return {};
  return {
    location: {
      ...(read.fileName === undefined ? {} : { source: read.fileName }),
      ...(line === undefined ? {} : { line }),
    },
  };
}

/**
 * The E_FORMAT error for a table whose required columns were not found: lists the missing
 * columns, the headers lmb did not recognise, and how to map them.
 *
 * @example
 * throw missingColumnsError("cycling", ["current"], ["Amps?"], { fileName: "x.csv" }, 1);
 */
export function missingColumnsError(
  kind: DatasetKind,
  missing: readonly string[],
  unrecognised: readonly string[],
  read: ReadOptions,
  headerLine?: number,
): LmbError {
  const listed = unrecognised.length === 0 ? "none" : unrecognised.map((h) => `"${h}"`).join(", ");
  const example = unrecognised[0] ?? "My Column";
  const firstMissing = (missing[0] ?? "time").split(" ")[0] as string;
  return new LmbError(
    "E_FORMAT",
    `no ${missing.join(", ")} column found for ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} dataset; unrecognised headers: ${listed}`,
    {
      ...location(read, headerLine),
      fix: `map the columns with the mapping option (file column → { key, unit }), e.g. mapping: { "${example}": { key: "${firstMissing}", unit: "…" } }; keys: ${Object.keys(DATASET_COLUMNS[kind]).join(", ")}`,
      details: { missing, unrecognised },
    },
  );
}

function needsError(column: PlannedColumn, read: ReadOptions, line?: number): LmbError {
  const area = column.per === "area";
  return new LmbError(
    area ? "E_NEEDS_AREA" : "E_NEEDS_MASS",
    `column "${column.header}" is a ${column.key} per ${area ? "electrode area" : "active mass"} (${column.unitText}); lmb needs the ${area ? "electrode area" : "active mass"} to turn it into ${column.key}`,
    {
      ...location(read, line),
      fix: area
        ? "pass --area (e.g. --area 1.13cm2), or options.area in m²"
        : "pass --mass (e.g. --mass 12mg), or options.activeMass in kg",
      details: { column: column.header },
    },
  );
}

/** Keeps rows where every column that must be finite has a value (and frequency > 0); returns the row indices. */
function keptRows(
  table: DelimitedTable,
  columns: readonly PlannedColumn[],
  kind: DatasetKind,
): Int32Array | undefined {
  const specs = DATASET_COLUMNS[kind];
  const checked = columns
    .filter((c) => specs[c.key]?.finite === true || specs[c.key]?.required === true)
    .map((c) => table.numbers[c.index] as Float64Array);
  // an impedance table's frequency-0 rows are the DC part of a combined export (Parstat)
  const f = kind === "impedance" ? columns.find((c) => c.key === "frequency") : undefined;
  const frequency = f === undefined ? undefined : table.numbers[f.index];
  // allocated at the first dropped row: most tables keep every row
  let keep: Int32Array | undefined;
  let n = 0;
  for (let r = 0; r < table.rowCount; r++) {
    let ok = true;
    // an index loop: `for…of` here allocated an iterator per row until optimized
    for (let c = 0; c < checked.length; c++) {
      const values = checked[c] as Float64Array;
      if (
        Number.isNaN(values[r] as number) ||
        (values === frequency && !((values[r] as number) > 0))
      ) {
        ok = false;
        break;
      }
    }
    if (ok) {
      if (keep !== undefined) keep[n] = r;
      n++;
    } else if (keep === undefined) {
      keep = new Int32Array(table.rowCount);
      for (let k = 0; k < r; k++) keep[k] = k;
    }
  }
  return keep?.subarray(0, n);
}

function pick(values: Float64Array, rows: Int32Array | undefined): Float64Array {
  if (rows === undefined) return values;
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i] as number] as number;
  return out;
}

/**
 * Builds a validated dataset from a parsed table and its column plan: checks the kind's required
 * columns (E_FORMAT listing unrecognised headers), turns per-area/per-mass columns into the
 * quantity with `read.area`/`read.activeMass` (E_NEEDS_AREA naming the column when absent),
 * drops rows without a value in a required column (warning `W_SKIPPED_ROWS`), assumes the
 * reader's units for unit-less headers (warning `W_ASSUMED_UNIT`) and decides the sign of an
 * imaginary-impedance column (see `decideImagSign`).
 *
 * The table is consumed: a numeric column that one dataset column reads becomes that column,
 * converted to SI in place rather than copied (a text file's peak memory is then its text plus
 * its columns), so read anything else from `table.numbers` before.
 *
 * @throws LmbError `E_FORMAT`, `E_NEEDS_AREA`, `E_NEEDS_MASS`, `E_UNIT_MISMATCH`, `E_DATASET`.
 * @example
 * const table = parseDelimitedTable(text);
 * tableToDataset(table, planColumns("cycling", table.headers), { kind: "cycling", metadata: { format: "csv" }, read: {} });
 */
export function tableToDataset(
  table: DelimitedTable,
  plan: ColumnPlan,
  options: TableDatasetOptions,
): Dataset {
  const { kind, read } = options;
  const keys = new Set(plan.columns.map((c) => c.key));
  const missing = missingColumns(kind, keys);
  if (missing.length > 0)
    throw missingColumnsError(
      kind,
      missing,
      plan.unrecognised,
      read,
      table.headerLine || undefined,
    );
  const builder = new DatasetBuilder(kind, options.metadata);
  const usable: PlannedColumn[] = [];
  for (const column of plan.columns) {
    const factor = column.per === "area" ? read.area : column.per === "mass" ? read.activeMass : 1;
    if (factor === undefined) {
      if (DATASET_COLUMNS[kind][column.key]?.required)
        throw needsError(column, read, table.headerLine || undefined);
      builder.warn(
        column.per === "area" ? "W_NEEDS_AREA" : "W_NEEDS_MASS",
        `skipped "${column.header}": ${needsError(column, read).problem}`,
      );
      continue;
    }
    usable.push(column);
  }
  if (kind === "transient" && !usable.some((c) => c.key === "current")) {
    const density = usable.find((c) => c.key === "currentDensity") as PlannedColumn;
    if (read.area === undefined)
      throw needsError(
        { ...density, key: "current", per: "area" },
        read,
        table.headerLine || undefined,
      );
    usable.push({ ...density, key: "current", per: "area" });
  }
  const rows = keptRows(table, usable, kind);
  if (rows !== undefined) {
    if (rows.length === 0) {
      throw new LmbError("E_FORMAT", "no data row has values in every required column", {
        ...location(read, table.firstDataLine),
        fix: "check the delimiter and decimal separator, or map the columns explicitly",
      });
    }
    builder.warn(
      "W_SKIPPED_ROWS",
      `skipped ${table.rowCount - rows.length} rows without a value in a required column`,
    );
  }
  // a table column only one dataset column reads is handed over (converted in place)
  const readers = new Map<number, number>();
  for (const column of usable) readers.set(column.index, (readers.get(column.index) ?? 0) + 1);
  for (const column of usable) {
    const owned = rows !== undefined || readers.get(column.index) === 1;
    addColumn(builder, table, column, rows, owned, options);
  }
  return builder.build() as Dataset;
}

function addColumn(
  builder: DatasetBuilder,
  table: DelimitedTable,
  column: PlannedColumn,
  rows: Int32Array | undefined,
  owned: boolean,
  options: TableDatasetOptions,
): void {
  const { kind, read } = options;
  let values = pick(table.numbers[column.index] as Float64Array, rows);
  let handOver = owned;
  let unitText = column.unitText;
  let sign = column.sign ?? 1;
  if (column.assumed) {
    unitText = assumedUnit(kind, column.key, options.assumedUnits);
    const si = DATASET_COLUMNS[kind][column.key]?.unit;
    if (si !== "1" && options.assumedUnits?.[column.key] === undefined) {
      builder.warn(
        "W_ASSUMED_UNIT",
        `column "${column.header}" has no unit; read as ${unitText} (state it with the mapping option)`,
      );
    }
  }
  if (column.per !== undefined) {
    const unit = instrumentUnit(unitText) ?? parseUnit(unitText);
    const factor = unit.factor * ((column.per === "area" ? read.area : read.activeMass) as number);
    if (owned) for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) * factor;
    else values = Float64Array.from(values, (v) => v * factor);
    handOver = true;
    unitText = DATASET_COLUMNS[kind][column.key]?.unit as string;
  }
  if (kind === "impedance" && column.key === "zImag" && column.sign === undefined) {
    const decision = decideImagSign(
      column.header.replace(/^column\d+$/, ""),
      values,
      options.trustImagSign,
    );
    sign = decision.sign;
    if (decision.warning) builder.warn("W_IMAG_SIGN", decision.warning);
  }
  builder.add(column.key, values, unitText === "" ? "1" : unitText, {
    sourceName: column.header,
    ...(sign === -1 ? { sign } : {}),
    inPlace: handOver,
  });
  if (column.per !== undefined) {
    const source = builder.sources.find((s) => s.key === column.key);
    if (source) source.sourceUnit = column.unitText;
  }
}
