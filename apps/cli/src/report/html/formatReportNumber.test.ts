import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escapeHtml.js";
import { formatHeadline } from "./formatHeadline.js";
import { formatReportNumber } from "./formatReportNumber.js";

describe("formatReportNumber", () => {
  it("keeps 4 significant digits, integers in full, scientific notation outside 1e-3…1e6", () => {
    expect(formatReportNumber(110.5623)).toBe("110.6");
    expect(formatReportNumber(61)).toBe("61");
    expect(formatReportNumber(0.985)).toBe("0.985");
    expect(formatReportNumber(98.5)).toBe("98.5");
    expect(formatReportNumber(9.999e-7)).toBe("9.999 × 10⁻⁷");
    expect(formatReportNumber(1e-6)).toBe("1 × 10⁻⁶");
    expect(formatReportNumber(2.5e7)).toBe("2.5 × 10⁷");
    expect(formatReportNumber(-0.0001234)).toBe("-1.234 × 10⁻⁴");
    expect(formatReportNumber(2.8e-10, 2)).toBe("2.8 × 10⁻¹⁰");
    expect(formatReportNumber(0)).toBe("0");
  });

  it("round-trips to within the digits kept (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        (x) => {
          const text = formatReportNumber(x)
            .replace(" × 10", "e")
            .replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) =>
              String("⁻⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) === 0 ? "-" : "⁻⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) - 1),
            );
          const back = Number(text);
          expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-4 + 1e-300);
        },
      ),
    );
  });
});

describe("formatHeadline", () => {
  it("writes value ± uncertainty and unit, text as is", () => {
    expect(formatHeadline({ value: 1.00823, unit: "mA cm⁻²", uncertainty: 0.01234 })).toBe(
      "1.008 ± 0.012 mA cm⁻²",
    );
    expect(formatHeadline({ value: 98.5, unit: "%" })).toBe("98.5 %");
    expect(formatHeadline({ value: "instantaneous", unit: "" })).toBe("instantaneous");
    expect(formatHeadline({ value: 250, unit: "" })).toBe("250");
  });
});

describe("escapeHtml", () => {
  it("leaves no markup character, and decoding gives the text back (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        const decoded = escaped
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, "&");
        expect(decoded).toBe(text);
      }),
    );
  });
});
