import type { FormatReader } from "../formats/FormatReader.js";
import { normalizeName } from "../headers/columnAliases.js";
import { splitHeader } from "../headers/splitHeader.js";
import { tableToDatasetOfKind } from "./readGenericCsv.js";
import { readTextTable } from "./readTextTable.js";
import type { ResolvedColumn } from "./resolveHeader.js";
import { headLines, headText, looksLikeText } from "./sniffText.js";

/**
 * Battery Data Format preferred labels (name part, normalised) → cycling column key, with the
 * spellings BatMo/cellpy write (`Charge Capacity`) beside the BDF ones (`Charging Capacity`).
 */
export const BDF_NAMES: Readonly<Record<string, string>> = {
  "test time": "time",
  voltage: "voltage",
  current: "current",
  "step time": "stepTime",
  "cycle count": "cycle",
  "step index": "step",
  "step count": "stepCount",
  "charging capacity": "chargeCapacity",
  "charge capacity": "chargeCapacity",
  "discharging capacity": "dischargeCapacity",
  "discharge capacity": "dischargeCapacity",
  "net capacity": "capacity",
  "charging energy": "chargeEnergy",
  "charge energy": "chargeEnergy",
  "discharging energy": "dischargeEnergy",
  "discharge energy": "dischargeEnergy",
  "net energy": "energy",
  power: "power",
  "surface temperature t1": "temperature",
  "temperature t1": "temperature",
  "ambient temperature": "temperature",
  "half cycle": "halfCycle",
  "counter electrode potential": "counterVoltage",
};

/** Resolves a BDF `Name / unit` header through {@link BDF_NAMES}; other headers fall through. */
function resolveBdf(header: string): ResolvedColumn | undefined {
  const split = splitHeader(header);
  const key = BDF_NAMES[normalizeName(split.name)];
  if (key === undefined || split.unit === undefined) return undefined;
  return { key, header, unitText: split.unitText, via: "header" };
}

function bdfScore(text: string): number {
  const first = headLines(text, 5).find((l) => l.trim() !== "") ?? "";
  const has = (label: RegExp) => label.test(first);
  const required = [/Test Time \/ \w/, /Voltage \/ \w/, /Current \/ \w/].filter(has).length;
  if (required === 3) return 0.95;
  return required === 2 && first.includes(" / ") ? 0.6 : 0;
}

/** The first Unix Time / s value as an ISO start time. */
function unixStart(
  headers: readonly string[],
  numbers: readonly Float64Array[],
): string | undefined {
  const i = headers.findIndex((h) => /^unix time \/ s$/i.test(h.trim()));
  const t = i < 0 ? Number.NaN : (numbers[i]?.[0] ?? Number.NaN);
  return Number.isFinite(t) && Math.abs(t) < 1e11 ? new Date(t * 1000).toISOString() : undefined;
}

/**
 * Battery Data Format CSV (`Test Time / s`, `Current / A`, `Voltage / V`, `Cycle Count / 1`,
 * `Charging Capacity / Ah`, …; BatMo/cellpy's `Test Time / h` variant). Current is positive
 * for charge, as in lmb. `Unix Time / s` gives the start time. Sniff: the first line holds the
 * three required labels.
 *
 * @example
 * bdfCsvReader.read(bytes, { fileName: "batmo_bdf.csv" }).columns.cycle;
 */
export const bdfCsvReader: FormatReader = {
  id: "bdf-csv",
  title: "Battery Data Format CSV (.bdf.csv)",
  extensions: [".bdf.csv", ".csv"],
  kinds: ["cycling"],
  sniff(bytes) {
    return looksLikeText(bytes) ? bdfScore(headText(bytes, 4096)) : 0;
  },
  read(bytes, options) {
    const { table, encoding } = readTextTable(bytes, options);
    const start = unixStart(table.headers, table.numbers);
    return tableToDatasetOfKind(
      table,
      options,
      {
        format: "bdf-csv",
        kinds: ["cycling"],
        resolver: resolveBdf,
        ...(start === undefined ? {} : { metadata: { startTime: start } }),
      },
      encoding,
    );
  },
};
