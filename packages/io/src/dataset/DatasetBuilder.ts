import { LmbError } from "@lmb/errors";
import {
  type ColumnSource,
  DATASET_COLUMNS,
  type Dataset,
  type DatasetKind,
  type DatasetMetadata,
  type ReaderWarning,
  validateDataset,
} from "@lmb/schemas";
import { dimensionsEqual, parseUnit, type Unit } from "@lmb/units";
import { repairTime } from "../biologic/repairTime.js";
import { instrumentUnit } from "../headers/instrumentUnit.js";

/**
 * The unit of a column given as text: the instrument spelling (`mA.h`, `?C`), unless that has
 * the wrong dimension and the plain unit has the right one — `C` is °C in a temperature header
 * but coulombs for a capacity.
 */
function columnUnit(text: string, target: Unit): Unit | undefined {
  const spelled = instrumentUnit(text);
  if (spelled !== undefined && dimensionsEqual(spelled.dimension, target.dimension)) return spelled;
  try {
    const plain = parseUnit(text.trim());
    if (dimensionsEqual(plain.dimension, target.dimension)) return plain;
  } catch {
    // fall through to the instrument reading, whose dimension error names the column
  }
  return spelled;
}

/** Metadata a reader knows before it adds columns (everything but `columns` and `warnings`). */
export type BuilderMetadata = Omit<DatasetMetadata, "columns" | "warnings">;

/** Options of {@link DatasetBuilder.add}. */
export interface AddColumnOptions {
  /** The column name in the file, for provenance. @default the key */
  sourceName?: string;
  /** Multiply every value by this after unit conversion (e.g. −1 to flip a sign convention). */
  sign?: 1 | -1;
  /**
   * The caller hands a `Float64Array` over: convert it to SI in place instead of into a copy
   * (halves the memory of a conversion). Only when nothing else reads the array afterwards.
   */
  inPlace?: boolean;
}

/**
 * Collects the columns a reader decoded, converts each to the SI unit its key requires (checking
 * the dimension), records where it came from, and produces a validated dataset. Every reader
 * ends with `builder.build()`, so no reader can return a dataset that breaks the schema's rules.
 *
 * @example
 * const b = new DatasetBuilder("cycling", { format: "csv", sourceFile: "cell.csv" });
 * b.add("time", hours, "h", { sourceName: "Test Time / h" });
 * b.add("voltage", volts, "V");
 * b.add("current", milliamps, "mA");
 * const data = b.build(); // CyclingData, SI columns
 */
export class DatasetBuilder<K extends DatasetKind = DatasetKind> {
  readonly kind: K;
  readonly metadata: BuilderMetadata;
  readonly columns: Record<string, Float64Array> = {};
  readonly sources: ColumnSource[] = [];
  readonly warnings: ReaderWarning[] = [];
  /** Extra top-level fields of some kinds (`scanRate`, `appliedPotential`, `thickness`). */
  readonly extras: Record<string, number> = {};

  constructor(kind: K, metadata: BuilderMetadata) {
    this.kind = kind;
    this.metadata = { ...metadata };
  }

  /** True when the dataset kind has a column `key`. */
  accepts(key: string): boolean {
    return DATASET_COLUMNS[this.kind][key] !== undefined;
  }

  /** True when column `key` was already added. */
  has(key: string): boolean {
    return this.columns[key] !== undefined;
  }

  /**
   * Adds a column given in `unit` (a `Unit`, or text as the file wrote it: `mA`, `mA.h`, `°C`),
   * converting to the key's SI unit. Values may be any array of numbers; NaN marks a missing
   * value. A `Float64Array` already in SI with factor 1 is stored without a copy, and so is one
   * handed over with `inPlace` (converted where it is).
   *
   * @throws LmbError `E_UNIT_MISMATCH` if the unit's dimension is not the key's; `E_FORMAT` for
   * an unknown unit text; `E_DATASET` (programming error) for an unknown key.
   */
  add(
    key: string,
    values: ArrayLike<number>,
    unit: Unit | string,
    options: AddColumnOptions = {},
  ): this {
    const spec = DATASET_COLUMNS[this.kind][key];
    if (spec === undefined) {
      throw new LmbError("E_DATASET", `a ${this.kind} dataset has no column "${key}"`, {
        fix: `use one of ${Object.keys(DATASET_COLUMNS[this.kind]).join(", ")}`,
      });
    }
    const unitText = typeof unit === "string" ? unit : unit.symbol;
    const target = parseUnit(spec.unit);
    const parsed = typeof unit === "string" ? columnUnit(unit, target) : unit;
    const sourceName = options.sourceName ?? key;
    if (parsed === undefined) {
      throw new LmbError(
        "E_FORMAT",
        `column "${sourceName}" has a unit lmb does not know: "${unitText}"`,
        {
          ...this.location(),
          fix: "map the column with an explicit unit (the mapping option)",
        },
      );
    }
    if (!dimensionsEqual(parsed.dimension, target.dimension)) {
      throw new LmbError(
        "E_UNIT_MISMATCH",
        `column "${sourceName}" is in ${parsed.symbol || "1"}, which cannot be a ${key} (${spec.unit})`,
        { ...this.location(), fix: `map "${sourceName}" to another column, or state its unit` },
      );
    }
    const factor = (parsed.factor / target.factor) * (options.sign ?? 1);
    const offset = parsed.offset - target.offset;
    let out: Float64Array;
    if (values instanceof Float64Array && factor === 1 && offset === 0) out = values;
    else if (values instanceof Float64Array && options.inPlace === true) {
      out = values;
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * factor + offset;
    } else {
      out = new Float64Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = (values[i] as number) * factor + offset;
    }
    this.columns[key] = out;
    const existing = this.sources.findIndex((s) => s.key === key);
    const source: ColumnSource = { key, unit: spec.unit, sourceName, sourceUnit: unitText };
    if (existing >= 0) this.sources[existing] = source;
    else this.sources.push(source);
    return this;
  }

  /** Records a warning (code `W_…`) the dataset will carry. */
  warn(code: `W_${string}`, message: string, where: { line?: number; offset?: number } = {}): this {
    this.warnings.push({ code, message, ...where });
    return this;
  }

  /** Sets a top-level numeric field of the kind (`scanRate` V s⁻¹, `appliedPotential` V, `thickness` m). */
  set(field: "scanRate" | "appliedPotential" | "thickness", value: number): this {
    this.extras[field] = value;
    return this;
  }

  /**
   * Assembles and validates the dataset. A cycling record whose clock goes back (an instrument
   * restart appended to the run, a merged export) is repaired first, as the BioLogic reader does
   * (`repairTime`): steps back by ≤ 1 s are clamped (`W_TIME_BACKWARDS`), larger ones shift the
   * later points so that time continues (`W_TIME_RESTART`, with the count and first index), so a
   * restart is reported and analysed across instead of refusing the file.
   *
   * @throws LmbError `E_DATASET` when a column breaks its rules (missing, NaN, time backwards in
   * a non-cycling dataset).
   */
  build(): Extract<Dataset, { kind: K }> {
    if (this.kind === "cycling") this.repairCyclingTime();
    const metadata: DatasetMetadata = {
      ...this.metadata,
      columns: this.sources,
      warnings: this.warnings,
    };
    const dataset = {
      kind: this.kind,
      columns: this.columns,
      ...this.extras,
      metadata,
    } as unknown as Extract<Dataset, { kind: K }>;
    return validateDataset(dataset);
  }

  /** Makes a cycling time column non-decreasing (on a copy, only when it steps back), with warnings. */
  private repairCyclingTime(): void {
    const time = this.columns.time;
    if (time === undefined) return;
    let back = false;
    for (let i = 1; i < time.length && !back; i++)
      back = (time[i] as number) < (time[i - 1] as number);
    if (!back) return;
    const repaired = Float64Array.from(time);
    for (const w of repairTime(repaired)) this.warn(w.code, w.message);
    this.columns.time = repaired;
  }

  private location(): { location?: { source: string } } {
    return this.metadata.sourceFile === undefined
      ? {}
      : { location: { source: this.metadata.sourceFile } };
  }
}
