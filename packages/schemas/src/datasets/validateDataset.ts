import { LmbError } from "@lmb/errors";
import type { ColumnSpec } from "./columnSpec.js";
import { DATASET_COLUMNS } from "./datasetColumnTables.js";
import type { Dataset, DatasetKind } from "./datasetTypes.js";

function fail(
  problem: string,
  fix: string,
  source: string | undefined,
  details: Record<string, unknown>,
): never {
  throw new LmbError("E_DATASET", problem, {
    ...(source === undefined ? {} : { location: { source } }),
    fix,
    details,
  });
}

/** One pass over a column: finiteness, sign and order, reporting the first offending index. */
function checkColumn(
  key: string,
  spec: ColumnSpec,
  values: Float64Array,
  source: string | undefined,
): void {
  const { finite, positive, order } = spec;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) {
      if (finite)
        fail(
          `column "${key}" is NaN at index ${i}`,
          `remove or fill the missing ${key} values`,
          source,
          { column: key, index: i },
        );
      continue;
    }
    if (finite && (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY)) {
      fail(
        `column "${key}" is infinite at index ${i}`,
        `check the ${key} values in the file`,
        source,
        { column: key, index: i },
      );
    }
    if (positive && !(v > 0)) {
      fail(
        `column "${key}" must be positive but is ${v} at index ${i}`,
        `check the sign and unit of ${key}`,
        source,
        { column: key, index: i },
      );
    }
    if (order !== undefined && (order === "increasing" ? v <= previous : v < previous)) {
      fail(
        `column "${key}" must be ${order} but goes from ${previous} to ${v} at index ${i}`,
        `sort the records by ${key} or split the file where ${key} restarts`,
        source,
        { column: key, index: i },
      );
    }
    previous = v;
  }
}

/**
 * Checks a dataset in one pass per column, the way lmb checks every dataset a reader returns:
 * its kind is known; every required column is present; every column is a `Float64Array` of the
 * same length as the others; required-finite columns hold no NaN or ±∞; positive columns are
 * > 0; ordered columns (time) never go backwards; no unknown column keys.
 * Cost: O(points × columns), no allocation (per-element zod parsing would be ~100× slower).
 *
 * @param dataset - The dataset to check.
 * @returns The same dataset, typed.
 * @throws LmbError `E_DATASET` naming the column, the first bad index and the fix.
 * @example
 * validateDataset({ kind: "cycling", columns: { time, voltage, current }, metadata });
 */
export function validateDataset<D extends Dataset>(dataset: D): D {
  const source = dataset.metadata?.sourceFile;
  const table = DATASET_COLUMNS[dataset.kind as DatasetKind];
  if (table === undefined) {
    fail(
      `unknown dataset kind "${String(dataset.kind)}"`,
      `use one of ${Object.keys(DATASET_COLUMNS).join(", ")}`,
      source,
      {},
    );
  }
  const columns = dataset.columns as Record<string, unknown>;
  let length: number | undefined;
  let lengthKey = "";
  for (const key of Object.keys(columns)) {
    const values = columns[key];
    if (values === undefined) continue;
    const spec = table[key];
    if (spec === undefined) {
      fail(
        `unknown column "${key}" in a ${dataset.kind} dataset`,
        `use one of ${Object.keys(table).join(", ")}`,
        source,
        { column: key },
      );
    }
    if (!(values instanceof Float64Array)) {
      fail(
        `column "${key}" is not a Float64Array`,
        "store columns as Float64Array in SI units",
        source,
        { column: key },
      );
    }
    if (length === undefined) {
      length = values.length;
      lengthKey = key;
    } else if (values.length !== length) {
      fail(
        `column "${key}" has ${values.length} values but "${lengthKey}" has ${length}`,
        "give every column one value per record (NaN where an optional value is missing)",
        source,
        { column: key },
      );
    }
    checkColumn(key, spec, values, source);
  }
  for (const [key, spec] of Object.entries(table)) {
    if (spec.required && columns[key] === undefined) {
      fail(
        `a ${dataset.kind} dataset needs a "${key}" column`,
        `map a file column to ${key} (${spec.description})`,
        source,
        { column: key },
      );
    }
  }
  if (
    dataset.kind === "conductivity" &&
    columns.conductivity === undefined &&
    columns.resistance === undefined
  ) {
    fail(
      "a conductivity series needs a conductivity or a resistance column",
      "map a file column to conductivity or resistance",
      source,
      {},
    );
  }
  return dataset;
}
