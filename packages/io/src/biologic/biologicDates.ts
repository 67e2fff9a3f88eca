// OLE automation dates count days from 1899-12-30; Unix epoch is day 25 569.
const OLE_UNIX_EPOCH_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/**
 * Formats milliseconds of a wall-clock time (as if UTC) as a local ISO 8601 date-time without
 * offset (`2017-03-15T10:22:53.999`): BioLogic files store the acquisition PC's local time and no
 * time zone. Returns `undefined` outside the years 1980–2200.
 *
 * @example
 * localIso(Date.UTC(2020, 6, 29, 10, 31, 1)); // "2020-07-29T10:31:01"
 */
export function localIso(wallClockMs: number): string | undefined {
  if (!Number.isFinite(wallClockMs)) return undefined;
  const d = new Date(Math.round(wallClockMs));
  const year = d.getUTCFullYear();
  if (year < 1980 || year > 2200) return undefined;
  const ms = d.getUTCMilliseconds();
  return (
    `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    (ms === 0 ? "" : `.${pad(ms, 3)}`)
  );
}

/**
 * Converts an OLE automation date (days since 1899-12-30, the `.mpr` LOG module's start time)
 * to a local ISO 8601 date-time, or `undefined` when the value is not a plausible date.
 *
 * @example
 * oleDateToIso(42809.43951388889); // "2017-03-15T10:32:54"
 */
export function oleDateToIso(days: number): string | undefined {
  return localIso((days - OLE_UNIX_EPOCH_DAYS) * MS_PER_DAY);
}

/**
 * Parses an EC-Lab/BT-Lab date-time `MM/DD/YYYY HH:MM:SS[.fff]` (as in
 * `Acquisition started on : 07/29/2020 10:31:01` and BT-Lab's `time/s` column) in
 * `text[start, end)` to wall-clock milliseconds (treated as UTC). Returns NaN when the text is not
 * such a date. Allocation-free, for use on every row.
 *
 * @example
 * parseBiologicDateTime("05/05/2021 15:36:45.513"); // Date.UTC(2021, 4, 5, 15, 36, 45, 513)
 */
export function parseBiologicDateTime(text: string, start = 0, end = text.length): number {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 13)) end--;
  let i = start;
  const fields = [0, 0, 0, 0, 0, 0];
  const separators = [47, 47, 32, 58, 58]; // / / space : :
  for (let f = 0; f < 6; f++) {
    let digits = 0;
    let value = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      digits++;
      i++;
    }
    if (digits === 0 || digits > 4) return Number.NaN;
    fields[f] = value;
    if (f < 5) {
      const c = text.charCodeAt(i);
      const expected = separators[f] as number;
      // Accept "-" and "." as date separators too (regional settings).
      if (c !== expected && !(f < 2 && (c === 45 || c === 46))) return Number.NaN;
      i++;
    }
  }
  let ms = 0;
  if (i < end && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44)) {
    i++;
    let scale = 100;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return Number.NaN;
      ms += (c - 48) * scale;
      scale /= 10;
      i++;
    }
  }
  if (i !== end) return Number.NaN;
  const [month, day, year, hour, minute, second] = fields as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return Number.NaN;
  return Date.UTC(year < 100 ? 2000 + year : year, month - 1, day, hour, minute, second) + ms;
}
