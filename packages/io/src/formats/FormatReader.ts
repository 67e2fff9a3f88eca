import type { Dataset, DatasetKind } from "@lmb/schemas";

/** A column mapping entry: which dataset column a file column becomes, and its unit if the header lacks one. */
export interface ColumnMapping {
  /** Dataset column key, e.g. `"current"`. */
  key: string;
  /** Unit of the file's values, e.g. `"mA"`; overrides the header's unit. */
  unit?: string;
}

/** Options every reader understands (readers ignore what does not apply to them). */
export interface ReadOptions {
  /** Force a format id (see `listFormats()`) instead of sniffing. */
  format?: string;
  /** The file name, a hint for sniffing and the dataset's `sourceFile`. */
  fileName?: string;
  /** Which kind of dataset to return when a file holds several (an .mpr with GCPL and EIS). */
  kind?: DatasetKind;
  /** File column name → dataset column, for headers lmb does not recognise. */
  mapping?: Record<string, ColumnMapping>;
  /** Electrode area in m², overriding the file's (needed to read current-density columns). */
  area?: number;
  /** Active mass in kg, overriding the file's (needed to read specific-capacity columns). */
  activeMass?: number;
  /** Refuse inputs larger than this many bytes. @default 2 GiB */
  maxBytes?: number;
}

/**
 * One file format lmb reads. `sniff` must be cheap (look at the first bytes and the name) and
 * never throw; `read` either returns a validated dataset or throws an `LmbError`
 * (`E_FORMAT`, `E_TRUNCATED`, `E_UNSUPPORTED_VERSION`, …) with the byte offset or line.
 *
 * @example
 * const reader: FormatReader = { id: "csv", title: "Delimited text", extensions: [".csv"], sniff, read };
 */
export interface FormatReader {
  /** Stable id, e.g. `"biologic-mpr"`. */
  readonly id: string;
  /** Human title, e.g. `"BioLogic EC-Lab binary (.mpr)"`. */
  readonly title: string;
  /** Extensions, lower case with the dot (a hint only). */
  readonly extensions: readonly string[];
  /** Dataset kinds this reader can return. */
  readonly kinds: readonly DatasetKind[];
  /** Confidence 0 (not this format) … 1 (certain) from the first bytes and the file name. */
  sniff(bytes: Uint8Array, fileName?: string): number;
  /** Decodes the whole file. */
  read(bytes: Uint8Array, options: ReadOptions): Dataset;
}
