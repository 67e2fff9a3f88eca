import { LmbError } from "@lmb/errors";

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const PLAIN = new RegExp(String.raw`^(${NUMBER})\s*C?$`, "i");
const FRACTION = new RegExp(String.raw`^C\s*/\s*(${NUMBER})$`, "i");

/**
 * Reads a C-rate as researchers write it: `1`, `0.5`, `2C`, `0.1 C`, `C/10`. A C-rate n passes
 * the nominal capacity in 1/n h (SCIENCE.md §2).
 *
 * @param text - The C-rate as typed.
 * @param source - The flag it came from, for the error location. @default "--c-rate"
 * @throws LmbError `E_CRATE_PARSE` for anything else, and for zero or negative rates.
 * @example
 * parseCRate("C/10"); // 0.1
 */
export function parseCRate(text: string, source = "--c-rate"): number {
  const trimmed = text.trim();
  const plain = PLAIN.exec(trimmed);
  const fraction = FRACTION.exec(trimmed);
  const value = plain ? Number(plain[1]) : fraction ? 1 / Number(fraction[1]) : Number.NaN;
  if (!(Number.isFinite(value) && value > 0)) {
    throw new LmbError("E_CRATE_PARSE", `cannot read the C-rate "${text}"`, {
      location: { source },
      fix: 'write a positive C-rate such as "1", "0.5", "2C" or "C/10"',
    });
  }
  return value;
}
