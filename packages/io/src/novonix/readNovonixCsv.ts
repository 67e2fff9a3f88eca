import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { decodeText } from "../text/decodeText.js";
import { type DelimitedTable, parseDelimitedTable } from "../text/delimitedTable.js";

/**
 * Novonix `Step Type` codes (preparenovonix, BatLabLancaster): 0 open circuit, 1 CC charge,
 * 2 CC discharge, 7/8 CC and CV parts of a CC-CV charge, 9/10 of a CC-CV discharge.
 */
const DISCHARGE_CODES = new Set([2, 9, 10]);

/** The `[Summary]` block's `key: value` lines. */
function summaryNotes(lines: readonly string[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const line of lines) {
    const m = /^\s*([^:[\]]+):\s*(.*?)\s*$/.exec(line);
    if (m && (m[2] as string) !== "") notes[(m[1] as string).trim()] = m[2] as string;
  }
  return notes;
}

/** `2022-04-11 10:58:07 AM` → `2022-04-11T10:58:07`. */
function isoFromNovonix(text: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2}):(\d{2})\s*(AM|PM)?$/i.exec(text ?? "");
  if (!m) return undefined;
  let hours = Number(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem === "PM" && hours < 12) hours += 12;
  if (meridiem === "AM" && hours === 12) hours = 0;
  if (hours > 23) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${String(hours).padStart(2, "0")}:${m[5]}:${m[6]}`;
}

/** Some tools re-save Novonix files with every line quoted whole (`"a,b,c"`); unwrap those. */
function unwrapQuotedLines(text: string): string {
  return text.replace(/^"([^"\n]*)"(\r?)$/gm, "$1$2");
}

function positiveNumber(text: string | undefined): number | undefined {
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Column index by exact header (case-insensitive). */
function column(table: DelimitedTable, name: string): number {
  return table.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
}

function stepTypeIndex(table: DelimitedTable): number {
  return column(table, "Step Type");
}

/**
 * Reads a Novonix HPC CSV (`[Summary]` key/value block, `[Protocol]`, then `[Data]` with
 * `Date and Time, Cycle Number, Step Type, Run Time (h), Step Time (h), Current (A),
 * Potential (V), Capacity (Ah), Temperature (°C), …, Energy (Wh), …, Step Number`) into a
 * cycling dataset in SI. Novonix writes signed current (positive = charge); a file whose
 * currents are all non-negative but which has discharge step codes (2, 9, 10) is read as
 * magnitudes and signed by the code (`currentSign: "magnitude-with-state"`). Mass and area come
 * from the summary (`Mass (g)`, `Area (cm2)`; Novonix's defaults are 1 g and 1 cm², so check
 * them); `Started` gives the start time.
 *
 * @throws LmbError `E_FORMAT` without a `[Data]` section or the time/current/potential columns.
 * @example
 * readNovonixCsv(bytes, { fileName: "cell-CH01.csv" }).columns.voltage;
 */
export function readNovonixCsv(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const source = options.fileName;
  const text = unwrapQuotedLines(decodeText(bytes).text);
  const lines = text.split("\n", 5000);
  const dataAt = lines.findIndex((l) => l.trim() === "[Data]");
  if (dataAt < 0) {
    throw new LmbError("E_FORMAT", "no [Data] section in the Novonix file", {
      ...(source === undefined ? {} : { location: { source } }),
      fix: "export the full file from the Novonix software (it writes [Summary], [Protocol], [Data])",
    });
  }
  const summaryEnd = lines.findIndex((l) => l.trim() === "[End Summary]");
  const notes = summaryNotes(lines.slice(0, summaryEnd < 0 ? dataAt : summaryEnd));
  const table = parseDelimitedTable(text, {
    delimiter: ",",
    headerLine: dataAt + 2,
    ...(source === undefined ? {} : { source }),
  });
  const time = column(table, "Run Time (h)");
  const current = column(table, "Current (A)");
  const voltage = column(table, "Potential (V)");
  if (time < 0 || current < 0 || voltage < 0 || table.rowCount === 0) {
    throw new LmbError(
      "E_FORMAT",
      `Novonix [Data] without Run Time (h), Current (A) and Potential (V) rows; headers: ${table.headers.join(", ")}`,
      {
        location: { ...(source === undefined ? {} : { source }), line: dataAt + 2 },
        fix: "export the data columns, or read the table as generic CSV with a mapping",
      },
    );
  }
  const massGrams = positiveNumber(notes["Mass (g)"]);
  const areaCm2 = positiveNumber(notes["Area (cm2)"]);
  const area = options.area ?? (areaCm2 === undefined ? undefined : areaCm2 * 1e-4);
  const activeMass = options.activeMass ?? (massGrams === undefined ? undefined : massGrams * 1e-3);
  const startTime = isoFromNovonix(notes.Started);
  const b = new DatasetBuilder("cycling", {
    format: "novonix-csv",
    instrument: notes.Version === undefined ? "Novonix HPC" : `Novonix HPC ${notes.Version}`,
    ...(source === undefined ? {} : { sourceFile: source }),
    ...(startTime === undefined ? {} : { startTime }),
    ...(notes.Protocol === undefined ? {} : { technique: notes.Protocol }),
    ...(notes.Description === undefined ? {} : { comments: notes.Description }),
    ...(area === undefined ? {} : { area }),
    ...(activeMass === undefined ? {} : { activeMass }),
    notes: {
      ...notes,
      "capacity reset": "per step (Novonix Capacity (Ah))",
      ...(stepTypeIndex(table) < 0
        ? {}
        : {
            "step type codes":
              "0 rest, 1 CC charge, 2 CC discharge, 7/8 CC-CV charge, 9/10 CC-CV discharge",
          }),
    },
  });

  const numbers = (index: number) => table.numbers[index] as Float64Array;
  const stepType = stepTypeIndex(table);
  const amps = numbers(current);
  let signed = amps;
  let magnitudeOnly = false;
  if (stepType >= 0 && amps.every((i) => !(i < 0))) {
    const codes = numbers(stepType);
    if (codes.some((c) => DISCHARGE_CODES.has(c))) {
      magnitudeOnly = true;
      signed = amps.map((i, k) => (DISCHARGE_CODES.has(codes[k] as number) ? -i : i));
    }
  }
  b.metadata.currentSign = magnitudeOnly ? "magnitude-with-state" : "positive-oxidation";
  b.add("time", numbers(time), "h", { sourceName: "Run Time (h)" });
  b.add("voltage", numbers(voltage), "V", { sourceName: "Potential (V)" });
  b.add("current", signed, "A", { sourceName: "Current (A)" });
  const optional: [string, string, string][] = [
    ["stepTime", "Step Time (h)", "h"],
    ["capacity", "Capacity (Ah)", "Ah"],
    ["energy", "Energy (Wh)", "Wh"],
    ["temperature", "Temperature (°C)", "°C"],
    ["cycle", "Cycle Number", "1"],
    ["step", "Step Number", "1"],
  ];
  for (const [key, name, unit] of optional) {
    const index = column(table, name);
    if (index >= 0) b.add(key, numbers(index), unit, { sourceName: name });
  }
  return b.build();
}
