import { parseUnit, type Unit } from "@lmb/units";

// Unit spellings instruments write that are not unit-algebra notation, mapped to notation
// @lmb/units parses. Keys are compared case-sensitively after trimming.
const SPELLINGS: Readonly<Record<string, string>> = {
  As: "A s",
  mAs: "mA s",
  uAs: "µA s",
  µAs: "µA s",
  Ws: "W s",
  mWs: "mW s",
  Ohms: "Ω",
  ohms: "Ω",
  Ohm: "Ω",
  "Ohm.cm²": "Ω cm2",
  sec: "s",
  Sec: "s",
  secs: "s",
  hr: "h",
  hrs: "h",
  "?C": "°C", // a cp1252 "°" lost on export (Neware layered CSV)
  "℃": "°C",
  C: "°C", // only ever seen as a temperature unit in headers such as "Temperature (C)"
  "1": "1",
  "": "1",
};

/**
 * Turns a unit as an instrument writes it in a column header into an `@lmb/units` unit:
 * BioLogic's dotted products (`mA.h`, `W.h`), Neware's fused `mAs`/`mWs`, `Ohm`, `µ` in
 * either code point, `?C`/`℃` for °C. Returns `undefined` when the text is not a unit lmb knows
 * (the caller decides whether that is an error).
 *
 * @example
 * instrumentUnit("mA.h")?.symbol; // "mAh"
 * instrumentUnit("Capacity(mAs)"); // undefined — pass the unit, not the header
 */
export function instrumentUnit(text: string): Unit | undefined {
  const trimmed = text.trim();
  const mapped =
    SPELLINGS[trimmed] ??
    trimmed.replace(/(?<=[A-Za-zµΩ])\.(?=[A-Za-zµΩ])/g, " ").replace(/\u03bc/g, "µ");
  try {
    return parseUnit(mapped);
  } catch {
    return undefined;
  }
}
