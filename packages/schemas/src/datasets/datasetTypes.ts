import type {
  CONDUCTIVITY_COLUMNS,
  CYCLING_COLUMNS,
  IMPEDANCE_COLUMNS,
  TRANSIENT_COLUMNS,
  VOLTAMMOGRAM_COLUMNS,
} from "./columnTables.js";
import type { DatasetMetadata } from "./datasetMetadataSchema.js";

type RequiredKeys<T> = { [K in keyof T]: T[K] extends { required: true } ? K : never }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;

/** The columns object of a dataset kind: required keys present, others optional, all Float64Array. */
export type ColumnsOf<T> = { [K in RequiredKeys<T>]: Float64Array } & {
  [K in OptionalKeys<T>]?: Float64Array;
};

/**
 * A cycling record: columns of `Float64Array` in SI (see `CYCLING_COLUMNS`), current positive
 * for oxidation at the working electrode.
 *
 * @example
 * const data: CyclingData = { kind: "cycling", columns: { time, voltage, current }, metadata };
 */
export interface CyclingData {
  readonly kind: "cycling";
  readonly columns: ColumnsOf<typeof CYCLING_COLUMNS>;
  readonly metadata: DatasetMetadata;
}

/** An impedance spectrum (see `IMPEDANCE_COLUMNS`); `zImag` is Im(Z), negative when capacitive. */
export interface ImpedanceSpectrum {
  readonly kind: "impedance";
  readonly columns: ColumnsOf<typeof IMPEDANCE_COLUMNS>;
  readonly metadata: DatasetMetadata;
}

/** A voltammogram (see `VOLTAMMOGRAM_COLUMNS`) with its scan rate in V s⁻¹ when known. */
export interface Voltammogram {
  readonly kind: "voltammogram";
  readonly columns: ColumnsOf<typeof VOLTAMMOGRAM_COLUMNS>;
  /** Scan rate in V s⁻¹ (positive). */
  readonly scanRate?: number;
  readonly metadata: DatasetMetadata;
}

/** A chronoamperometric transient (see `TRANSIENT_COLUMNS`) at an applied potential in V. */
export interface CurrentTransient {
  readonly kind: "transient";
  readonly columns: ColumnsOf<typeof TRANSIENT_COLUMNS>;
  /** Applied (step) potential in V, when known. */
  readonly appliedPotential?: number;
  readonly metadata: DatasetMetadata;
}

/** Conductivity or resistance against temperature (see `CONDUCTIVITY_COLUMNS`). */
export interface ConductivitySeries {
  readonly kind: "conductivity";
  readonly columns: ColumnsOf<typeof CONDUCTIVITY_COLUMNS>;
  /** Sample thickness in m (to turn resistance into conductivity). */
  readonly thickness?: number;
  readonly metadata: DatasetMetadata;
}

/** Any dataset lmb reads, discriminated by `kind`. */
export type Dataset =
  | CyclingData
  | ImpedanceSpectrum
  | Voltammogram
  | CurrentTransient
  | ConductivitySeries;

/** The dataset kinds, as their `kind` strings. */
export type DatasetKind = Dataset["kind"];
