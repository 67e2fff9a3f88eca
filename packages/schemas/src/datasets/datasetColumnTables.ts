import type { ColumnTable } from "./columnSpec.js";
import {
  CONDUCTIVITY_COLUMNS,
  CYCLING_COLUMNS,
  IMPEDANCE_COLUMNS,
  TRANSIENT_COLUMNS,
  VOLTAMMOGRAM_COLUMNS,
} from "./columnTables.js";
import type { DatasetKind } from "./datasetTypes.js";

/**
 * The column table of each dataset kind.
 *
 * @example
 * DATASET_COLUMNS.cycling.current.unit; // "A"
 */
export const DATASET_COLUMNS: Readonly<Record<DatasetKind, ColumnTable>> = {
  cycling: CYCLING_COLUMNS,
  impedance: IMPEDANCE_COLUMNS,
  voltammogram: VOLTAMMOGRAM_COLUMNS,
  transient: TRANSIENT_COLUMNS,
  conductivity: CONDUCTIVITY_COLUMNS,
};
