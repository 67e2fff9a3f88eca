import { DIMENSIONLESS, type Dimension, multiplyDimensions, powerDimension } from "../Dimension.js";
import type { Unit } from "../Unit.js";
import type { UnitFactor } from "./parseFactors.js";

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

function fraction(x: number): string {
  for (const den of [2, 3, 4, 5, 6]) {
    const num = Math.round(x * den);
    if (Math.abs(num / den - x) < 1e-9) return `${num}/${den}`;
  }
  return String(x);
}

/** Writes an exponent: "⁻²" (unicode) or "-2" (ASCII); "^(-1/2)" for fractions in both. */
export function renderExponent(exponent: number, ascii: boolean): string {
  if (exponent === 1) return "";
  if (!Number.isInteger(exponent)) return `^(${fraction(exponent)})`;
  if (ascii) return String(exponent);
  const digits = [...String(Math.abs(exponent))].map((c) => SUPERSCRIPT_DIGITS[Number(c)]).join("");
  return (exponent < 0 ? "⁻" : "") + digits;
}

/** Joins same-symbol factors (cm · cm → cm²) and drops the ones whose exponents cancel. */
export function mergeFactors(factors: readonly UnitFactor[]): UnitFactor[] {
  const merged: UnitFactor[] = [];
  for (const f of factors) {
    const i = merged.findIndex((m) => m.unit.symbol === f.unit.symbol);
    if (i < 0) merged.push(f);
    else {
      const m = merged[i] as UnitFactor;
      merged[i] = { unit: m.unit, exponent: m.exponent + f.exponent };
    }
  }
  return merged
    .map((f) => ({ unit: f.unit, exponent: Math.round(f.exponent * 1e9) / 1e9 }))
    .filter((f) => f.exponent !== 0);
}

/** The symbol of merged factors, space-separated: "mA cm⁻²" or, in ASCII, "mA cm-2". */
export function renderFactors(factors: readonly UnitFactor[], ascii: boolean): string {
  return factors
    .map((f) => (ascii ? f.unit.ascii : f.unit.symbol) + renderExponent(f.exponent, ascii))
    .join(" ");
}

/**
 * Builds a {@link Unit} from parsed factors. The offset of °C survives only when °C stands
 * alone to the first power; inside a product or power (mV/°C, °C⁻¹) it is a difference.
 */
export function composeUnit(factors: readonly UnitFactor[]): Unit | undefined {
  const merged = mergeFactors(factors);
  let scale = 1;
  let pow10 = 0;
  let dimension: Dimension = DIMENSIONLESS;
  for (const f of merged) {
    scale *= f.unit.scale ** f.exponent;
    pow10 += f.unit.pow10 * f.exponent;
    dimension = multiplyDimensions(dimension, powerDimension(f.unit.dimension, f.exponent));
  }
  // Number("1e" + n) is the correctly rounded power of ten; 10 ** n is not always.
  const ten = Number.isInteger(pow10) ? Number(`1e${pow10}`) : 10 ** pow10;
  const factor = scale * ten;
  if (!Number.isFinite(factor) || factor <= 0) return undefined;
  const only = merged.length === 1 ? merged[0] : undefined;
  const offset = only && only.exponent === 1 ? only.unit.offset : 0;
  return Object.freeze({ symbol: renderFactors(merged, false), factor, offset, dimension });
}
