import { LmbError } from "@lmb/errors";
import { type KindConstructor, parseQuantity } from "@lmb/units";
import { atArgument } from "../../input/quantityOption.js";

/** How one side of a `--points` pair is read: its kind and the unit of a bare number. */
export interface PointSide<K extends number> {
  kind: KindConstructor<K>;
  /** Unit of a number written without one, e.g. "mA cm-2". */
  defaultUnit: string;
  /** Rewrites the token before parsing (e.g. "25C" → "25 °C"). */
  rewrite?: (token: string) => string;
}

/**
 * Parses `--points "x1:y1,x2:y2,…"` into two SI columns. Each side is a number in the side's
 * default unit or a quantity with its own unit ("1 mA/cm2:13.2 mV"); commas separate pairs and a
 * colon separates x from y.
 *
 * @param text - the option value
 * @param source - the flag, for error locations (e.g. "--points")
 * @throws LmbError `E_INVALID_INPUT` for a malformed pair; `E_QUANTITY_PARSE`, `E_UNIT_PARSE`,
 *   `E_UNIT_MISMATCH` from the unit parser, located at the flag
 * @example
 * parsePoints("1:13.2,2:25.5", "--points", { kind: currentDensity, defaultUnit: "mA cm-2" }, { kind: voltage, defaultUnit: "mV" });
 * // { x: [10, 20] (A m⁻²), y: [0.0132, 0.0255] (V) }
 */
export function parsePoints<X extends number, Y extends number>(
  text: string,
  source: string,
  xSide: PointSide<X>,
  ySide: PointSide<Y>,
): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  const pairs = text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  pairs.forEach((pair, index) => {
    const parts = pair.split(":");
    if (parts.length !== 2) {
      throw new LmbError("E_INVALID_INPUT", `point ${index + 1} "${pair}" is not of the form x:y`, {
        location: { source },
        fix: 'write pairs as "x:y" separated by commas, e.g. "1:13.2,2:25.5"',
      });
    }
    x.push(readSide(parts[0] as string, xSide, source));
    y.push(readSide(parts[1] as string, ySide, source));
  });
  if (pairs.length === 0) {
    throw new LmbError("E_INVALID_INPUT", "no points given", {
      location: { source },
      fix: 'give pairs "x:y" separated by commas, e.g. "1:13.2,2:25.5"',
    });
  }
  return { x, y };
}

function readSide<K extends number>(token: string, side: PointSide<K>, source: string): number {
  try {
    const text = side.rewrite ? side.rewrite(token.trim()) : token.trim();
    const q = parseQuantity(text);
    const withUnit = q.unit.symbol === "" ? parseQuantity(`${text} ${side.defaultUnit}`) : q;
    return side.kind(withUnit);
  } catch (error) {
    throw atArgument(error, source);
  }
}

/**
 * Reads "25C" as 25 °C rather than 25 coulombs (in unit strings `C` is the coulomb, but in a
 * temperature column it can only mean degrees Celsius).
 *
 * @example celsiusShorthand("25C"); // "25 °C"
 */
export function celsiusShorthand(token: string): string {
  const m = /^([+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-−]?\d+)?)\s*C$/.exec(token);
  return m ? `${m[1]} °C` : token;
}
