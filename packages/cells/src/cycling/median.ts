/**
 * Median of `values[0..length)` by quickselect (Hoare partition), in place: the buffer is
 * reordered. O(length) on average, no allocation — for the per-half-cycle medians of long traces.
 *
 * @param values - scratch buffer (reordered)
 * @param length - how many leading entries to use (> 0)
 * @returns the median (mean of the two middle values for an even count)
 * @example
 * medianInPlace(Float64Array.of(3, 1, 2, 9), 4); // 2.5
 */
export function medianInPlace(values: Float64Array, length: number): number {
  const mid = length >> 1;
  const upper = select(values, 0, length - 1, mid);
  if (length % 2 === 1) return upper;
  // The lower middle is the largest of the entries left of `mid` after partitioning.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < mid; i++) if ((values[i] as number) > lower) lower = values[i] as number;
  return (lower + upper) / 2;
}

function select(a: Float64Array, left: number, right: number, k: number): number {
  let lo = left;
  let hi = right;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] as number;
        a[i] = a[j] as number;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}
