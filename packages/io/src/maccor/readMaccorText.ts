import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { decodeText } from "../text/decodeText.js";
import { type DelimitedTable, parseDelimitedTable } from "../text/delimitedTable.js";
import { type MaccorColumns, maccorColumns } from "./maccorColumns.js";
import { maccorDateOrder, maccorIsoTime } from "./maccorDate.js";
import { type MaccorPreamble, parseMaccorPreamble } from "./maccorPreamble.js";
import { inferTimeScale, parseMaccorDuration } from "./maccorTime.js";

/** Lines searched for the `Rec`/`Rec#` header. */
const HEADER_SEARCH_LINES = 200;

/** True when a line is a Maccor table header: first field `Rec` or `Rec#`, with a cycle or step column. */
export function isMaccorHeader(line: string): boolean {
  return /^\s*Rec#?\s*[\t,;]/.test(line) && /[\t,;]\s*(Cyc#|Cycle [CP]|Step)\s*[\t,;]/i.test(line);
}

function findHeader(text: string, source: string | undefined): { line: number; lines: string[] } {
  const lines = text.split("\n", HEADER_SEARCH_LINES).map((l) => l.replace(/\r+$/, ""));
  const index = lines.findIndex(isMaccorHeader);
  if (index < 0) {
    throw new LmbError("E_FORMAT", "no Maccor table header (a line starting with Rec or Rec#)", {
      ...(source === undefined ? {} : { location: { source } }),
      fix: "export the test from Maccor with column headers, or read the file as generic CSV",
    });
  }
  return { line: index + 1, lines: lines.slice(0, index) };
}

function fail(message: string, table: DelimitedTable, row: number, source?: string): never {
  throw new LmbError("E_FORMAT", message, {
    location: {
      ...(source === undefined ? {} : { source }),
      line: table.firstDataLine + row,
    },
    fix: "check the row in the file; lmb reads Maccor times as seconds or `0d hh:mm:ss.ss`",
  });
}

/** A time column in seconds: clock text (`0d 00:01:00.00`) or plain numbers in the header's unit (or the unit the wall clock implies). */
function timeSeconds(
  table: DelimitedTable,
  column: { index: number; unit?: string },
  stamps: readonly string[] | undefined,
  builder: DatasetBuilder<"cycling">,
  source: string | undefined,
): { values: Float64Array; unit: string } {
  const texts = table.texts[column.index];
  const numbers = table.numbers[column.index] as Float64Array;
  if (texts !== undefined) {
    const values = new Float64Array(table.rowCount);
    for (let i = 0; i < values.length; i++) {
      const seconds = parseMaccorDuration(texts[i] ?? "", table.decimalComma);
      if (Number.isNaN(seconds)) {
        fail(`"${table.headers[column.index]}" is not a time: "${texts[i]}"`, table, i, source);
      }
      values[i] = seconds;
    }
    return { values, unit: "s" };
  }
  if (column.unit !== undefined) return { values: numbers, unit: column.unit };
  const scale = stamps === undefined ? 1 : inferTimeScale(numbers, stamps);
  if (stamps === undefined) {
    builder.warn(
      "W_ASSUMED_UNIT",
      `"${table.headers[column.index]}" names no unit and there is no DPt Time column to infer it; read as seconds`,
    );
  }
  return { values: numbers, unit: scale === 3600 ? "h" : scale === 60 ? "min" : "s" };
}

/** Current with Maccor's state letter applied: C (charge) → +|I|, D (discharge) → −|I|. */
function signedCurrent(
  current: Float64Array,
  states: readonly string[] | undefined,
): { values: Float64Array; magnitudeOnly: boolean } {
  if (states === undefined) return { values: current, magnitudeOnly: false };
  const values = new Float64Array(current.length);
  let magnitudeOnly = false;
  for (let i = 0; i < current.length; i++) {
    const value = current[i] as number;
    const state = (states[i] ?? "").trim().toUpperCase();
    if (state === "D") {
      if (value > 0) magnitudeOnly = true;
      values[i] = -Math.abs(value);
    } else if (state === "C") values[i] = Math.abs(value);
    else values[i] = value;
  }
  return { values, magnitudeOnly };
}

function medianMagnitude(values: Float64Array): number {
  const step = Math.max(1, Math.floor(values.length / 1000));
  const sample: number[] = [];
  for (let i = 0; i < values.length; i += step) {
    const v = Math.abs(values[i] as number);
    if (Number.isFinite(v)) sample.push(v);
  }
  sample.sort((a, b) => a - b);
  return sample[Math.floor(sample.length / 2)] ?? 0;
}

/** Splits Maccor's per-step capacity (always positive) by the state letter, as charge − discharge. */
function splitByState(
  values: Float64Array,
  states: readonly string[],
): { charge: Float64Array; discharge: Float64Array; signed: Float64Array } {
  const charge = new Float64Array(values.length);
  const discharge = new Float64Array(values.length);
  const signed = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const state = (states[i] ?? "").trim().toUpperCase();
    const v = Math.abs(values[i] as number);
    if (state === "C") charge[i] = v;
    else if (state === "D") discharge[i] = v;
    signed[i] = (charge[i] as number) - (discharge[i] as number);
  }
  return { charge, discharge, signed };
}

function metadataOf(
  preamble: MaccorPreamble,
  stamps: readonly string[] | undefined,
  options: ReadOptions,
): ConstructorParameters<typeof DatasetBuilder<"cycling">>[1] {
  const order = maccorDateOrder(stamps ?? (preamble.started ? [preamble.started] : []));
  const startText = stamps?.[0] ?? preamble.started;
  const startTime = startText === undefined ? undefined : maccorIsoTime(startText, order);
  const notes: Record<string, string> = { ...preamble.notes };
  if (stamps !== undefined) notes["date order"] = order;
  notes["capacity reset"] = "per step (Maccor Amp-hr/Watt-hr)";
  return {
    format: "maccor-txt",
    instrument: preamble.tester === undefined ? "Maccor" : `Maccor (${preamble.tester})`,
    ...(options.fileName === undefined ? {} : { sourceFile: options.fileName }),
    ...(startTime === undefined ? {} : { startTime }),
    ...(preamble.procedure === undefined ? {} : { technique: preamble.procedure }),
    ...(preamble.comments === undefined ? {} : { comments: preamble.comments }),
    ...(options.area === undefined ? {} : { area: options.area }),
    ...(options.activeMass === undefined ? {} : { activeMass: options.activeMass }),
    notes,
  };
}

function requireColumns(
  columns: MaccorColumns,
  headers: readonly string[],
  source: string | undefined,
): asserts columns is MaccorColumns &
  Required<Pick<MaccorColumns, "time" | "current" | "voltage">> {
  const missing = (["time", "current", "voltage"] as const).filter((k) => columns[k] === undefined);
  if (missing.length > 0) {
    throw new LmbError(
      "E_FORMAT",
      `Maccor table without ${missing.join(", ")} column(s); headers: ${headers.join(", ")}`,
      {
        ...(source === undefined ? {} : { location: { source } }),
        fix: "export TestTime, Amps and Volts, or read the file as generic CSV with a column mapping",
      },
    );
  }
}

/**
 * Drops the last row when the file ends inside it (time, voltage or current missing) — a file
 * copied while the test was running. Any other incomplete row is an error later.
 */
function dropTruncatedLastRow(
  table: DelimitedTable,
  columns: Required<Pick<MaccorColumns, "time" | "current" | "voltage">>,
): boolean {
  const last = table.rowCount - 1;
  if (last < 1) return false;
  const missing = [columns.time.index, columns.voltage.index, columns.current.index].some(
    (index) =>
      Number.isNaN(table.numbers[index]?.[last] ?? Number.NaN) &&
      (table.texts[index]?.[last] ?? "").trim() === "",
  );
  if (!missing) return false;
  table.rowCount = last;
  table.numbers = table.numbers.map((column) => column.subarray(0, last));
  table.texts = table.texts.map((column) => column?.slice(0, last));
  return true;
}

/**
 * Reads a Maccor text export (tab-separated, either header layout, see `maccorColumns`) into a
 * cycling dataset in SI. Handles a decimal comma, Windows-1252 and control bytes in the header
 * block, times written as seconds, as `0d hh:mm:ss.ss`, or as bare numbers whose unit (s, min
 * or h) is inferred from the `DPt Time` wall clock, and current written as a magnitude with the
 * sign in the `State`/`Md` letter (C = charge → positive, D = discharge → negative; recorded as
 * `currentSign: "magnitude-with-state"`). A `Volts` column whose values are clearly millivolts
 * (median above 100 V) is read as mV with a `W_UNIT_CORRECTED` warning. Capacity and energy
 * reset every step in Maccor files; `capacity` is charge − discharge of the step.
 *
 * @throws LmbError `E_FORMAT` with the line for a missing header, missing columns or bad times.
 * @example
 * const data = readMaccorText(bytes, { fileName: "maccor_002.txt" });
 * data.columns.current; // A, positive = charge
 */
export function readMaccorText(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const source = options.fileName;
  const { text } = decodeText(bytes);
  const header = findHeader(text, source);
  const headerText = text.split("\n", header.line)[header.line - 1] ?? "";
  const delimiter = headerText.includes("\t") ? "\t" : headerText.includes(";") ? ";" : ",";
  const table = parseDelimitedTable(text, {
    delimiter,
    headerLine: header.line,
    ...(source === undefined ? {} : { source }),
  });
  if (table.rowCount === 0) {
    throw new LmbError("E_TRUNCATED", "the Maccor table has a header but no data rows", {
      location: { ...(source === undefined ? {} : { source }), line: header.line },
      fix: "export the test again; the file ends after the header",
    });
  }
  const columns = maccorColumns(table.headers);
  requireColumns(columns, table.headers, source);
  const truncated = dropTruncatedLastRow(table, columns);
  const stamps = columns.stamp === undefined ? undefined : table.texts[columns.stamp];
  const states = columns.state === undefined ? undefined : table.texts[columns.state];
  const preamble = parseMaccorPreamble(header.lines);
  const b = new DatasetBuilder("cycling", metadataOf(preamble, stamps, options));
  if (truncated) {
    b.warn(
      "W_TRUNCATED",
      "the last row is cut short (the file ends mid-row, as when copied while the test ran); it was dropped",
      { line: table.firstDataLine + table.rowCount },
    );
  }

  const time = timeSeconds(table, columns.time, stamps, b, source);
  b.add("time", time.values, time.unit, { sourceName: table.headers[columns.time.index] ?? "" });
  if (columns.stepTime) {
    const stepTime = timeSeconds(table, columns.stepTime, stamps, b, source);
    b.add("stepTime", stepTime.values, stepTime.unit, {
      sourceName: table.headers[columns.stepTime.index] ?? "",
    });
  }

  let voltageUnit = columns.voltage.unit;
  const voltage = table.numbers[columns.voltage.index] as Float64Array;
  if (voltageUnit === "V" && medianMagnitude(voltage) > 100) {
    voltageUnit = "mV";
    b.warn(
      "W_UNIT_CORRECTED",
      `"${table.headers[columns.voltage.index]}" says volts but its values (median ${medianMagnitude(voltage).toFixed(0)}) are millivolts; read as mV`,
    );
  }
  b.add("voltage", voltage, voltageUnit, {
    sourceName: table.headers[columns.voltage.index] ?? "",
  });

  const current = signedCurrent(table.numbers[columns.current.index] as Float64Array, states);
  b.metadata.currentSign = current.magnitudeOnly ? "magnitude-with-state" : "positive-oxidation";
  b.add("current", current.values, columns.current.unit, {
    sourceName: table.headers[columns.current.index] ?? "",
  });

  for (const key of ["capacity", "energy"] as const) {
    const column = columns[key];
    if (column === undefined) continue;
    const values = table.numbers[column.index] as Float64Array;
    const sourceName = table.headers[column.index] ?? "";
    if (states === undefined) {
      b.add(key, values, column.unit, { sourceName });
      continue;
    }
    const split = splitByState(values, states);
    const prefix = key === "capacity" ? "Capacity" : "Energy";
    b.add(key, split.signed, column.unit, { sourceName: `${sourceName} (signed by state)` });
    b.add(`charge${prefix}`, split.charge, column.unit, { sourceName: `${sourceName} where C` });
    b.add(`discharge${prefix}`, split.discharge, column.unit, {
      sourceName: `${sourceName} where D`,
    });
  }
  if (columns.cycle !== undefined) {
    b.add("cycle", table.numbers[columns.cycle] as Float64Array, "1", {
      sourceName: table.headers[columns.cycle] ?? "",
    });
  }
  if (columns.step !== undefined) {
    b.add("step", table.numbers[columns.step] as Float64Array, "1", {
      sourceName: table.headers[columns.step] ?? "",
    });
  }
  if (columns.temperature !== undefined) {
    b.add(
      "temperature",
      table.numbers[columns.temperature.index] as Float64Array,
      columns.temperature.unit,
      {
        sourceName: table.headers[columns.temperature.index] ?? "",
      },
    );
  }
  return b.build();
}
