/** Seconds per time word, as PyBaMM's experiment strings and researchers write them. */
const SECONDS_PER: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
};

const PIECE = /\s*([+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-−]?\d+)?)\s*([A-Za-z]+)\s*/y;

/**
 * A duration written as one or more number–time-word pairs (`10 min`, `1 h 30 min`,
 * `1h30min`, `2 hours`, `90 s`), summed; undefined when the text is not such a duration
 * (the caller then reads it as another quantity, with the unit parser's error messages).
 *
 * @param text - the duration as written
 * @returns seconds, or undefined
 * @example durationOf("1 h 30 min"); // 5400
 */
export function durationOf(text: string): number | undefined {
  PIECE.lastIndex = 0;
  let total = 0;
  let pieces = 0;
  while (PIECE.lastIndex < text.length) {
    const m = PIECE.exec(text);
    if (m === null) return undefined;
    const factor = SECONDS_PER[(m[2] as string).toLowerCase()];
    if (factor === undefined) return undefined;
    total += Number((m[1] as string).replace("−", "-")) * factor;
    pieces++;
  }
  return pieces === 0 ? undefined : Number(total.toPrecision(15));
}
