import type { DemoLine } from "@lmb/schemas";
import { toQuantityJson } from "@lmb/schemas";
import { formatQuantity, fromSI, type KindConstructor, type Quantity } from "@lmb/units";
import { formatCount } from "../../output/formatCount.js";

/**
 * A demo line holding a quantity, formatted in its own unit.
 *
 * @example
 * quantityLine("Li foil thickness", parseQuantity("50 um"));
 */
export function quantityLine(label: string, quantity: Quantity, formula?: string): DemoLine {
  return {
    label,
    text: formatQuantity(quantity),
    quantity: toQuantityJson(quantity),
    ...(formula === undefined ? {} : { formula }),
  };
}

/**
 * A demo line holding an SI value of a kind, shown in the kind's customary unit.
 *
 * @example
 * kindLine("areal capacity", arealCapacity, q, "q = l·ρ·F/M"); // "10.31 mAh cm⁻²"
 */
export function kindLine<K extends number>(
  label: string,
  kind: KindConstructor<K>,
  si: K,
  formula?: string,
): DemoLine {
  return quantityLine(label, fromSI(si, kind.customaryUnit), formula);
}

/**
 * A demo line holding a plain number (a count, a ratio, a C-rate).
 *
 * @example
 * numberLine("cycles in the duration", 250, "t / (2q/j)");
 */
export function numberLine(label: string, value: number, formula?: string): DemoLine {
  return {
    label,
    text: formatCount(value),
    number: value,
    ...(formula === undefined ? {} : { formula }),
  };
}
