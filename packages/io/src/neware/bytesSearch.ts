/**
 * First position of `pattern` in `bytes` at or after `from` (−1 if absent). Linear scan on the
 * first byte, then a compare — enough for the short markers of Neware files.
 *
 * @example
 * findBytes(bytes, [0x55, 0, 1, 0, 0, 0]);
 */
export function findBytes(
  bytes: Uint8Array,
  pattern: ArrayLike<number>,
  from = 0,
  to = bytes.length,
): number {
  const first = pattern[0] as number;
  const last = Math.min(to, bytes.length) - pattern.length;
  for (let i = bytes.indexOf(first, from); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return i;
  }
  return -1;
}

/**
 * Formats seconds since 1970 of a local wall clock (read as if UTC) as an ISO 8601 local time
 * without offset (`2020-03-25T11:16:50`); `undefined` for a value outside 1990–2100.
 *
 * @example
 * localIso(1585135010); // "2020-03-25T11:16:50"
 */
export function localIso(seconds: number): string | undefined {
  if (!(seconds > 631152000 && seconds < 4102444800)) return undefined;
  return new Date(Math.round(seconds) * 1000).toISOString().slice(0, 19);
}
