import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { gunzipSync } from "fflate";
import type MDBReader from "mdb-reader";
import { oleDateToIso } from "../biologic/biologicDates.js";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { registeredMdbReader } from "./mdbReaderRegistry.js";

/** Channel_Normal_Table columns → dataset columns and their units (Arbin MITS Pro stores SI-ish: s, A, V, Ah, Wh). */
const COLUMNS: readonly (readonly [string, string, string])[] = [
  ["Test_Time", "time", "s"],
  ["Voltage", "voltage", "V"],
  ["Current", "current", "A"],
  ["Step_Time", "stepTime", "s"],
  ["Charge_Capacity", "chargeCapacity", "A h"],
  ["Discharge_Capacity", "dischargeCapacity", "A h"],
  ["Charge_Energy", "chargeEnergy", "W h"],
  ["Discharge_Energy", "dischargeEnergy", "W h"],
  ["Step_Index", "step", "1"],
  ["Cycle_Index", "cycle", "1"],
];

/** True when `bytes` start with the gzip magic (a `.res.gz` as the BDF project ships them). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function openDatabase(bytes: Uint8Array, source: string): MDBReader {
  const BufferCtor = (globalThis as { Buffer?: { from(b: Uint8Array): Uint8Array } }).Buffer;
  const Reader = registeredMdbReader();
  if (Reader === undefined) {
    throw new LmbError("E_UNSUPPORTED", "reading an Arbin .res database needs @lmb/io/node", {
      location: { source },
      fix: "use readFile from @lmb/io/node (or call its enableNodeReaders() once) in Node.js; in a browser, export CSV/XLSX from MITS Pro",
    });
  }
  if (BufferCtor === undefined) {
    throw new LmbError("E_UNSUPPORTED", "reading an Arbin .res database needs Node.js (Buffer)", {
      location: { source },
      fix: "read the file with the lmb CLI or @lmb/io/node, or export CSV/XLSX from MITS Pro",
    });
  }
  try {
    return new Reader(BufferCtor.from(bytes) as never);
  } catch (cause) {
    throw new LmbError(
      "E_FORMAT",
      `not a readable Arbin .res (MS Access) database: ${(cause as Error).message}`,
      {
        location: { source },
        cause,
        fix: "check the file is a complete .res copied after the test stopped, or export CSV from MITS Pro",
      },
    );
  }
}

/**
 * Reads an Arbin MITS Pro `.res` file — an MS Access (Jet 4) database — with the pure-JS
 * `mdb-reader`: `Channel_Normal_Table` becomes the cycling columns (Test_Time s, Voltage V,
 * Current A, Charge/Discharge_Capacity Ah, energies Wh, Step_Index, Cycle_Index), `Global_Table`
 * gives the test name, start time (OLE days), schedule, comments and `MASS` (g). A gzipped file
 * (`.res.gz`) is inflated first. Arbin's current is positive on charge, i.e. oxidation at the
 * working electrode, which is lmb's convention. Needs Node's `Buffer`.
 *
 * @param bytes - The file's bytes.
 * @param options - `fileName`, `area` (m²), `activeMass` (kg, overrides the file's MASS).
 * @returns A cycling dataset in SI units.
 * @example
 * const data = readArbinRes(bytes, { fileName: "cell.res" });
 * data.columns.current; // A
 */
export function readArbinRes(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const source = options.fileName ?? "input.res";
  let raw = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes);
    } catch (cause) {
      throw new LmbError("E_TRUNCATED", "the gzipped .res file does not inflate", {
        location: { source },
        cause,
        fix: "download the file again; gzip data is damaged or cut short",
      });
    }
  }
  try {
    return readDatabase(openDatabase(raw, source), source, options);
  } catch (cause) {
    if (cause instanceof LmbError) throw cause;
    // mdb-reader throws plain Errors ("Page 20 does not exist") on damaged or cut-short files.
    throw new LmbError("E_FORMAT", `the .res database is damaged: ${(cause as Error).message}`, {
      location: { source },
      cause,
      fix: "copy the file again after the test stopped, or export CSV from MITS Pro",
    });
  }
}

function readDatabase(db: MDBReader, source: string, options: ReadOptions): CyclingData {
  const tables = db.getTableNames();
  if (!tables.includes("Channel_Normal_Table")) {
    throw new LmbError(
      "E_FORMAT",
      `the database has no Channel_Normal_Table (tables: ${tables.join(", ")})`,
      {
        location: { source },
        fix: "this is an Access database but not an Arbin MITS Pro .res; export the data as CSV",
      },
    );
  }
  let global: Record<string, unknown> = {};
  if (tables.includes("Global_Table"))
    global = db.getTable("Global_Table").getData({ rowLimit: 1 })[0] ?? {};
  const table = db.getTable("Channel_Normal_Table");
  const names = new Set(table.getColumnNames());
  const wanted = COLUMNS.filter(([name]) => names.has(name)).map(([name]) => name);
  for (const required of ["Test_Time", "Voltage", "Current"]) {
    if (!names.has(required)) {
      throw new LmbError("E_FORMAT", `Channel_Normal_Table has no ${required} column`, {
        location: { source },
        fix: "export the test as CSV from MITS Pro and read that",
      });
    }
  }
  const orderBy = names.has("Data_Point") ? "Data_Point" : "Test_Time";
  const rows = table.getData({ columns: [...new Set([...wanted, orderBy])] }) as Record<
    string,
    unknown
  >[];
  const n = rows.length;
  // Access returns rows in page order, not acquisition order: sort by Data_Point (Test_Time).
  const key = (i: number) => {
    const v = rows[i]?.[orderBy];
    return typeof v === "number" ? v : Number.POSITIVE_INFINITY;
  };
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => key(a) - key(b));
  const mass = typeof global.MASS === "number" && global.MASS > 0 ? global.MASS / 1000 : undefined;
  const start =
    typeof global.Start_DateTime === "number" ? oleDateToIso(global.Start_DateTime) : undefined;
  const notes: Record<string, string | number> = {};
  for (const field of [
    "Test_Name",
    "Schedule_File_Name",
    "Creator",
    "Channel_Number",
    "Channel_Index",
  ]) {
    const v = global[field];
    if ((typeof v === "string" && v !== "") || (typeof v === "number" && Number.isFinite(v)))
      notes[field] = v;
  }
  const b = new DatasetBuilder("cycling", {
    format: "arbin-res",
    instrument: "Arbin MITS Pro",
    sourceFile: source,
    currentSign: "positive-oxidation",
    ...(start !== undefined ? { startTime: start } : {}),
    ...(options.area !== undefined ? { area: options.area } : {}),
    ...((options.activeMass ?? mass) !== undefined
      ? { activeMass: options.activeMass ?? mass }
      : {}),
    ...(typeof global.Comments === "string" && global.Comments !== ""
      ? { comments: global.Comments }
      : {}),
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
  });
  for (const [name, key, unit] of COLUMNS) {
    if (!names.has(name)) continue;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = rows[order[i] as number]?.[name];
      values[i] = typeof v === "number" ? v : Number.NaN;
    }
    b.add(key, values, unit, { sourceName: name });
  }
  return b.build();
}
