import { LmbError } from "@lmb/errors";
import { headLines, headText, looksLikeText } from "../generic/sniffText.js";

/** What kind of companion a file is, and which data file to read instead. */
interface Companion {
  what: string;
  dataFile?: string;
}

function baseName(fileName: string | undefined): string | undefined {
  return fileName?.split(/[\\/]/).pop();
}

function identify(bytes: Uint8Array, fileName: string | undefined): Companion | undefined {
  if (!looksLikeText(bytes)) return undefined;
  const lines = headLines(headText(bytes, 8192), 40);
  const first = (lines[0] ?? "").trim();
  const name = baseName(fileName) ?? "";
  if (/^EC-LAB SETTING FILE$/i.test(first)) {
    const stem = name.replace(/\.mps$/i, "");
    return {
      what: "an EC-Lab settings file (.mps): technique parameters, no data points",
      ...(stem === "" || stem === name
        ? {}
        : { dataFile: `${stem}.mpr (or a ${stem}_<technique>.mpr)` }),
    };
  }
  if (/^(BT-Lab|EC-Lab) LOG FILE$/i.test(first)) {
    const file = lines.map((l) => /^\s*File\s*:\s*(.+?)\s*$/.exec(l)?.[1]).find(Boolean);
    return {
      what: `a ${first.replace(/ LOG FILE$/i, "")} log file (.mpl): run settings and events, no data points`,
      ...(file === undefined ? {} : { dataFile: file }),
    };
  }
  const header = (lines.find((l) => l.trim() !== "") ?? "").toLowerCase();
  if (
    /_metadata\.csv$/i.test(name) &&
    /(test_id|averagechargevoltage|schedule_file_name)/.test(header)
  ) {
    return {
      what: "a metadata companion (test, channel and schedule fields), no data points",
      dataFile: name.replace(/_metadata\.csv$/i, ".csv"),
    };
  }
  return undefined;
}

/**
 * Refuses files that sit beside instrument data but hold none: EC-Lab `.mps` settings,
 * BT-Lab/EC-Lab `.mpl` logs and BEEP/Novonix `_Metadata.csv` companions. Reading one fails with
 * `E_NO_DATA` naming the data file to read instead, rather than a confusing table error.
 * Returns quietly for anything else.
 *
 * @throws LmbError `E_NO_DATA` for a companion file.
 * @example
 * rejectCompanion(mpsBytes, "run.mps"); // LmbError E_NO_DATA: run.mps is an EC-Lab settings file … read run.mpr
 */
export function rejectCompanion(bytes: Uint8Array, fileName?: string): void {
  const companion = identify(bytes, fileName);
  if (companion === undefined) return;
  throw new LmbError("E_NO_DATA", `${baseName(fileName) ?? "this file"} is ${companion.what}`, {
    ...(fileName === undefined ? {} : { location: { source: fileName } }),
    fix:
      companion.dataFile === undefined
        ? "read the data file recorded beside it"
        : `read the data file beside it: ${companion.dataFile}`,
  });
}
