/**
 * Centred moving average over `window` points (shrinking at the ends), O(n) with a running
 * sum. Used to find the maximum of a noisy transient; the data themselves are never replaced.
 *
 * @example
 * movingAverage(Float64Array.of(1, 2, 3, 4), 3); // [1.5, 2, 3, 3.5]
 */
export function movingAverage(values: Float64Array, window: number): Float64Array {
  const n = values.length;
  const half = Math.max(0, Math.floor(window / 2));
  const out = new Float64Array(n);
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = (prefix[i] as number) + (values[i] as number);
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - half);
    const hi = Math.min(n, i + half + 1);
    out[i] = ((prefix[hi] as number) - (prefix[lo] as number)) / (hi - lo);
  }
  return out;
}
