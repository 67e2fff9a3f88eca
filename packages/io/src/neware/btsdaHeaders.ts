import { splitHeader } from "../headers/splitHeader.js";

/** What a BTSDA export column holds. */
export interface BtsdaField {
  /** Target: a cycling column key, or a BTSDA-only field used while reading. */
  key:
    | "time"
    | "stepTime"
    | "voltage"
    | "current"
    | "capacity"
    | "chargeCapacity"
    | "dischargeCapacity"
    | "energy"
    | "chargeEnergy"
    | "dischargeEnergy"
    | "power"
    | "temperature"
    | "cycle"
    | "step"
    | "stepCount"
    | "stepType"
    | "date"
    | "index";
  /** Unit text as the header wrote it (`µA`, `mAs`, `°C`), `1` for counts, `s` for durations. */
  unit: string;
  /** How to read the cells: a number, an `hh:mm:ss` duration, text, or a date. */
  kind: "number" | "duration" | "text" | "date";
}

const NAMES: Readonly<Record<string, Pick<BtsdaField, "key" | "kind">>> = {
  datapoint: { key: "index", kind: "number" },
  "cycle index": { key: "cycle", kind: "number" },
  "step index": { key: "step", kind: "number" },
  "step number": { key: "stepCount", kind: "number" },
  "step type": { key: "stepType", kind: "text" },
  time: { key: "stepTime", kind: "duration" },
  "step time": { key: "stepTime", kind: "duration" },
  "total time": { key: "time", kind: "duration" },
  "cumulative time": { key: "time", kind: "duration" },
  current: { key: "current", kind: "number" },
  voltage: { key: "voltage", kind: "number" },
  capacity: { key: "capacity", kind: "number" },
  "chg. cap.": { key: "chargeCapacity", kind: "number" },
  "dchg. cap.": { key: "dischargeCapacity", kind: "number" },
  energy: { key: "energy", kind: "number" },
  "chg. energy": { key: "chargeEnergy", kind: "number" },
  "dchg. energy": { key: "dischargeEnergy", kind: "number" },
  power: { key: "power", kind: "number" },
  date: { key: "date", kind: "date" },
  realtime: { key: "date", kind: "date" },
};

/** `?`, `℃`, `°C`, `C` — the spellings BTSDA uses for degrees Celsius (cp1252 losses included). */
const CELSIUS = new Set(["?", "?C", "℃", "°C", "ºC", "C", "�", "�C"]);

/**
 * Maps a BTSDA export header to the field it holds, reading the unit from the header
 * (`Current(µA)`, `Voltage(mV)`, `Capacity(mAs)`, `Energy(mWs)`, `T1(?)`). BTSDA spells
 * "DChg"/"Dchg" inconsistently; names are compared case-insensitively. The first
 * temperature-like aux column (`T1`, `T1(?)`, `Temperature`) becomes `temperature`. Returns
 * `undefined` for columns lmb does not keep (specific capacities, dQ/dV, aux voltages, …).
 *
 * @example
 * btsdaField("Current(µA)"); // { key: "current", unit: "µA", kind: "number" }
 * btsdaField("Total Time"); // { key: "time", unit: "s", kind: "duration" }
 */
export function btsdaField(header: string): BtsdaField | undefined {
  const split = splitHeader(header);
  const name = split.name.trim().toLowerCase().replace(/\s+/g, " ");
  if (
    /^(t\d+|temperature|temp)$/.test(name) &&
    (split.unitText === "" || CELSIUS.has(split.unitText))
  ) {
    return { key: "temperature", unit: "°C", kind: "number" };
  }
  const known = NAMES[name];
  if (known === undefined) return undefined;
  if (known.kind === "duration") {
    return { ...known, unit: split.unitText === "" ? "s" : split.unitText };
  }
  if (known.kind !== "number" || ["index", "cycle", "step", "stepCount"].includes(known.key)) {
    return { ...known, unit: "1" };
  }
  if (split.unitText === "") return undefined;
  return { ...known, unit: split.unitText };
}

/**
 * Parses a BTSDA duration: `hh:mm:ss` or `hh:mm:ss.fff` (hours may exceed 24, e.g. `27:55:39`),
 * optionally prefixed by days (`1d 03:00:00`), or a plain number of seconds. NaN otherwise.
 *
 * @example
 * parseDuration("27:55:39"); // 100539
 */
export function parseDuration(text: string): number {
  const m = /^\s*(?:(\d+)\s*d\s*)?(\d+):(\d{1,2}):(\d{1,2}(?:\.\d*)?)\s*$/.exec(text);
  if (m === null) {
    const trimmed = text.trim();
    return trimmed === "" ? Number.NaN : Number(trimmed);
  }
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

/**
 * Parses a BTSDA date cell (`2022-05-18 16:27:52`, `2025-06-17 09:26:39.383`, or an Excel serial
 * day number) into an ISO 8601 local time without offset; `undefined` when it is not a date.
 *
 * @example
 * parseBtsdaDate("2022-05-18 16:27:52"); // "2022-05-18T16:27:52"
 */
export function parseBtsdaDate(cell: string | number | null): string | undefined {
  if (typeof cell === "number") {
    if (!(cell > 1 && cell < 2958466)) return undefined;
    return new Date(Math.round((cell - 25569) * 86400) * 1000).toISOString().slice(0, 19);
  }
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2}):(\d{2})/.exec(cell ?? "");
  if (m === null) return undefined;
  const pad = (s: string | undefined) => (s ?? "").padStart(2, "0");
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${m[5]}:${m[6]}`;
}
