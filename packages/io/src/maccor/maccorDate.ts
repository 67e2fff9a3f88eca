/** A Maccor date stamp split into its parts (the order of day and month is not yet known). */
interface StampParts {
  first: number;
  second: number;
  year: number;
  hours: number;
  minutes: number;
  seconds: string;
}

const STAMP =
  /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s+(\d{1,2}):(\d{2}):(\d{2}(?:[.,]\d+)?)\s*(AM|PM)?\s*$/i;

function stampParts(text: string): StampParts | undefined {
  const m = STAMP.exec(text);
  if (!m) return undefined;
  let hours = Number(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem !== undefined && (hours < 1 || hours > 12)) return undefined;
  if (meridiem === "PM" && hours < 12) hours += 12;
  if (meridiem === "AM" && hours === 12) hours = 0;
  if (hours > 23 || Number(m[5]) > 59) return undefined;
  return {
    first: Number(m[1]),
    second: Number(m[2]),
    year: Number(m[3]),
    hours,
    minutes: Number(m[5]),
    seconds: (m[6] as string).replace(",", "."),
  };
}

/** Which of the two leading date fields is the day. */
export type DateOrder = "month-first" | "day-first";

/**
 * Decides the date order of Maccor stamps (`5/11/2021 3:40:24 PM`, `06/05/2021 11:23:46`):
 * Maccor's own software writes month first, but exports from machines with European locales
 * write day first. A field above 12 settles it; otherwise month first is assumed.
 *
 * @example
 * maccorDateOrder(["06/05/2021 11:23:46", "13/05/2021 08:00:00"]); // "day-first"
 */
export function maccorDateOrder(stamps: Iterable<string>): DateOrder {
  for (const stamp of stamps) {
    const parts = stampParts(stamp);
    if (parts === undefined) continue;
    if (parts.first > 12) return "day-first";
    if (parts.second > 12) return "month-first";
  }
  return "month-first";
}

/**
 * A Maccor date stamp as ISO 8601 local time (the files carry no time zone), or `undefined`
 * when the text is not a valid stamp.
 *
 * @example
 * maccorIsoTime("5/11/2021 3:40:24 PM", "month-first"); // "2021-05-11T15:40:24"
 */
export function maccorIsoTime(text: string, order: DateOrder): string | undefined {
  const parts = stampParts(text);
  if (parts === undefined) return undefined;
  const month = order === "month-first" ? parts.first : parts.second;
  const day = order === "month-first" ? parts.second : parts.first;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  const seconds = parts.seconds.length === 1 ? `0${parts.seconds}` : parts.seconds;
  return `${parts.year}-${pad(month)}-${pad(day)}T${pad(parts.hours)}:${pad(parts.minutes)}:${seconds}`;
}
