/** One decoded column of a BioLogic file, before mapping to a dataset column. */
export interface BiologicColumn {
  /** Header as EC-Lab writes it (`"Ewe/V"`, `"Q charge/discharge/mA.h"`, `"mode"`). */
  header: string;
  /**
   * Values, in the file's unit (`mA`, `mA.h`, …); NaN where a text cell was empty. `.mpr`
   * columns decode on first access.
   */
  readonly values: Float64Array;
  /** `.mpr` column ID, when read from a binary file. */
  id?: number;
}

/** A warning a BioLogic decoder collected (becomes a dataset warning). */
export interface BiologicWarning {
  code: `W_${string}`;
  message: string;
  offset?: number;
  line?: number;
}

/** What the `.mpr` settings module or the `.mpt` header says about the experiment. */
export interface BiologicSettings {
  /** Short technique name (`GCPL`, `MB`, `PEIS`, `CA`, …). */
  technique?: string;
  /** Technique code byte (`.mpr`) or title (`.mpt`). */
  techniqueCode?: number;
  techniqueTitle?: string;
  comments?: string;
  electrodeMaterial?: string;
  electrolyte?: string;
  referenceElectrode?: string;
  /** Electrode surface area, m² (absent when EC-Lab's 0.001 cm² placeholder was left). */
  area?: number;
  /** Characteristic (active) mass, kg (absent when EC-Lab's 0.001 placeholder was left). */
  activeMass?: number;
  /** Battery capacity as written, with unit text (`"6.5 mA.h"`). */
  batteryCapacity?: string;
  /** Start of acquisition, local ISO 8601. */
  startTime?: string;
  /** Instrument and software, e.g. `"BioLogic SP-200, EC-Lab 11.33"`. */
  instrument?: string;
  /** Other key/value facts (device, channel, loop count, file name). */
  notes: Record<string, string | number | boolean>;
}

/** A BioLogic file decoded to raw columns plus its settings (`.mpr` or `.mpt`). */
export interface BiologicRaw {
  /** `"biologic-mpr"` or `"biologic-mpt"`. */
  format: string;
  /** E.g. `"data module 3"`, `"data module 11 (EC-Lab ≥ 11.50)"`, `"EC-Lab ASCII"`. */
  formatVersion: string;
  columns: BiologicColumn[];
  /** Number of records. */
  points: number;
  settings: BiologicSettings;
  /** Loop start indices (`VMP loop` module or `Loop N from point number a to b` lines). */
  loops: number[];
  warnings: BiologicWarning[];
}
