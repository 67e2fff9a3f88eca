import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { maccorDateOrder, maccorIsoTime } from "../maccor/maccorDate.js";
import { parseDuration } from "../neware/btsdaHeaders.js";
import { decodeText } from "../text/decodeText.js";
import { type DelimitedTable, parseDelimitedTable } from "../text/delimitedTable.js";

/** True when a line is the PEC data header (`Test,Cell,Rack,Shelf,Position,…`). */
export function isPecHeader(line: string): boolean {
  return /^\s*Test\s*[,;]\s*Cell\s*[,;]\s*Rack\s*[,;]\s*Shelf\s*[,;]\s*Position\b/i.test(line);
}

/** `Name:,value,…` lines above the table. */
function headerNotes(lines: readonly string[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const line of lines) {
    const m = /^\s*([^:,]+):\s*,(.*)$/.exec(line.replace(/\r$/, ""));
    if (!m) continue;
    const value = (m[2] as string).replace(/,+$/, "").trim();
    if (value !== "") notes[(m[1] as string).trim()] = value;
  }
  return notes;
}

/** `Voltage (mV)` → `["Voltage", "mV"]`; `Total Time (Hours in hh:mm:ss.xxx)` → `["Total Time", "hh:mm:ss"]`. */
function splitPecHeader(header: string): [string, string | undefined] {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(header.trim());
  if (!m) return [header.trim(), undefined];
  const unit = (m[2] as string).trim();
  if (/hh:mm:ss/i.test(unit)) return [m[1] as string, "hh:mm:ss"];
  if (/^seconds?$/i.test(unit)) return [m[1] as string, "s"];
  if (/^hours?$/i.test(unit)) return [m[1] as string, "h"];
  return [m[1] as string, unit];
}

/** PEC column names → dataset keys. */
const KEYS: Readonly<Record<string, string>> = {
  "total time": "time",
  "step time": "stepTime",
  voltage: "voltage",
  current: "current",
  "charge capacity": "chargeCapacity",
  "discharge capacity": "dischargeCapacity",
  "charge energy": "chargeEnergy",
  "discharge energy": "dischargeEnergy",
  cycle: "cycle",
  step: "step",
  temp: "temperature",
};

function durationColumn(table: DelimitedTable, index: number, source?: string): Float64Array {
  const texts = table.texts[index];
  if (texts === undefined) return table.numbers[index] as Float64Array;
  const out = new Float64Array(table.rowCount);
  for (let i = 0; i < out.length; i++) {
    const seconds = parseDuration(texts[i] ?? "");
    if (Number.isNaN(seconds)) {
      throw new LmbError("E_FORMAT", `"${table.headers[index]}" is not a duration: "${texts[i]}"`, {
        location: { ...(source === undefined ? {} : { source }), line: table.firstDataLine + i },
        fix: "PEC durations are hh:mm:ss.xxx (hours may exceed 24); check the row",
      });
    }
    out[i] = seconds;
  }
  return out;
}

/**
 * Reads a PEC (SBT/ACT tester) CSV export: a `Key:,value` header block (`Start Time`,
 * `TestRegime Name`, `Chemistry`, …), then `Test, Cell, Rack, Shelf, Position, Cell ID, Step,
 * Instruction Name, Cycle, Total Time (Hours in hh:mm:ss.xxx), …, Step Time (Seconds), …,
 * Voltage (V|mV), Current (A|mA), Charge/Discharge Capacity (mAh|Ah), Charge/Discharge Energy
 * (mWh|Wh), …, Temp (°C)`; units are taken from each header. PEC signs current positive for
 * charge. An optional `#…` results block after the data is ignored. Capacity is charge −
 * discharge as PEC accumulates them.
 *
 * @throws LmbError `E_FORMAT` without the `Test,Cell,Rack,…` header or its time/voltage/current.
 * @example
 * readPecCsv(bytes, { fileName: "Test25195.csv" }).columns.voltage;
 */
export function readPecCsv(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const source = options.fileName;
  const decoded = decodeText(bytes).text;
  const lines = decoded.split("\n", 500);
  const headerIndex = lines.findIndex(isPecHeader);
  if (headerIndex < 0) {
    throw new LmbError("E_FORMAT", "no PEC data header (Test,Cell,Rack,Shelf,Position,…)", {
      ...(source === undefined ? {} : { location: { source } }),
      fix: "export the test's data from the PEC software, or read the file as generic CSV",
    });
  }
  const results = decoded.search(/\n#/);
  const text = results > 0 ? decoded.slice(0, results + 1) : decoded;
  const table = parseDelimitedTable(text, {
    delimiter: lines[headerIndex]?.includes(";") ? ";" : ",",
    headerLine: headerIndex + 1,
    ...(source === undefined ? {} : { source }),
  });
  const notes = headerNotes(lines.slice(0, headerIndex));
  const stamps = [notes["Start Time"] ?? ""];
  const startTime =
    notes["Start Time"] === undefined
      ? undefined
      : maccorIsoTime(notes["Start Time"], maccorDateOrder(stamps));
  const b = new DatasetBuilder("cycling", {
    format: "pec-csv",
    instrument: "PEC",
    currentSign: "positive-oxidation",
    ...(source === undefined ? {} : { sourceFile: source }),
    ...(startTime === undefined ? {} : { startTime }),
    ...(notes["TestRegime Name"] === undefined ? {} : { technique: notes["TestRegime Name"] }),
    ...(notes["Test Description"] === undefined ? {} : { comments: notes["Test Description"] }),
    ...(options.area === undefined ? {} : { area: options.area }),
    ...(options.activeMass === undefined ? {} : { activeMass: options.activeMass }),
    notes,
  });
  const found = new Map<string, number>();
  table.headers.forEach((header, index) => {
    const [name, unit] = splitPecHeader(header);
    const key = KEYS[name.toLowerCase()];
    if (key === undefined || found.has(key)) return;
    found.set(key, index);
    const values =
      unit === "hh:mm:ss"
        ? durationColumn(table, index, source)
        : (table.numbers[index] as Float64Array);
    const unitText =
      unit === "hh:mm:ss" ? "s" : (unit ?? (key === "cycle" || key === "step" ? "1" : ""));
    b.add(key, values, unitText, { sourceName: header });
  });
  const missing = ["time", "voltage", "current"].filter((k) => !found.has(k));
  if (missing.length > 0 || table.rowCount === 0) {
    throw new LmbError(
      "E_FORMAT",
      `PEC table without ${missing.length > 0 ? missing.join(", ") : "rows"}; headers: ${table.headers.join(", ")}`,
      {
        location: { ...(source === undefined ? {} : { source }), line: headerIndex + 1 },
        fix: "export Total Time, Voltage and Current, or read the table as generic CSV with a mapping",
      },
    );
  }
  const charge = b.columns.chargeCapacity;
  const discharge = b.columns.dischargeCapacity;
  if (charge !== undefined && discharge !== undefined) {
    b.add(
      "capacity",
      charge.map((q, i) => q - (discharge[i] as number)),
      "C",
      { sourceName: "Charge Capacity − Discharge Capacity" },
    );
  }
  return b.build();
}
