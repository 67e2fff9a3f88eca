import { LmbError } from "@lmb/errors";
import { superscriptToAscii } from "./superscriptToAscii.js";

/** A lexical piece of a unit expression; `column` is 1-based in the text given to the parser. */
export type UnitToken =
  | {
      readonly kind: "symbol";
      readonly text: string;
      readonly column: number;
      readonly spaceBefore: boolean;
    }
  | {
      readonly kind: "exponent";
      readonly value: number;
      readonly text: string;
      readonly column: number;
    }
  | { readonly kind: "one"; readonly column: number }
  | { readonly kind: "mul" | "div" | "open" | "close"; readonly column: number };

const SYMBOL_CHAR = /[A-Za-z\u00b5\u03bc\u03a9\u2126\u00b0\u2103\u00c5\u212b%]/;
const MUL_CHARS = new Set(["*", "·", "⋅", "×", "•"]);
/** Creates the E_UNIT_PARSE error every parsing step throws. */
export function unitParseError(
  problem: string,
  column: number,
  fix: string,
  details: Record<string, unknown> = {},
): LmbError {
  return new LmbError("E_UNIT_PARSE", problem, {
    location: { column },
    fix,
    details: { column, ...details },
  });
}

// After ^ or **: 2, -2, +2, -0.5, -1/2, or any of those in parentheses.
const CARET_EXPONENT = /^(\()?\s*([+\-−]?)(\d+(?:\.\d+)?)(?:\/(\d+))?\s*(\))?/;
// Written straight after a symbol: cm2, cm-2, cm−2.
const BARE_EXPONENT = /^([+\-−]?)(\d+)/;
const SUPERSCRIPT_EXPONENT = /^[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/;

function readExponent(text: string, at: number, base: number): UnitToken | undefined {
  const rest = text.slice(at);
  const column = base + at;
  let caret = 0;
  if (rest.startsWith("^")) caret = 1;
  else if (rest.startsWith("**")) caret = 2;
  if (caret > 0) {
    const m = CARET_EXPONENT.exec(rest.slice(caret));
    if (!m || Boolean(m[1]) !== Boolean(m[5])) {
      throw unitParseError(
        `expected an exponent after "${rest.slice(0, caret)}"`,
        column,
        'write e.g. "cm^-2"',
      );
    }
    const sign = m[2] === "" || m[2] === "+" ? 1 : -1;
    const denominator = m[4] === undefined ? 1 : Number(m[4]);
    const value = (sign * Number(m[3])) / denominator;
    return { kind: "exponent", value, text: rest.slice(0, caret + m[0].length), column };
  }
  const sup = SUPERSCRIPT_EXPONENT.exec(rest);
  if (sup) {
    const ascii = superscriptToAscii(sup[0]);
    return { kind: "exponent", value: Number(ascii), text: sup[0], column };
  }
  const bare = BARE_EXPONENT.exec(rest);
  if (bare) {
    const sign = bare[1] === "" || bare[1] === "+" ? 1 : -1;
    return { kind: "exponent", value: sign * Number(bare[2]), text: bare[0], column };
  }
  return undefined;
}

/**
 * Splits a unit expression into tokens. `base` is the column of `text[0]` (so errors in
 * "5 mA cm-2" point into the whole quantity string).
 */
export function tokenizeUnit(text: string, base = 1): UnitToken[] {
  const tokens: UnitToken[] = [];
  let i = 0;
  let spaceBefore = false;
  const pushExponent = () => {
    const exponent = readExponent(text, i, base);
    if (exponent?.kind === "exponent") {
      tokens.push(exponent);
      i += exponent.text.length;
    }
  };
  while (i < text.length) {
    const c = text[i] as string;
    const column = base + i;
    if (/\s/.test(c)) {
      spaceBefore = true;
      i++;
      continue;
    }
    if (SYMBOL_CHAR.test(c)) {
      let j = i;
      while (j < text.length && SYMBOL_CHAR.test(text[j] as string)) j++;
      tokens.push({ kind: "symbol", text: text.slice(i, j), column, spaceBefore });
      i = j;
      pushExponent();
    } else if (c === "(" || c === ")") {
      tokens.push({ kind: c === "(" ? "open" : "close", column });
      i++;
      if (c === ")") pushExponent();
    } else if (c === "/") {
      tokens.push({ kind: "div", column });
      i++;
    } else if (MUL_CHARS.has(c) && !text.startsWith("**", i)) {
      tokens.push({ kind: "mul", column });
      i++;
    } else if (c === "1" && !/[\d.]/.test(text[i + 1] ?? "")) {
      tokens.push({ kind: "one", column });
      i++;
    } else {
      const what = /[\d.+\-−^⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]/.test(c) ? "number or exponent" : `character "${c}"`;
      throw unitParseError(
        `unexpected ${what} at column ${column}`,
        column,
        'write exponents straight after the unit ("cm-2", "cm^-2", "cm⁻²"); the only number allowed alone is "1" (as in "1/s")',
        { token: c },
      );
    }
    spaceBefore = false;
  }
  return tokens;
}
