import { isLmbError } from "@lmb/errors";
import { formatUnit, parseQuantity, type Unit } from "@lmb/units";
import { z } from "zod";

/**
 * What {@link quantityTextSchema} needs from a quantity kind of `@lmb/units` (`currentDensity`,
 * `length`, `arealCapacity`, …): a constructor that checks the dimension, its name and its
 * customary unit.
 */
export interface QuantityKindLike {
  /** Parses and dimension-checks; throws `LmbError` (`E_UNIT_PARSE`, `E_UNIT_MISMATCH`, …). */
  (quantity: string): number;
  /** E.g. `"current density"`. */
  readonly kindName: string;
  /** E.g. mA cm⁻². */
  readonly customaryUnit: Unit;
}

/**
 * A quantity written as text with its unit, as researchers write it in a protocol file or a
 * form field: `"5 mA cm-2"`, `"100 µm"`, `"25 °C"`. Without a kind, any parsable quantity is
 * accepted; with one (from `@lmb/units`), the dimension must match, so `"1 mAh cm-2"` is
 * rejected where a current density is expected. The issue message is the `LmbError` message of
 * `@lmb/units`, which names the token and the fix.
 *
 * In JSON Schema this is a plain string with a description (the unit check needs lmb's parser).
 *
 * @param kind - A quantity kind constructor from `@lmb/units`, e.g. `currentDensity`.
 * @example
 * const schema = quantityTextSchema(currentDensity);
 * schema.parse("5 mA cm⁻²"); // "5 mA cm⁻²"
 * schema.safeParse("1 mAh cm-2").success; // false: an areal capacity, not a current density
 */
export function quantityTextSchema(kind?: QuantityKindLike): z.ZodString {
  const article = kind && /^[aeiou]/i.test(kind.kindName) ? "An" : "A";
  const description = kind
    ? `${article} ${kind.kindName} with its unit, e.g. "1 ${formatUnit(kind.customaryUnit, { ascii: true })}".`
    : 'A quantity with its unit, e.g. "5 mA cm-2".';
  return z
    .string()
    .min(1)
    .check((ctx) => {
      try {
        if (kind) kind(ctx.value);
        else parseQuantity(ctx.value);
      } catch (error) {
        if (!isLmbError(error)) throw error;
        ctx.issues.push({
          code: "custom",
          input: ctx.value,
          message: error.message,
          params: { lmbCode: error.code },
        });
      }
    })
    .describe(description);
}
