import type { DatasetKind } from "@lmb/schemas";
import type { ColumnMapping } from "../formats/FormatReader.js";
import { type ResolvedColumn, resolveHeader } from "./resolveHeader.js";

/** A resolved column and where it is in the table. */
export interface PlannedColumn extends ResolvedColumn {
  /** 0-based column index in the table. */
  index: number;
}

/** The columns a table will contribute to a dataset. */
export interface ColumnPlan {
  /** One column per dataset key (mapping beats header, a direct unit beats a per-area one). */
  columns: PlannedColumn[];
  /** Headers nothing matched (for the error that asks for a mapping). */
  unrecognised: string[];
  /** Headers that matched a key another column already supplies. */
  duplicates: string[];
}

/** A reader-specific resolver tried before the generic one; `null` skips the column. */
export type HeaderResolver = (header: string, index: number) => ResolvedColumn | null | undefined;

function rank(c: ResolvedColumn): number {
  return (c.via === "mapping" ? 0 : 4) + (c.per === undefined ? 0 : 2) + (c.assumed ? 1 : 0);
}

/**
 * Resolves every header of a table (see `resolveHeader`) and keeps the best column per dataset
 * key: an explicit mapping first, then a column with the key's own unit, then one per area or
 * mass, then one whose unit was assumed; ties go to the leftmost column.
 *
 * @example
 * planColumns("cycling", ["Time (s)", "Voltage (V)", "I (mA)", "Step Type"]).unrecognised; // ["Step Type"]
 */
export function planColumns(
  kind: DatasetKind,
  headers: readonly string[],
  mapping?: Readonly<Record<string, ColumnMapping>>,
  resolver?: HeaderResolver,
): ColumnPlan {
  const byKey = new Map<string, PlannedColumn>();
  const unrecognised: string[] = [];
  const duplicates: string[] = [];
  headers.forEach((header, index) => {
    if (header.trim() === "") return;
    const custom = mapping?.[header] === undefined ? resolver?.(header, index) : undefined;
    if (custom === null) return;
    const resolved = custom ?? resolveHeader(kind, header, mapping);
    if (resolved === undefined) {
      if (!/^column\d+$/.test(header)) unrecognised.push(header);
      return;
    }
    const planned = { ...resolved, index };
    const existing = byKey.get(planned.key);
    if (existing === undefined) byKey.set(planned.key, planned);
    else if (rank(planned) < rank(existing)) {
      byKey.set(planned.key, planned);
      duplicates.push(existing.header);
    } else duplicates.push(header);
  });
  return {
    columns: [...byKey.values()].sort((a, b) => a.index - b.index),
    unrecognised,
    duplicates,
  };
}
