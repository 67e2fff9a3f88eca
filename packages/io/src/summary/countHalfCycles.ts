/**
 * Counts half cycles in a current record: runs of one current sign, ignoring rests. A point is
 * a rest when |I| ≤ `restFraction` × max|I| (instrument noise in a rest is a few ppm of the
 * applied current), so noise never splits a half cycle. This is navani's half-cycle rule.
 *
 * @param current - Current in A (any sign convention).
 * @param restFraction - Rest threshold relative to the largest |I|. @default 1e-3
 * @returns The number of half cycles (0 for a record that only rests).
 * @example
 * countHalfCycles(Float64Array.of(0, 1, 1, 0, -1, -1, 0, 1)); // 3
 */
export function countHalfCycles(current: Float64Array, restFraction = 1e-3): number {
  let largest = 0;
  for (let i = 0; i < current.length; i++) {
    const a = Math.abs(current[i] as number);
    if (a > largest) largest = a;
  }
  if (largest === 0) return 0;
  const threshold = largest * restFraction;
  let count = 0;
  let sign = 0;
  for (let i = 0; i < current.length; i++) {
    const v = current[i] as number;
    const s = v > threshold ? 1 : v < -threshold ? -1 : 0;
    if (s !== 0 && s !== sign) {
      count++;
      sign = s;
    }
  }
  return count;
}
