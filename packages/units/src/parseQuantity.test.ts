import { isLmbError, type LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity } from "./formatQuantity.js";
import { UNIT_FAMILIES } from "./internal/unitArbitraries.js";
import { parseQuantity } from "./parseQuantity.js";
import { quantity } from "./Quantity.js";
import { toSI } from "./toSI.js";

function quantityError(text: string): LmbError {
  try {
    parseQuantity(text);
  } catch (error) {
    if (isLmbError(error)) return error;
    throw error;
  }
  throw new Error(`"${text}" parsed`);
}

describe("parseQuantity", () => {
  it.each([
    ["5 mA cm⁻²", 5, "mA cm⁻²", 50],
    ["100um", 100, "µm", 1e-4],
    ["-0.5 V", -0.5, "V", -0.5],
    ["−0.5 V", -0.5, "V", -0.5],
    ["+2 mV", 2, "mV", 2e-3],
    ["1e-3 S/cm", 1e-3, "S cm⁻¹", 0.1],
    ["25 °C", 25, "°C", 298.15],
    ["25°C", 25, "°C", 298.15],
    ["5 × 10⁻³ S cm⁻¹", 5e-3, "S cm⁻¹", 0.5],
    ["5x10^-3 S/cm", 5e-3, "S cm⁻¹", 0.5],
    ["1.13cm2", 1.13, "cm²", 1.13e-4],
    [".5 V", 0.5, "V", 0.5],
    ["  3 mAh/g ", 3, "mAh g⁻¹", 10800],
    ["5\u202fmA\u00a0cm-2", 5, "mA cm⁻²", 50],
    ["0.5", 0.5, "", 0.5],
    ["50 %", 50, "%", 0.5],
  ])("%j → %d %s (SI %d)", (text, value, symbol, si) => {
    const q = parseQuantity(text);
    expect(q.value).toBeAllClose(value, { rtol: 1e-15 });
    expect(q.unit.symbol).toBe(symbol);
    expect(toSI(q)).toBeAllClose(si, { rtol: 1e-14 });
  });

  it("refuses a decimal comma (ambiguous with a thousands separator)", () => {
    const error = quantityError("1,5 V");
    expect(error.code).toBe("E_QUANTITY_PARSE");
    expect(error.location?.column).toBe(2);
    expect(error.fix).toContain("1.5 V");
  });

  it("needs a number first and a finite one", () => {
    expect(quantityError("mA").code).toBe("E_QUANTITY_PARSE");
    expect(quantityError("NaN V").code).toBe("E_QUANTITY_PARSE");
    expect(quantityError("1e400 V").code).toBe("E_QUANTITY_PARSE");
  });

  it("reports unit errors at their column in the whole text", () => {
    const error = quantityError("5 mA cm-2 xyz");
    expect(error.code).toBe("E_UNIT_PARSE");
    expect(error.location?.column).toBe(11);
    expect(error.details?.token).toBe("xyz");
  });

  it("quantity() refuses NaN (never a silent NaN)", () => {
    expect(() => quantity(Number.NaN, "V")).toThrow(/E_NOT_FINITE/);
    expect(quantity(5, "mA/cm2").unit.symbol).toBe("mA cm⁻²");
  });

  it("property: parse(format(q)) round-trips exactly with 17 significant digits, unicode and ASCII", () => {
    const units = UNIT_FAMILIES.flat();
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom(...units),
        fc.boolean(),
        (value, unit, ascii) => {
          const q = quantity(value, unit);
          const back = parseQuantity(formatQuantity(q, { significantDigits: 17, ascii }));
          expect(back.value).toBe(value === 0 ? 0 : value);
          expect(back.unit).toEqual(q.unit);
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });

  it("property: parse(format(q)) is within half a unit in the last shown digit (default 5 digits)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1e12, noNaN: true }),
        fc.boolean(),
        (value, ascii) => {
          const q = quantity(value, "mAh cm-2");
          const back = parseQuantity(formatQuantity(q, { ascii }));
          expect(back.value).toBeAllClose(value, { rtol: 5e-5 });
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });

  it("property: on any string it returns a quantity or throws an LmbError, nothing else", () => {
    const alphabet = [..."0123456789.eE+-−×x^⁻²³ mAhcg/°CVsSµuΩ,()%"];
    const quantityLike = fc
      .array(fc.constantFrom(...alphabet), { maxLength: 20 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 24 }), quantityLike), (text) => {
        try {
          return Number.isFinite(parseQuantity(text).value);
        } catch (error) {
          return isLmbError(error) && ["E_QUANTITY_PARSE", "E_UNIT_PARSE"].includes(error.code);
        }
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});
