import { DATASET_COLUMNS, type Dataset, type DatasetKind } from "@lmb/schemas";
import type { BuilderMetadata } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import type { DelimitedTable } from "../text/delimitedTable.js";
import { type HeaderResolver, planColumns } from "./planColumns.js";
import { readTextTable } from "./readTextTable.js";
import { missingColumns } from "./requiredColumns.js";
import { missingColumnsError, tableToDataset } from "./tableDataset.js";

/** Options of {@link tableToDatasetOfKind}. */
export interface GenericTableOptions {
  /** Format id recorded in the metadata. @default "csv" */
  format?: string;
  /** Extra metadata (instrument, start time, notes). */
  metadata?: Partial<BuilderMetadata>;
  /** Units to assume for unit-less headers, by key. */
  assumedUnits?: Readonly<Record<string, string>>;
  /** Reader-specific header resolver tried first. */
  resolver?: HeaderResolver;
  /** Kinds to try, in order, when `options.kind` is absent. @default ["impedance", "cycling"] */
  kinds?: readonly DatasetKind[];
  /** The format stores signed Im(Z). */
  trustImagSign?: boolean;
}

/**
 * Builds a dataset from a parsed table: of `options.kind` when given, else of the kind a first
 * `# lmb kind: …` line states (written by `toCsv`), otherwise of the first
 * kind (impedance — frequency, Z′, Z″ — then cycling) whose required columns the headers supply.
 *
 * @throws LmbError `E_FORMAT` naming the missing columns and the unrecognised headers (for the
 * first kind tried), `E_NEEDS_AREA`, `E_DATASET`.
 * @example
 * tableToDatasetOfKind(table, { fileName: "cv.csv", kind: "voltammogram" });
 */
export function tableToDatasetOfKind(
  table: DelimitedTable,
  options: ReadOptions,
  generic: GenericTableOptions = {},
  encoding?: string,
): Dataset {
  const stated =
    /^#\s*lmb kind:\s*(cycling|impedance|voltammogram|transient|conductivity)\s*$/.exec(
      table.preamble[0] ?? "",
    );
  let kinds: readonly DatasetKind[] = options.kind
    ? [options.kind]
    : stated
      ? [stated[1] as DatasetKind]
      : (generic.kinds ?? ["impedance", "cycling"]);
  // a mapping to keys a kind lacks rules that kind out (when the kind was inferred)
  const mapped = Object.values(options.mapping ?? {}).map((m) => m.key.replace(/^-/, ""));
  const fitting = kinds.filter((k) => mapped.every((key) => DATASET_COLUMNS[k][key] !== undefined));
  if (fitting.length > 0 && fitting.length < kinds.length) kinds = fitting;
  const plans = kinds.map((kind) =>
    planColumns(kind, table.headers, options.mapping, generic.resolver),
  );
  let chosen = plans.findIndex(
    (plan, i) =>
      missingColumns(kinds[i] as DatasetKind, new Set(plan.columns.map((c) => c.key))).length === 0,
  );
  if (chosen < 0) {
    // report against cycling data, the usual intent, when the kind was not given
    chosen = Math.max(0, kinds.indexOf("cycling"));
    const kind = kinds[chosen] as DatasetKind;
    const plan = plans[chosen] as (typeof plans)[number];
    const missing = missingColumns(kind, new Set(plan.columns.map((c) => c.key)));
    // a required column that only exists per area/mass fails with E_NEEDS_AREA, not E_FORMAT
    if (
      missing.length > 0 &&
      !(kind === "transient" && plan.columns.some((c) => c.key === "currentDensity"))
    )
      throw missingColumnsError(
        kind,
        missing,
        plan.unrecognised,
        options,
        table.headerLine || undefined,
      );
  }
  const kind = kinds[chosen] as DatasetKind;
  const metadata: BuilderMetadata = {
    format: generic.format ?? "csv",
    ...(encoding === undefined ? {} : { formatVersion: encoding }),
    ...(options.fileName === undefined ? {} : { sourceFile: options.fileName }),
    ...(kind === "cycling" ? { currentSign: "positive-oxidation" as const } : {}),
    ...generic.metadata,
  };
  return tableToDataset(table, plans[chosen] as (typeof plans)[number], {
    kind,
    metadata,
    read: options,
    ...(generic.assumedUnits === undefined ? {} : { assumedUnits: generic.assumedUnits }),
    ...(generic.trustImagSign === undefined ? {} : { trustImagSign: generic.trustImagSign }),
  });
}

/**
 * Reads a generic delimited text file (CSV, TSV, semicolon; decimal point or comma; UTF-8 or
 * Windows-1252) whose headers name quantities with units — `Voltage (V)`, `Current/mA`,
 * `Test Time / h`, `I (mA/cm2)`, `current_A` — into a dataset. A current density needs
 * `options.area`; `options.mapping` maps any other header; `options.kind` asks for a
 * voltammogram (potential, current), transient (time, current) or conductivity series
 * (temperature with conductivity or resistance) instead of cycling data.
 *
 * @throws LmbError `E_FORMAT` (no table; required columns not found — lists the unrecognised
 * headers and how to map them), `E_NEEDS_AREA`, `E_UNIT_MISMATCH`, `E_DATASET`.
 * @example
 * const data = readGenericCsv(bytes, { fileName: "cell.csv", area: 1.13e-4 });
 */
export function readGenericCsv(
  bytes: Uint8Array,
  options: ReadOptions = {},
  generic: GenericTableOptions = {},
): Dataset {
  const { table, encoding } = readTextTable(bytes, options);
  return tableToDatasetOfKind(table, options, generic, encoding);
}
