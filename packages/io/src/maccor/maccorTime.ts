/**
 * Parses a Maccor elapsed time: plain seconds (`769267.24`) or the `0d 00:01:00.00`
 * days-and-clock form. Returns NaN for anything else (the caller reports the row).
 *
 * @example
 * parseMaccorDuration("  1d 02:00:30.5", false); // 93630.5
 */
export function parseMaccorDuration(text: string, decimalComma: boolean): number {
  const trimmed = text.trim();
  const clock = /^(\d+)d\s+(\d+):(\d+):(\d+(?:[.,]\d*)?)$/.exec(trimmed);
  if (clock) {
    const [, d, h, m, s] = clock;
    return (
      Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number((s ?? "").replace(",", "."))
    );
  }
  if (trimmed === "") return Number.NaN;
  const value = Number(decimalComma ? trimmed.replace(",", ".") : trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Seconds since midnight of a Maccor `DPt Time` stamp (`5/11/2021 3:40:24 PM`,
 * `11/02/2016 15:57:53`); only the clock is used, so day/month order does not matter.
 */
export function clockSeconds(stamp: string): number {
  const match = /(\d{1,2}):(\d{2}):(\d{2})(?:[.,]\d+)?\s*(AM|PM)?/i.exec(stamp);
  if (!match) return Number.NaN;
  let hours = Number(match[1]) % 24;
  const meridiem = match[4]?.toUpperCase();
  if (meridiem === "PM" && hours < 12) hours += 12;
  if (meridiem === "AM" && hours === 12) hours = 0;
  return hours * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/**
 * The unit of a plain-number Maccor test-time column, inferred by comparing its steps with the
 * `DPt Time` wall clock over the first rows: some exports write seconds, others minutes or
 * hours. Returns seconds per unit (1, 60 or 3600), or 1 when the clock cannot tell.
 */
export function inferTimeScale(times: Float64Array, stamps: readonly string[]): number {
  let clock = 0;
  let elapsed = 0;
  const rows = Math.min(times.length, stamps.length, 500);
  for (let i = 1; i < rows; i++) {
    const dt = (times[i] ?? Number.NaN) - (times[i - 1] ?? Number.NaN);
    const dc = clockSeconds(stamps[i] ?? "") - clockSeconds(stamps[i - 1] ?? "");
    if (!(dt > 0) || !(dc >= 0) || dc > 3600) continue;
    clock += dc;
    elapsed += dt;
  }
  if (clock < 10 || elapsed <= 0) return 1;
  const ratio = clock / elapsed;
  let best = 1;
  for (const scale of [1, 60, 3600]) {
    if (Math.abs(Math.log(ratio / scale)) < Math.abs(Math.log(ratio / best))) best = scale;
  }
  return best;
}
