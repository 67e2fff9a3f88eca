import { LmbError } from "@lmb/errors";
import { DATASET_COLUMNS, type DatasetKind } from "@lmb/schemas";
import { dimensionsEqual, parseUnit, type Unit } from "@lmb/units";
import type { ColumnMapping } from "../formats/FormatReader.js";
import { matchColumn } from "../headers/columnAliases.js";
import { instrumentUnit } from "../headers/instrumentUnit.js";
import { type SplitHeader, splitHeader } from "../headers/splitHeader.js";

/** What one file column becomes in a dataset. */
export interface ResolvedColumn {
  /** Dataset column key. */
  key: string;
  /** The header as written. */
  header: string;
  /** Unit text of the file's values (`""` when the header has none: see `assumed`). */
  unitText: string;
  /** The values are per electrode area (`mA/cm2`) or per active mass (`mAh/g`) of the key. */
  per?: "area" | "mass";
  /** The header carried no usable unit; the reader's assumed unit applies. */
  assumed?: boolean;
  /** Set by a mapping: −1 when the file stores the negative of the quantity (`-zImag`), else 1. */
  sign?: 1 | -1;
  /** How the column was recognised. */
  via: "mapping" | "header";
}

/** Splits a snake_case header with a trailing unit (`test_time_s`, `current_A`, `temperature_1_C`). */
function snakeSplit(header: string): SplitHeader | undefined {
  const m = /^(.+?)_([A-Za-zµ°Ω%]{1,4})$/.exec(header.trim());
  if (!m) return undefined;
  const unit = instrumentUnit(m[2] as string);
  if (unit === undefined || (m[2] as string).length === 0) return undefined;
  return { header, name: m[1] as string, unitText: m[2] as string, unit };
}

function shiftDimension(unit: Unit, lengthPower: number, massPower: number): Unit["dimension"] {
  const d = [...unit.dimension] as number[];
  d[0] = (d[0] as number) + lengthPower;
  d[1] = (d[1] as number) + massPower;
  return d as unknown as Unit["dimension"];
}

/** Whether `unit` is the key's quantity per area (`mA cm⁻²` for current) or per mass. */
function perQuantity(kind: DatasetKind, key: string, unit: Unit): "area" | "mass" | undefined {
  const spec = DATASET_COLUMNS[kind][key];
  if (spec === undefined) return undefined;
  const target = parseUnit(spec.unit).dimension;
  if (dimensionsEqual(shiftDimension(unit, 2, 0), target)) return "area";
  if (dimensionsEqual(shiftDimension(unit, 0, 1), target)) return "mass";
  return undefined;
}

function fromMapping(
  kind: DatasetKind,
  header: string,
  split: SplitHeader,
  mapping: ColumnMapping,
): ResolvedColumn {
  const negative = mapping.key.startsWith("-");
  const key = negative ? mapping.key.slice(1) : mapping.key;
  if (DATASET_COLUMNS[kind][key] === undefined) {
    throw new LmbError(
      "E_FORMAT",
      `the mapping sends "${header}" to "${mapping.key}", which ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} dataset does not have`,
      { fix: `map it to one of ${Object.keys(DATASET_COLUMNS[kind]).join(", ")}` },
    );
  }
  const unitText = mapping.unit ?? (split.unit ? split.unitText : "");
  const unit = unitText === "" ? undefined : instrumentUnit(unitText);
  const per = unit === undefined ? undefined : perQuantity(kind, key, unit);
  return {
    key,
    header,
    unitText,
    via: "mapping",
    ...(unitText === "" ? { assumed: true } : {}),
    ...(per === undefined ? {} : { per }),
    sign: negative ? -1 : 1,
  };
}

/**
 * Which dataset column a file header is: an explicit `mapping` entry (by the whole header or
 * its name part) first; then the header's name and unit (`Voltage (V)`, `Current/mA`,
 * `Test Time / h`, snake_case `current_A`); a unit of the key's quantity per area or per mass
 * (`I (mA/cm2)`, `Capacity (mAh/g)`) marks the column `per`; a name without a usable unit is
 * matched by name alone and marked `assumed`. Returns `undefined` when nothing matches.
 *
 * A mapping key prefixed with `-` (`-zImag`) says the file stores the negative of the quantity.
 *
 * @throws LmbError `E_FORMAT` when a mapping names a column the kind does not have.
 * @example
 * resolveHeader("cycling", "I (mA/cm2)"); // { key: "current", unitText: "mA/cm2", per: "area", … }
 */
export function resolveHeader(
  kind: DatasetKind,
  header: string,
  mapping?: Readonly<Record<string, ColumnMapping>>,
): ResolvedColumn | undefined {
  const split = splitHeader(header);
  const mapped = mapping?.[header] ?? mapping?.[split.header] ?? mapping?.[split.name];
  if (mapped !== undefined) return fromMapping(kind, header, split, mapped);
  const splits = [split, snakeSplit(split.header)].filter((s) => s?.unit !== undefined);
  for (const s of splits as SplitHeader[]) {
    const key = matchColumn(kind, s.name, s.unit);
    if (key !== undefined) return { key, header, unitText: s.unitText, via: "header" };
  }
  for (const s of splits as SplitHeader[]) {
    const key = matchColumn(kind, s.name);
    const per = key === undefined ? undefined : perQuantity(kind, key, s.unit as Unit);
    if (key !== undefined && per !== undefined)
      return { key, header, unitText: s.unitText, per, via: "header" };
  }
  if (split.unit === undefined) {
    const key = matchColumn(kind, split.name) ?? matchColumn(kind, split.header);
    if (key !== undefined) return { key, header, unitText: "", assumed: true, via: "header" };
  }
  return undefined;
}
