/**
 * How one column of a dataset kind is stored and checked. Values are always a `Float64Array`
 * in the coherent SI unit named by `unit`.
 *
 * @example
 * const time: ColumnSpec = { unit: "s", required: true, finite: true, order: "non-decreasing", description: "time since the start of the test" };
 */
export interface ColumnSpec {
  /** The SI unit the values are stored in (`"1"` for counters and dimensionless numbers). */
  readonly unit: string;
  /** The column must be present. */
  readonly required: boolean;
  /**
   * Every value must be finite. Optional columns that are not `finite` may hold `NaN` where the
   * instrument recorded nothing at that point (e.g. a temperature logged every tenth point);
   * the column's description says so.
   */
  readonly finite: boolean;
  /** Ordering every consecutive pair must satisfy, if any. */
  readonly order?: "non-decreasing" | "increasing";
  /** Values must be strictly positive (frequencies, absolute temperatures). */
  readonly positive?: boolean;
  /** One line for documentation, JSON Schema and `lmb read`. */
  readonly description: string;
}

/** The column table of one dataset kind, by canonical column key. */
export type ColumnTable = Readonly<Record<string, ColumnSpec>>;
