import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { oleDateToIso } from "../biologic/biologicDates.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { tableToDatasetOfKind } from "../generic/readGenericCsv.js";
import type { DelimitedTable } from "../text/delimitedTable.js";
import { readXlsx, type XlsxCell, type XlsxSheet } from "../xlsx/readXlsx.js";

/** True when a sheet's first row is an Arbin record header (`Test_Time(s)` and `Voltage(V)`). */
function isChannelSheet(sheet: XlsxSheet): boolean {
  const header = sheet.rows[0] ?? [];
  return (
    header.includes("Test_Time(s)") &&
    header.some((c) => typeof c === "string" && /^Voltage\(/.test(c))
  );
}

/** The `Global_Info` sheet's key row and the value row below it, as text. */
function globalInfo(sheet: XlsxSheet | undefined): Record<string, XlsxCell> {
  const info: Record<string, XlsxCell> = {};
  if (sheet === undefined) return info;
  const keyRow = sheet.rows.findIndex((row) => row.includes("Start DateTime"));
  if (keyRow < 0) return info;
  const keys = sheet.rows[keyRow] ?? [];
  const values = sheet.rows[keyRow + 1] ?? [];
  keys.forEach((key, i) => {
    if (typeof key === "string" && values[i] !== null && values[i] !== undefined) {
      info[key] = values[i] as XlsxCell;
    }
  });
  return info;
}

/** Stacks the channel sheets (Arbin splits long tests into `Channel_11_1`, `Channel_11_2`, …) into one table. */
function stackSheets(sheets: readonly XlsxSheet[], source: string | undefined): DelimitedTable {
  const headers = (sheets[0]?.rows[0] ?? []).map((c) => (c === null ? "" : String(c).trim()));
  let rowCount = 0;
  for (const sheet of sheets) {
    const header = (sheet.rows[0] ?? []).map((c) => (c === null ? "" : String(c).trim()));
    if (header.join("\u0000") !== headers.join("\u0000")) {
      throw new LmbError(
        "E_FORMAT",
        `sheet "${sheet.name}" has other columns than "${sheets[0]?.name}"`,
        {
          ...(source === undefined ? {} : { location: { source } }),
          fix: "export all channel sheets with the same columns, or export CSV",
        },
      );
    }
    rowCount += sheet.rows.length - 1;
  }
  const numbers = headers.map(() => new Float64Array(rowCount).fill(Number.NaN));
  const texts: (string[] | undefined)[] = headers.map(() => undefined);
  let at = 0;
  for (const sheet of sheets) {
    for (let r = 1; r < sheet.rows.length; r++, at++) {
      const row = sheet.rows[r] as XlsxCell[];
      for (let c = 0; c < headers.length; c++) {
        const cell = row[c];
        if (typeof cell === "number") (numbers[c] as Float64Array)[at] = cell;
        else if (typeof cell === "string" && cell.trim() !== "") {
          const parsed = Number(cell);
          if (Number.isFinite(parsed)) (numbers[c] as Float64Array)[at] = parsed;
          else {
            texts[c] ??= new Array<string>(rowCount).fill("");
            (texts[c] as string[])[at] = cell;
          }
        }
      }
    }
  }
  return {
    delimiter: "",
    decimalComma: false,
    headerLine: 1,
    headers,
    preamble: [],
    rowCount,
    firstDataLine: 2,
    numbers,
    texts,
  };
}

/**
 * Reads an Arbin MITS Pro / DataPro Excel export (`.xlsx`): the `Channel_<n>_<k>` record sheets
 * (`Date_Time`, `Test_Time(s)`, `Step_Time(s)`, `Step_Index`, `Cycle_Index`, `Voltage(V)`,
 * `Current(A)`, `Charge/Discharge_Capacity(Ah)`, `Charge/Discharge_Energy(Wh)`, …), stacked in
 * workbook order, and `Global_Info` (start time as Excel serial days, schedule file, creator,
 * comments, software version). Arbin signs current positive for charge; its charge and
 * discharge capacities accumulate over a cycle.
 *
 * @throws LmbError `E_FORMAT` when no sheet holds Arbin records.
 * @example
 * readArbinXlsx(bytes, { fileName: "cell_Channel_11.xlsx" }).columns.voltage;
 */
export function readArbinXlsx(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const source = options.fileName;
  const workbook = readXlsx(bytes, {
    ...(source === undefined ? {} : { source }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  const channels = workbook.sheets.filter(isChannelSheet);
  if (channels.length === 0) {
    throw new LmbError(
      "E_FORMAT",
      "no Arbin channel sheet (a Test_Time(s) header) in the workbook",
      {
        ...(source === undefined ? {} : { location: { source } }),
        fix: "export the channel data from Arbin DataPro/MITS Pro, or export CSV",
      },
    );
  }
  const info = globalInfo(workbook.sheets.find((s) => /global_info/i.test(s.name)));
  const start =
    typeof info["Start DateTime"] === "number" ? oleDateToIso(info["Start DateTime"]) : undefined;
  const text = (key: string) => {
    const value = info[key];
    return value === null || value === undefined || String(value).trim() === ""
      ? undefined
      : String(value);
  };
  const notes: Record<string, string> = {};
  for (const key of ["Channel", "Creator", "Schedule Version", "Item ID"]) {
    const value = text(key);
    if (value !== undefined) notes[key] = value;
  }
  notes.sheets = channels.map((s) => s.name).join(", ");
  notes["capacity reset"] = "per cycle (Arbin Charge_/Discharge_Capacity)";
  const software = text("Software Version");
  const schedule = text("Schedule File Name");
  const comments = text("Comments");
  const dataset = tableToDatasetOfKind(
    stackSheets(channels, source),
    { ...options, kind: "cycling" },
    {
      format: "arbin-xlsx",
      kinds: ["cycling"],
      metadata: {
        instrument: software === undefined ? "Arbin" : `Arbin ${software}`,
        ...(start === undefined ? {} : { startTime: start }),
        ...(schedule === undefined ? {} : { technique: schedule }),
        ...(comments === undefined ? {} : { comments }),
        notes,
      },
    },
  );
  if (dataset.kind !== "cycling") throw new Error("unreachable: kind forced to cycling");
  return dataset;
}
