// Test fixtures (not published): the external spectra of /work/shared/data/eis (SOURCES.md) as
// plain columns, read the way impedance.py's readers read them, for Lin-KK and DRT cross-checks.
import { readFileSync } from "node:fs";
import type { ImpedanceData } from "../fit/impedanceData.js";

const DATA = "../../../../../shared/data/eis/";

function read(path: string, encoding: BufferEncoding = "utf8"): string {
  return readFileSync(new URL(DATA + path, import.meta.url), encoding);
}

function columns(rows: number[][], f: number, re: number, im: number, imSign = 1): ImpedanceData {
  return {
    frequency: rows.map((r) => r[f] as number),
    zReal: rows.map((r) => r[re] as number),
    zImag: rows.map((r) => imSign * (r[im] as number)),
  };
}

/** impedance.py's exampleData.csv, all 66 points (9 inductive at high frequency). */
export function exampleDataRaw(): ImpedanceData {
  const rows = read("impedance.py/exampleData.csv")
    .trim()
    .split("\n")
    .map((line) => line.split(",").map(Number));
  return columns(rows, 0, 1, 2);
}

/** pyDRTtools' `LIB_data.txt` (107 points) or `LIB_data_2.txt` (100 points): f, Z′, Z″. */
export function pyDrtToolsData(file: "LIB_data.txt" | "LIB_data_2.txt"): ImpedanceData {
  const rows = read(`pyDRTtools/${file}`)
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  return columns(rows, 0, 1, 2);
}

/** hybrid-drt's `PEIS_SSB.derived.csv` (89 points; Im Z already in the physics sign). */
export function solidStateBatteryData(): ImpedanceData {
  const rows = read("hybrid-drt/PEIS_SSB.derived.csv")
    .trim()
    .split("\n")
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split(",").map(Number));
  return columns(rows, 2, 3, 4);
}

/** hybrid-drt's EC-Lab ASCII `PEIS_LPSCl_IonBlocking_-25C.txt` (79 points; file stores −Im Z). */
export function blockingElectrolyteData(): ImpedanceData {
  const lines = read("hybrid-drt/PEIS_LPSCl_IonBlocking_-25C.txt", "latin1").split(/\r?\n/);
  const header = Number(/Nb header lines\s*:\s*(\d+)/.exec(lines.slice(0, 5).join("\n"))?.[1]);
  const rows = lines
    .slice(header)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t").map((v) => Number(v.replace(",", "."))));
  return columns(rows, 0, 1, 2, -1);
}

/** hybrid-drt's Gamry `EISGALV_EISTest3.DTA` ZCURVE table (71 points, 26 inductive). */
export function gamryGalvanostaticData(): ImpedanceData {
  const lines = read("hybrid-drt/EISGALV_EISTest3.DTA", "latin1").split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith("ZCURVE"));
  const rows: number[][] = [];
  for (const line of lines.slice(start + 3)) {
    const cells = line.split("\t");
    if (cells.length < 6 || cells[1] === "") break;
    rows.push(cells.slice(1).map(Number));
  }
  // Pt, Time, Freq, Zreal, Zimag, … after dropping the leading empty cell.
  return columns(rows, 2, 3, 4);
}
