import { LmbError } from "@lmb/errors";
import type { Dataset, DatasetKind } from "@lmb/schemas";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import {
  BIOLOGIC_NAME_MAP,
  type BiologicKind,
  findBiologicColumn,
  splitBiologicHeader,
} from "./biologicColumnNames.js";
import type { BiologicColumn, BiologicRaw } from "./biologicRaw.js";
import { deriveCurrentFromCharge } from "./deriveCurrent.js";
import { repairTime } from "./repairTime.js";
import { defaultKindForTechnique } from "./techniques.js";

function isBiologicKind(kind: DatasetKind): kind is BiologicKind {
  return kind in BIOLOGIC_NAME_MAP;
}

/** Which dataset kind to build: the caller's, else the technique's, else what the columns hold. */
function chooseKind(raw: BiologicRaw, requested: DatasetKind | undefined, source?: string) {
  if (requested !== undefined) {
    if (isBiologicKind(requested)) return requested;
    throw new LmbError("E_FORMAT", `a BioLogic file cannot be read as ${requested} data`, {
      ...(source === undefined ? {} : { location: { source } }),
      fix: `ask for one of ${Object.keys(BIOLOGIC_NAME_MAP).join(", ")}`,
    });
  }
  const technique = raw.settings.technique;
  if (technique !== undefined) return defaultKindForTechnique(technique);
  const hasZ =
    findBiologicColumn(raw.columns, ["freq"]) !== undefined &&
    findBiologicColumn(raw.columns, ["Re(Z)", "|Z|"]) !== undefined;
  const hasBattery = findBiologicColumn(raw.columns, ["half cycle", "(Q-Qo)", "Ns"]) !== undefined;
  return hasZ && !hasBattery ? "impedance" : "cycling";
}

function subset(values: Float64Array, rows: Int32Array | undefined): Float64Array {
  if (rows === undefined) return values;
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i] as number] as number;
  return out;
}

/** Rows with a positive, finite frequency (impedance points inside a mixed MB/GEIS file). */
function impedanceRows(frequency: Float64Array): Int32Array {
  let count = 0;
  for (let i = 0; i < frequency.length; i++) if ((frequency[i] as number) > 0) count++;
  const rows = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < frequency.length; i++) {
    const f = frequency[i] as number;
    if (f > 0 && f < Number.POSITIVE_INFINITY) rows[k++] = i;
  }
  return k === count ? rows : rows.subarray(0, k);
}

/** True when every `mode` flag is 3 (rest/OCV), so no current flowed. */
function allRest(columns: readonly BiologicColumn[]): boolean {
  const mode = columns.find((c) => c.header === "mode");
  if (mode === undefined || mode.values.length === 0) return false;
  for (const m of mode.values) if ((m & 3) !== 3) return false;
  return true;
}

/**
 * Turns decoded BioLogic columns into a validated lmb dataset. The kind is `options.kind`, else
 * the technique's default (PEIS/GEIS → impedance, CV/CVA/LSV → voltammogram, CA → transient,
 * otherwise cycling). Columns are matched by EC-Lab quantity name ({@link BIOLOGIC_NAME_MAP};
 * `options.mapping` overrides by exact header) and converted to SI by the {@link DatasetBuilder}.
 *
 * Special rules, each recorded in `metadata.notes` or a warning:
 * - `Q charge/discharge` (signed, reset every half cycle) is split into `chargeCapacity` (its
 *   positive part) and `dischargeCapacity` (its negative part, as a magnitude) when the file has
 *   no separate `Q charge`/`Q discharge` columns.
 * - Impedance keeps rows with freq > 0 (a Modulo Bat file interleaves GEIS points);
 *   `zImag = −(−Im(Z))`, or `|Z|·sin(Phase(Z))` when only modulus and phase were recorded.
 * - A cycling file without a current column (OCV, or every point in rest mode) gets current 0
 *   with `W_CURRENT_ASSUMED_ZERO`.
 * - Time is made non-decreasing ({@link repairTime}).
 *
 * @throws LmbError `E_FORMAT` when a required quantity is missing; `E_DATASET` from validation.
 * @example
 * const data = buildBiologicDataset(decodeMpr(bytes, "run.mpr"), { fileName: "run.mpr" });
 */
export function buildBiologicDataset(raw: BiologicRaw, options: ReadOptions = {}): Dataset {
  const source = options.fileName;
  const kind = chooseKind(raw, options.kind, source);
  const s = raw.settings;
  const notes: Record<string, string | number | boolean> = { ...s.notes };
  if (s.electrodeMaterial !== undefined) notes.electrodeMaterial = s.electrodeMaterial;
  if (s.electrolyte !== undefined) notes.electrolyte = s.electrolyte;
  if (s.referenceElectrode !== undefined) notes.referenceElectrode = s.referenceElectrode;
  if (s.techniqueTitle !== undefined) notes.techniqueTitle = s.techniqueTitle;
  if (raw.loops.length > 0) notes.loops = raw.loops.join(",");
  const builder = new DatasetBuilder(kind, {
    format: raw.format,
    formatVersion: raw.formatVersion,
    currentSign: "positive-oxidation",
    ...(source === undefined ? {} : { sourceFile: source }),
    ...(s.instrument === undefined ? {} : { instrument: s.instrument }),
    ...(s.startTime === undefined ? {} : { startTime: s.startTime }),
    ...(s.technique === undefined ? {} : { technique: s.technique }),
    ...(s.area === undefined ? {} : { area: s.area }),
    ...(s.activeMass === undefined ? {} : { activeMass: s.activeMass }),
    ...(s.comments === undefined ? {} : { comments: s.comments }),
    notes,
  });
  for (const w of raw.warnings) {
    builder.warn(w.code, w.message, {
      ...(w.offset === undefined ? {} : { offset: w.offset }),
      ...(w.line === undefined ? {} : { line: w.line }),
    });
  }

  let rows: Int32Array | undefined;
  if (kind === "impedance") {
    const freq = findBiologicColumn(raw.columns, ["freq"]);
    if (freq === undefined) {
      throw new LmbError("E_FORMAT", "the file holds no impedance data (no freq/Hz column)", {
        ...(source === undefined ? {} : { location: { source } }),
        fix: "read it as cycling data, or choose the file of the PEIS/GEIS technique",
      });
    }
    rows = impedanceRows(freq.values);
    if (rows.length < freq.values.length) notes.impedanceRows = rows.length;
  }

  const used = new Set<string>();
  const table: Readonly<Record<string, readonly string[]>> = BIOLOGIC_NAME_MAP[kind];
  const explicit = new Map<string, { column: BiologicColumn; unit: string }>();
  for (const [header, mapping] of Object.entries(options.mapping ?? {})) {
    const column = raw.columns.find((c) => c.header.trim() === header.trim());
    if (column !== undefined) {
      explicit.set(mapping.key, {
        column,
        unit: mapping.unit ?? splitBiologicHeader(column.header).unit,
      });
    }
  }
  const picked: { key: string; column: BiologicColumn; unit: string; mapped: boolean }[] = [];
  for (const [key, names] of Object.entries(table)) {
    const mapped = explicit.get(key);
    const found = mapped ?? findBiologicColumn(raw.columns, names);
    if (found === undefined) continue;
    const column = "column" in found ? found.column : found;
    picked.push({ key, column, unit: found.unit, mapped: mapped !== undefined });
  }
  // A raw column is this read's own array: the builder converts it in place (no copy) when one
  // dataset column takes it and nothing reads it afterwards.
  const readers = new Map<string, number>();
  for (const { column } of picked)
    readers.set(column.header, (readers.get(column.header) ?? 0) + 1);
  const readLater = laterReads(raw.columns);
  for (const { key, column, unit, mapped } of picked) {
    const values = subset(column.values, rows);
    if (key === "time") {
      // Repaired in place: the raw columns are this read's own arrays.
      for (const w of repairTime(values)) builder.warn(w.code, w.message);
    }
    builder.add(key, values, unit, {
      sourceName: column.header,
      ...(key === "zImag" && !mapped ? { sign: -1 as const } : {}),
      inPlace:
        rows !== undefined || (readers.get(column.header) === 1 && !readLater.has(column.header)),
    });
    used.add(column.header);
  }
  for (const mapping of explicit.values()) used.add(mapping.column.header);

  if (kind === "cycling") completeCycling(builder, raw, used, notes);
  if (kind === "impedance" && !builder.has("zReal")) {
    const modulus = findBiologicColumn(raw.columns, ["|Z|"]);
    const phase = findBiologicColumn(raw.columns, ["Phase(Z)"]);
    if (modulus !== undefined && phase !== undefined) {
      const z = subset(modulus.values, rows);
      const phi = subset(phase.values, rows);
      const re = new Float64Array(z.length);
      const im = new Float64Array(z.length);
      const toRad = phase.unit === "rad" ? 1 : Math.PI / 180;
      for (let i = 0; i < z.length; i++) {
        const a = (phi[i] as number) * toRad;
        re[i] = (z[i] as number) * Math.cos(a);
        im[i] = (z[i] as number) * Math.sin(a);
      }
      builder.add("zReal", re, modulus.unit, {
        sourceName: `${modulus.header}·cos(Phase(Z))`,
        inPlace: true,
      });
      builder.add("zImag", im, modulus.unit, {
        sourceName: `${modulus.header}·sin(Phase(Z))`,
        inPlace: true,
      });
      used.add(modulus.header).add(phase.header);
    }
  }

  const unused = raw.columns.map((c) => c.header).filter((h) => !used.has(h));
  if (typeof notes.skippedColumns === "string") unused.push(notes.skippedColumns);
  delete notes.skippedColumns;
  if (unused.length > 0) notes.unmappedColumns = unused.join(", ");
  requireColumns(builder, raw, kind, source);
  return builder.build();
}

/**
 * Headers of the raw columns that are read after the dataset columns are added (to split
 * `Q charge/discharge`, derive the current, test for rest, rebuild Z from |Z| and phase): the
 * builder must not convert those in place.
 */
function laterReads(columns: readonly BiologicColumn[]): Set<string> {
  const later = new Set<string>(["mode"]);
  for (const names of [["Q charge/discharge"], ["dq", "dQ"], ["time"], ["|Z|"], ["Phase(Z)"]]) {
    const column = findBiologicColumn(columns, names);
    if (column !== undefined) later.add(column.header);
  }
  return later;
}

function completeCycling(
  builder: DatasetBuilder<BiologicKind>,
  raw: BiologicRaw,
  used: Set<string>,
  notes: Record<string, string | number | boolean>,
): void {
  const q = findBiologicColumn(raw.columns, ["Q charge/discharge"]);
  // nothing reads the raw column after this function unless a dataset column already holds it
  const qOwned = q !== undefined && !used.has(q.header);
  if (q !== undefined && !builder.has("chargeCapacity") && !builder.has("dischargeCapacity")) {
    const qv = q.values;
    const charge = new Float64Array(qv.length);
    const discharge = new Float64Array(qv.length);
    for (let i = 0; i < qv.length; i++) {
      const v = qv[i] as number;
      charge[i] = Math.max(v, 0);
      discharge[i] = v < 0 ? -v : 0;
    }
    builder.add("chargeCapacity", charge, q.unit, {
      sourceName: `${q.header} (positive part)`,
      inPlace: true,
    });
    builder.add("dischargeCapacity", discharge, q.unit, {
      sourceName: `${q.header} (negative part, magnitude)`,
      inPlace: true,
    });
    notes.capacityReset =
      "chargeCapacity/dischargeCapacity come from EC-Lab Q charge/discharge, which restarts at 0 every half cycle";
    used.add(q.header);
  }
  if (!builder.has("capacity") && q !== undefined) {
    builder.add("capacity", q.values, q.unit, { sourceName: q.header, inPlace: qOwned });
  }
  if (!builder.has("current") && builder.has("time")) {
    const technique = raw.settings.technique;
    const derived = deriveCurrentFromCharge(raw.columns);
    if (derived !== undefined && !allRest(raw.columns)) {
      builder.add("current", derived.values, "mA", {
        sourceName: derived.sourceName,
        inPlace: true,
      });
      builder.warn(
        "W_CURRENT_DERIVED",
        "the file stores no current column; current is the measured mean over each interval, dq·3600/Δt (0 in rest mode), as EC-Lab computes I/mA on export",
      );
    } else if (technique === "OCV" || technique === "WAIT" || allRest(raw.columns)) {
      builder.add("current", new Float64Array(raw.points), "A", { sourceName: "(none: rest)" });
      builder.warn(
        "W_CURRENT_ASSUMED_ZERO",
        "the file records no current; every point is at rest (OCV), so current is set to 0",
      );
    }
  }
}

function requireColumns(
  builder: DatasetBuilder<BiologicKind>,
  raw: BiologicRaw,
  kind: BiologicKind,
  source: string | undefined,
): void {
  const required: Record<BiologicKind, readonly string[]> = {
    cycling: ["time", "voltage", "current"],
    impedance: ["frequency", "zReal", "zImag"],
    voltammogram: ["potential", "current"],
    transient: ["time", "current"],
  };
  const missing = required[kind].filter((key) => !builder.has(key));
  if (missing.length === 0) return;
  throw new LmbError(
    "E_FORMAT",
    `the BioLogic file has no column for ${missing.join(", ")} of ${kind} data (columns: ${raw.columns.map((c) => c.header).join(", ") || "none"})`,
    {
      ...(source === undefined ? {} : { location: { source } }),
      fix: "map a column with the mapping option, or ask for another dataset kind",
    },
  );
}
