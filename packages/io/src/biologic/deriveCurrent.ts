import { findBiologicColumn } from "./biologicColumnNames.js";
import type { BiologicColumn } from "./biologicRaw.js";

/** A current column reconstructed from other columns, in mA. */
export interface DerivedCurrent {
  values: Float64Array;
  /** How it was obtained, for the column's provenance. */
  sourceName: string;
}

/**
 * Reconstructs the current of an `.mpr` that stores none. EC-Lab's GCPL/MB files often record
 * only `dq/mA.h` (charge since the previous point) and `control/V/mA` (the set point); EC-Lab
 * computes `I/mA` when exporting. lmb uses the **measured** mean current over each interval,
 * `I = dq·3600 / Δt` (mA), and 0 for points in rest mode (`mode` = 3). Where Δt = 0 the previous
 * value is repeated (the first point takes the next interval's value). Returns `undefined` when
 * the file has no `dq` column.
 *
 * Why not the set point: a galvanostatic step whose cell does not take the current (open
 * circuit, compliance) keeps `control/V/mA` at the set value while `dq` and `P/W` show ~0.
 *
 * @example
 * deriveCurrentFromCharge(raw.columns)?.values; // mA, one per record
 */
export function deriveCurrentFromCharge(
  columns: readonly BiologicColumn[],
): DerivedCurrent | undefined {
  const dq = findBiologicColumn(columns, ["dq", "dQ"]);
  const time = findBiologicColumn(columns, ["time"]);
  if (dq === undefined || time === undefined || dq.unit !== "mA.h" || time.unit !== "s")
    return undefined;
  const mode = columns.find((c) => c.header === "mode")?.values;
  const q = dq.values;
  const t = time.values;
  const n = q.length;
  const out = new Float64Array(n);
  let previous = Number.NaN;
  for (let i = 1; i < n; i++) {
    const dt = (t[i] as number) - (t[i - 1] as number);
    let value: number;
    if (mode !== undefined && ((mode[i] as number) & 3) === 3) value = 0;
    else if (dt > 0) value = ((q[i] as number) * 3600) / dt;
    else value = Number.isNaN(previous) ? 0 : previous;
    out[i] = value;
    previous = value;
  }
  if (n > 0) {
    const restAtStart = mode !== undefined && ((mode[0] as number) & 3) === 3;
    out[0] = restAtStart || n === 1 ? 0 : (out[1] as number);
  }
  return { values: out, sourceName: `${dq.header}·3600/Δ(${time.header})` };
}
