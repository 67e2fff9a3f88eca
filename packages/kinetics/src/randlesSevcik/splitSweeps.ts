/** A monotonic run of a voltammogram: points start…end (inclusive) sweeping one way. */
export interface Sweep {
  start: number;
  end: number;
  /** +1: potential rising (anodic sweep); −1: falling (cathodic sweep). */
  direction: 1 | -1;
}

/**
 * Splits points from…to (inclusive) of a voltammogram into sweeps at the vertices where the
 * potential turns. A step with no change of potential keeps the current direction; a run
 * shorter than 3 points (a wobble at a vertex) is merged into the run before it.
 *
 * @param potential - E, V
 * @example
 * splitSweeps(Float64Array.of(0, 0.1, 0.2, 0.1, 0), 0, 4); // [{0,2,+1}, {2,4,−1}]
 */
export function splitSweeps(potential: Float64Array, from: number, to: number): Sweep[] {
  const sweeps: Sweep[] = [];
  let direction: 0 | 1 | -1 = 0;
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    const step = (potential[i] as number) - (potential[i - 1] as number);
    const d: 0 | 1 | -1 = step > 0 ? 1 : step < 0 ? -1 : direction;
    if (direction === 0) direction = d;
    else if (d !== direction) {
      sweeps.push({ start, end: i - 1, direction });
      start = i - 1;
      direction = d;
    }
  }
  if (direction !== 0) sweeps.push({ start, end: to, direction });
  // merge wobbles (runs of < 3 points) into the run before them
  const merged: Sweep[] = [];
  for (const sweep of sweeps) {
    const last = merged[merged.length - 1];
    if (last !== undefined && sweep.end - sweep.start + 1 < 3) last.end = sweep.end;
    else if (last !== undefined && last.direction === sweep.direction) last.end = sweep.end;
    else merged.push({ ...sweep });
  }
  return merged;
}
