/**
 * A temperature written in a file name, K: `25C`, `-25C`, `25degC`, `25°C`, `60 C`, `298K`
 * (the last number with a temperature unit wins).
 *
 * @example temperatureFromName("PEIS_LPSCl_IonBlocking_-25C.txt"); // 248.15
 */
export function temperatureFromName(name: string): number | undefined {
  const base = name.replace(/\.[^./]+$/, "");
  const matches = [
    ...base.matchAll(/(?:^|[^A-Za-z0-9.])(-?\d+(?:\.\d+)?)\s*(°C|degC|C|K)(?![A-Za-z])/g),
  ];
  const last = matches.at(-1);
  if (last === undefined) return undefined;
  const value = Number(last[1]);
  const kelvin = last[2] === "K" ? value : value + 273.15;
  return kelvin > 0 ? kelvin : undefined;
}

/**
 * A time written in a file name, s: `24h`, `12 h`, `30min`, `day3` / `3d` / `3days`, `2w`.
 *
 * @example timeFromName("eis_day3.mpt"); // 259200
 */
export function timeFromName(name: string): number | undefined {
  const base = name.replace(/\.[^./]+$/, "");
  const day = base.match(/(?:^|[^A-Za-z])day[-_ ]?(\d+(?:\.\d+)?)(?![A-Za-z])/i);
  if (day) return Number(day[1]) * 86400;
  const m = base.match(
    /(?:^|[^A-Za-z0-9.])(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|min|mins|d|days?|w|weeks?)(?![A-Za-z])/i,
  );
  if (!m) return undefined;
  const value = Number(m[1]);
  const unit = (m[2] as string).toLowerCase();
  if (unit.startsWith("min")) return value * 60;
  if (unit.startsWith("h")) return value * 3600;
  if (unit.startsWith("d")) return value * 86400;
  return value * 604800;
}
