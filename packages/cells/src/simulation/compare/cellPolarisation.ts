/** The polarisation of a cycled cell, mV (see {@link cellPolarisation}). */
export interface CellPolarisation {
  /** |V| at the end of the first complete half cycle, mV. */
  initial: number;
  /** |V| at the end of the last complete half cycle, mV. */
  final: number;
  /** Largest end-of-half-cycle |V|, mV. */
  maximum: number;
}

/**
 * Polarisation of a galvanostatically cycled Li‖Li cell: |V| at the end of every complete half
 * cycle (a run of points with one current sign), in mV. The half cycle that was cut short by the
 * end of the test (`complete = false`: depletion, a limit) is left out, so the voltage jump of a
 * depleted electrode is not counted as polarisation.
 *
 * @param current - A, one value per point (the trace's current column)
 * @param voltage - V
 * @param lastComplete - whether the final half cycle ran to its own limit
 * @returns mV; zeros when the trace holds no complete half cycle
 * @example cellPolarisation(sim.data.columns.current, sim.data.columns.voltage, true).final;
 */
export function cellPolarisation(
  current: ArrayLike<number>,
  voltage: ArrayLike<number>,
  lastComplete: boolean,
): CellPolarisation {
  const ends: number[] = [];
  const n = current.length;
  for (let k = 0; k < n; k++) {
    const s = Math.sign(current[k] as number);
    const next = k + 1 < n ? Math.sign(current[k + 1] as number) : Number.NaN;
    if (s !== 0 && s !== next && (k + 1 < n || lastComplete)) {
      ends.push(Math.abs(voltage[k] as number) * 1e3);
    }
  }
  if (ends.length === 0) return { initial: 0, final: 0, maximum: 0 };
  let maximum = 0;
  for (const v of ends) maximum = Math.max(maximum, v);
  return { initial: ends[0] as number, final: ends[ends.length - 1] as number, maximum };
}
