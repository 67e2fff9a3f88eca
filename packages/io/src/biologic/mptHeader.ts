import { instrumentUnit } from "../headers/instrumentUnit.js";
import { parseNumber } from "../text/parseNumber.js";
import { localIso, parseBiologicDateTime } from "./biologicDates.js";
import type { BiologicSettings } from "./biologicRaw.js";
import { techniqueFromTitle } from "./techniques.js";

/** Settings and loops read from the header block of an `.mpt` file. */
export interface MptHeader {
  settings: BiologicSettings;
  /** Start indices of the loops (`Loop N from point number a to b`). */
  loops: number[];
}

const PLACEHOLDER = 0.001;

/** `"0,001 cm²"` → value in SI (m², kg) or undefined when unset (0 or EC-Lab's 0.001 placeholder). */
function quantity(text: string): number | undefined {
  const match = /^\s*([-+]?[\d.,]+(?:[eE][-+]?\d+)?)\s*(\S*)\s*$/.exec(text);
  if (match === null) return undefined;
  const value = parseNumber(match[1] as string, (match[1] as string).includes(","));
  const unit = instrumentUnit((match[2] as string).replace(/\uFFFD/g, "²"));
  if (unit === undefined || !Number.isFinite(value) || value <= 0 || value === PLACEHOLDER)
    return undefined;
  return value * unit.factor;
}

/**
 * Reads the settings block of an EC-Lab/BT-Lab `.mpt` header (the lines between
 * `Nb header lines : N` and the column line): technique title (first free line, e.g.
 * `Galvanostatic Cycling with Potential Limitation`), `Acquisition started on : MM/DD/YYYY
 * HH:MM:SS[.fff]`, `Electrode surface area : 0,001 cm²`, `Characteristic mass : 4.970 mg`
 * (or `Mass of active material`), `Comments`, `Electrode material`, `Electrolyte`, `Reference
 * electrode`, `Device`, the `EC-Lab for windows vX (software)` line, `Run on channel` and
 * `Loop N from point number a to b` lines. Numbers may use a decimal comma; EC-Lab's unset
 * placeholder 0.001 is ignored.
 *
 * @example
 * parseMptHeader(lines.slice(2, n - 1)).settings.technique; // "CVA"
 */
export function parseMptHeader(lines: readonly string[]): MptHeader {
  const notes: BiologicSettings["notes"] = {};
  const settings: BiologicSettings = { notes };
  const loops: number[] = [];
  let device: string | undefined;
  let software: string | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const loop = /^Loop\s+\d+\s+from point number\s+(\d+)\s+to\s+(\d+)/i.exec(line);
    if (loop !== null) {
      loops.push(Number(loop[1]));
      continue;
    }
    const sw = /^(EC-Lab|BT-Lab) for windows v([\w.]+)\s*\(software\)/i.exec(line);
    if (sw !== null) {
      software = `${sw[1]} ${sw[2]}`;
      continue;
    }
    const colon = line.indexOf(" : ");
    if (colon < 0) {
      if (settings.techniqueTitle === undefined && !line.endsWith(":")) {
        const technique = techniqueFromTitle(line);
        if (technique !== undefined) {
          settings.techniqueTitle = line;
          settings.technique = technique;
        }
      }
      continue;
    }
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 3).trim();
    switch (key) {
      case "acquisition started on": {
        const iso = localIso(parseBiologicDateTime(value));
        if (iso !== undefined) settings.startTime = iso;
        break;
      }
      case "electrode surface area": {
        const area = quantity(value);
        if (area !== undefined) settings.area = area;
        break;
      }
      case "characteristic mass":
      case "mass of active material": {
        const mass = quantity(value);
        if (mass !== undefined && settings.activeMass === undefined) settings.activeMass = mass;
        break;
      }
      case "comments":
        if (value !== "") settings.comments = value;
        break;
      case "electrode material":
        if (value !== "") settings.electrodeMaterial = value;
        break;
      case "electrolyte":
        if (value !== "") settings.electrolyte = value;
        break;
      case "reference electrode":
        if (value !== "") settings.referenceElectrode = value;
        break;
      case "device":
        device = value;
        break;
      case "run on channel":
        notes.channel = value;
        break;
      default:
        break;
    }
  }
  const parts = [device, software].filter((p): p is string => p !== undefined && p !== "");
  settings.instrument = `BioLogic${parts.length > 0 ? ` ${parts.join(", ")}` : ""}`;
  return { settings, loops };
}
