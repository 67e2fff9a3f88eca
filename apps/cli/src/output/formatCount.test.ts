import { describe, expect, it } from "vitest";
import { formatCount } from "./formatCount.js";

describe("formatCount", () => {
  it("prints integers whole and rounds the rest to 5 significant digits", () => {
    expect(formatCount(750)).toBe("750");
    expect(formatCount(749.99999999999)).toBe("750");
    expect(formatCount(0.1 + 0.2)).toBe("0.3");
    expect(formatCount(2 / 3)).toBe("0.66667");
    expect(formatCount(6.0654, 3)).toBe("6.07");
  });
});
