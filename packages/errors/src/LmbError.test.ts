import { describe, expect, it } from "vitest";
import { isLmbError, LmbError } from "./index.js";

describe("LmbError", () => {
  it("puts code, problem, location and fix into the message", () => {
    const error = new LmbError("E_UNIT_PARSE", 'unknown unit token "mAhh"', {
      location: { source: "--capacity", column: 3 },
      fix: 'write a unit such as "mAh cm-2"',
    });
    expect(error.message).toBe(
      'E_UNIT_PARSE: unknown unit token "mAhh" (at --capacity:3). Fix: write a unit such as "mAh cm-2"',
    );
    expect(error.code).toBe("E_UNIT_PARSE");
    expect(error).toBeInstanceOf(Error);
    expect(isLmbError(error)).toBe(true);
    expect(isLmbError(new Error("x"))).toBe(false);
    expect(error.toJSON()).toEqual({
      code: "E_UNIT_PARSE",
      message: error.message,
      problem: 'unknown unit token "mAhh"',
      location: { source: "--capacity", column: 3 },
      fix: 'write a unit such as "mAh cm-2"',
    });
  });
});
