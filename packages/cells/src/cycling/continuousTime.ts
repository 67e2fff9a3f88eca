/**
 * The record's clock made continuous across instrument restarts: wherever time goes back, later
 * points are shifted so that time continues from the last value (the rule `@lmb/io` readers
 * apply, and the clock of {@link segmentCycling}'s times). Returns the input itself when it
 * never goes back (no copy), else a new array.
 *
 * @param time - s
 * @returns s, non-decreasing
 * @example
 * continuousTime(Float64Array.of(0, 10, 20, 0, 10)); // [0, 10, 20, 20, 30]
 */
export function continuousTime(time: Float64Array): Float64Array {
  const n = time.length;
  let i = 1;
  while (i < n && (time[i] as number) >= (time[i - 1] as number)) i++;
  if (i >= n) return time;
  const out = time.slice();
  let shift = 0;
  for (let k = i; k < n; k++) {
    const raw = (time[k] as number) + shift;
    const previous = out[k - 1] as number;
    if (raw < previous) {
      shift += previous - raw;
      out[k] = previous;
    } else {
      out[k] = raw;
    }
  }
  return out;
}
