import { isLmbError, type LmbError } from "@lmb/errors";
import { describe, expect, it } from "vitest";
import { parseProtocol } from "./parseProtocol.js";

/** The LmbError that parsing `text` throws. */
function errorOf(text: string): LmbError {
  try {
    parseProtocol(text);
  } catch (error) {
    if (isLmbError(error)) return error;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(text)}`);
}

describe("parseProtocol errors point at the word: code, line, column, caret, what was expected", () => {
  it.each([
    // [text, code, line, column, word, message fragment]
    ["Hold at 4.2 V for 1 h", "E_PROTOCOL_PARSE", 1, 1, "Hold", "potentiostatic"],
    ["Rest for 1 h\nRun US06", "E_PROTOCOL_PARSE", 2, 1, "Run", "drive cycle"],
    [
      "Rest for 1 h\nPlating at 1 mA cm-2 for 1 h",
      "E_PROTOCOL_PARSE",
      2,
      1,
      "Plating",
      "unknown step 'Plating'",
    ],
    [
      "Plate at for 1 h",
      "E_PROTOCOL_PARSE",
      1,
      10,
      "for",
      "expected a current like '0.5 mA cm-2' after 'at'",
    ],
    ["Plate 1 mA cm-2 for 1 h", "E_PROTOCOL_PARSE", 1, 7, "1", "expected 'at'"],
    ["Plate at 0.5 mA cm-2", "E_PROTOCOL_PARSE", 1, 21, "", "expected 'for' or 'until'"],
    ["Plate at 1 mAx cm-2 for 1 h", "E_PROTOCOL_PARSE", 1, 12, "mAx", "unknown unit"],
    ["Plate at 1 V for 1 h", "E_PROTOCOL_PARSE", 1, 10, "1 V", "expected a current"],
    ["Plate at 1 mA cm-2 for 1 V", "E_PROTOCOL_PARSE", 1, 24, "1 V", "write 'until 1 V'"],
    ["Strip at 1 mA cm-2 until 1 h", "E_PROTOCOL_PARSE", 1, 26, "1 h", "expected a voltage"],
    ["Plate at 1 mA cm-2 for 1 m", "E_PROTOCOL_PARSE", 1, 24, "1 m", "'m' is the metre"],
    [
      "Plate at 1 mA cm-2 for 1 h until 1 V",
      "E_PROTOCOL_PARSE",
      1,
      28,
      "until",
      "expected 'or' between two limits",
    ],
    [
      "Plate at 1 mA cm-2 for 1 h or 1 V",
      "E_PROTOCOL_PARSE",
      1,
      31,
      "1",
      "expected 'for' or 'until' after 'or'",
    ],
    ["Rest at 1 mA cm-2", "E_PROTOCOL_PARSE", 1, 6, "at", "a rest has no current"],
    ["Rest until 1 V", "E_PROTOCOL_PARSE", 1, 6, "until", "duration only"],
    ["Rest for 10", "E_PROTOCOL_PARSE", 1, 10, "10", "expected a duration"],
    [
      "Rest for 1 h Rest for 1 h",
      "E_PROTOCOL_PARSE",
      1,
      14,
      "Rest",
      "expected ',', ';' or a new line",
    ],
    ["Rest for 1 h x 3, Rest for 1 h", "E_PROTOCOL_PARSE", 1, 17, ",", "must end the line"],
    ["Rest for 1 h x", "E_PROTOCOL_PARSE", 1, 15, "", "expected a repeat count"],
    ["(Rest for 1 h", "E_PROTOCOL_PARSE", 1, 1, "(", "never closed"],
    ["Rest for 1 h)", "E_PROTOCOL_PARSE", 1, 13, ")", "without a matching '('"],
    [
      "Charge at 1 A until 4.1 V (1 minute period)",
      "E_PROTOCOL_PARSE",
      1,
      27,
      "(",
      "recording period",
    ],
    ["() x 2", "E_PROTOCOL_PARSE", 1, 1, "()", "empty group"],
    ["", "E_PROTOCOL_PARSE", 1, 1, "", "no steps"],
    [" , ;\n", "E_PROTOCOL_PARSE", 1, 1, " , ;\n", "no steps"],
    ["Plate at 1,5 mA cm-2 for 1 h", "E_PROTOCOL_PARSE", 1, 10, "1,5", "decimal comma"],
    [
      "Ramp plate/hold from 1 mA by 1 mA to 2 mA for 1 h",
      "E_PROTOCOL_PARSE",
      1,
      6,
      "plate/hold",
      "directions",
    ],
    [
      "Ramp plate/strip from 1 mA cm-2 to 2 mA cm-2 for 1 h",
      "E_PROTOCOL_PARSE",
      1,
      33,
      "to",
      "expected 'by <step>' or 'times <factor>'",
    ],
    [
      "Ramp plate/strip from 1 mA cm-2 by 1 mA to 2 mA cm-2 for 1 h",
      "E_PROTOCOL_PARSE",
      1,
      33,
      "by 1 mA",
      "same kind",
    ],
    [
      "Reservoir at 0.5 mA cm-2 5 mAh cm-2, 1 mAh cm-2 x 10, cut-off 1 V",
      "E_PROTOCOL_PARSE",
      1,
      26,
      "5",
      "could not read '0.5 mA cm-2 5 mAh cm-2' as a current",
    ],
    [
      "Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2, cut-off 1 V",
      "E_PROTOCOL_PARSE",
      1,
      49,
      ",",
      "number of cycles",
    ],
    [
      "Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2 x 10, 1 V",
      "E_PROTOCOL_PARSE",
      1,
      56,
      "1",
      "expected 'cut-off'",
    ],
    [
      "Reservoir at 0.5 mA cm-2: 5 h, 1 mAh cm-2 x 10, cut-off 1 V",
      "E_PROTOCOL_PARSE",
      1,
      27,
      "5 h",
      "as a capacity",
    ],
  ])("%j → %s at %i:%i", (text, code, line, column, word, fragment) => {
    const error = errorOf(text);
    expect(error.code).toBe(code);
    expect(error.location).toEqual({ source: "protocol", line, column });
    expect(error.details).toMatchObject({ line, column, word });
    expect(error.message).toContain(fragment);
    expect(error.problem).toContain(`line ${line}, column ${column}`);
    expect(error.fix).toBeTruthy();
  });

  it("repeats the offending line with a caret under the word", () => {
    const error = errorOf("Rest for 10 min\n  Plate at -1 mA cm-2 for 1 h");
    expect(error.code).toBe("E_PROTOCOL_INVALID");
    expect(error.problem).toBe(
      [
        "the current '-1 mA cm-2' must be positive and finite: the verb (Plate, Strip, Charge, Discharge) gives its direction (at '-1 mA cm-2', line 2, column 12)",
        "    Plate at -1 mA cm-2 for 1 h",
        "             ^^^^^^^^^^",
      ].join("\n"),
    );
  });
});

describe("parseProtocol refuses physically meaningless steps (E_PROTOCOL_INVALID)", () => {
  it.each([
    ["Plate at 0 mA cm-2 for 1 h", 1, 10, "must be positive"],
    ["Strip at -1 mA cm-2 for 1 h", 1, 10, "must be positive"],
    ["Charge at 0C for 1 h", 1, 11, "must be positive"],
    ["Charge at C/0 for 1 h", 1, 11, "must be positive and finite"],
    ["Plate at 1 mA cm-2 for 0 h", 1, 24, "duration '0 h' must be positive"],
    ["Plate at 1 mA cm-2 for -1 mAh cm-2", 1, 24, "capacity '-1 mAh cm-2' must be positive"],
    ["Rest for 0 s", 1, 10, "must be positive"],
    ["(Rest for 1 s) x 0", 1, 18, "at least 1"],
    ["(Rest for 1 s) x 2.5", 1, 18, "not a whole number"],
    ["(Rest for 1 s) x -3", 1, 18, "not a whole number"],
    ["(Rest for 1 s) x 1000001", 1, 18, "above the 1000000 steps"],
    ["(Rest for 1 s) x 99999999999999999999", 1, 18, "above the 1000000 steps"],
    ["((Rest for 1 s) x 1000) x 1001", 1, 1, "more than the 1000000 allowed"],
    ["(Rest for 1 s) x 600000\n(Rest for 1 s) x 600000", 2, 1, "more than the 1000000 allowed"],
    [
      "Ramp plate/strip from 0.001 mA cm-2 by 0.000001 mA cm-2 to 1000 mA cm-2 for 1 h",
      1,
      1,
      "more than the 1000000 allowed",
    ],
    ["Ramp plate/strip from 2 mA cm-2 by 1 mA cm-2 to 1 mA cm-2 for 1 h", 1, 46, "below the first"],
    ["Ramp plate/strip from 1 mA cm-2 times 1 to 2 mA cm-2 for 1 h", 1, 39, "must be above 1"],
    ["Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2 x 0, cut-off 1 V", 1, 52, "at least 1"],
  ])("%j at %i:%i", (text, line, column, fragment) => {
    const error = errorOf(text);
    expect(error.code).toBe("E_PROTOCOL_INVALID");
    expect(error.location).toEqual({ source: "protocol", line, column });
    expect(error.problem).toContain(fragment);
  });

  it("refuses a non-string and an over-long text with E_PROTOCOL_PARSE", () => {
    expect(() => parseProtocol(42 as unknown as string)).toThrow(/E_PROTOCOL_PARSE/);
    expect(() => parseProtocol("Rest for 1 s\n".repeat(10_000))).toThrow(/longer than 100000/);
  });

  it("refuses groups nested deeper than 32", () => {
    const error = errorOf(`${"(".repeat(40)}Rest for 1 s${")".repeat(40)}`);
    expect(error.code).toBe("E_PROTOCOL_PARSE");
    expect(error.location).toEqual({ source: "protocol", line: 1, column: 33 });
  });
});
