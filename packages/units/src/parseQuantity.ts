import { LmbError } from "@lmb/errors";
import { composeUnit } from "./internal/composeUnit.js";
import { superscriptToAscii } from "./internal/superscriptToAscii.js";
import { parseUnitAt } from "./parseUnit.js";
import type { Quantity } from "./Quantity.js";
import type { Unit } from "./Unit.js";

// A decimal number, optionally "× 10^n" / "x10**n" / "·10⁻³" (how papers print it).
const NUMBER =
  /^\s*([+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-−]?\d+)?)(?:\s*[×xX*·]\s*10(?:\^\(?([+\-−]?\d+)\)?|\*\*\(?([+\-−]?\d+)\)?|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)))?/;
function quantityError(problem: string, column: number, fix: string): LmbError {
  return new LmbError("E_QUANTITY_PARSE", problem, {
    location: { column },
    fix,
    details: { column },
  });
}

/**
 * Parses a number with its unit: `"5 mA cm⁻²"`, `"100um"`, `"-0.5 V"`, `"−0.5 V"`,
 * `"1e-3 S/cm"`, `"25 °C"`, `"5 × 10⁻³ S cm⁻¹"`, `"1.13cm2"`. A number without a unit is
 * dimensionless. A decimal comma (`"1,5 V"`) is refused: it could be a thousands separator.
 *
 * @param text - the quantity as written
 * @returns the value in the unit as written (use {@link toSI} for SI)
 * @throws LmbError `E_QUANTITY_PARSE` (no number, decimal comma, out of range) or
 *   `E_UNIT_PARSE` (columns count from the start of `text`)
 * @example
 * parseQuantity("5 mA cm⁻²"); // { value: 5, unit: { symbol: "mA cm⁻²", factor: 10, … } }
 */
export function parseQuantity(text: string): Quantity {
  if (typeof text !== "string") {
    throw quantityError(
      `a quantity must be a string, got ${typeof text}`,
      1,
      'write e.g. "5 mA cm-2"',
    );
  }
  if (text.length > 300)
    throw quantityError("quantity text longer than 300 characters", 1, "shorten it");
  const m = NUMBER.exec(text);
  if (!m) {
    const column = text.length - text.trimStart().length + 1;
    throw quantityError(
      `expected a number at column ${column}`,
      column,
      'write a number then a unit, e.g. "5 mA cm-2"',
    );
  }
  const mantissa = (m[1] as string).replace("−", "-");
  const power = m[2] ?? m[3] ?? (m[4] === undefined ? undefined : superscriptToAscii(m[4]));
  const exponent = power === undefined ? 0 : Number(power.replace("−", "-"));
  // Number("1.5e-5") is correctly rounded, so "1.5 × 10⁻⁵" reads exactly as "1.5e-5".
  const value = /e/i.test(mantissa)
    ? Number(mantissa) * 10 ** exponent
    : Number(`${mantissa}e${exponent}`);
  if (!Number.isFinite(value)) {
    throw quantityError(
      `number "${m[0].trim()}" is outside the floating-point range`,
      1,
      "use a unit with a larger or smaller prefix",
    );
  }
  const rest = text.slice(m[0].length);
  const unitColumn = m[0].length + 1;
  if (/^,\d/.test(rest)) {
    throw quantityError(
      `ambiguous comma at column ${unitColumn}: decimal comma or thousands separator?`,
      unitColumn,
      'write a decimal point ("1.5 V") and no thousands separators ("1000 mV")',
    );
  }
  const unit: Unit = rest.trim() === "" ? (composeUnit([]) as Unit) : parseUnitAt(rest, unitColumn);
  return Object.freeze({ value: value === 0 ? 0 : value, unit });
}
