import { isLmbError, LmbError } from "@lmb/errors";
import { type KindConstructor, parseQuantity, type Quantity } from "@lmb/units";

/** A quantity read from the command line: as the user wrote it, and as a typed SI number. */
export interface QuantityOption<K extends number> {
  /** As given, in the user's unit (echoed in `--json` results). */
  readonly quantity: Quantity;
  /** In SI, branded with its kind. */
  readonly si: K;
}

/**
 * Re-throws an `LmbError` from `@lmb/units` with the CLI argument it came from as its location
 * (`--current`, or `<quantity>` for a positional argument), keeping code, column and fix.
 *
 * @example
 * try { parseQuantity(text) } catch (error) { throw atArgument(error, "--current") }
 */
export function atArgument(error: unknown, source: string): unknown {
  if (!isLmbError(error)) return error;
  const column = error.location?.column;
  return new LmbError(error.code, error.problem, {
    location: { source, ...(column === undefined ? {} : { column }) },
    ...(error.fix === undefined ? {} : { fix: error.fix }),
    ...(error.details === undefined ? {} : { details: error.details }),
    cause: error,
  });
}

/**
 * Parses a CLI argument as a quantity of the given kind (e.g. `currentDensity`), so that
 * `--current "1 mAh cm-2"` fails with `E_UNIT_MISMATCH` naming the flag.
 *
 * @param text - The argument as typed, e.g. `"5 mA cm-2"`.
 * @param source - The flag or argument name, for the error location, e.g. `"--current"`.
 * @param kind - A kind constructor of `@lmb/units`.
 * @throws LmbError `E_QUANTITY_PARSE`, `E_UNIT_PARSE`, `E_UNIT_MISMATCH`, `E_NOT_FINITE`.
 * @example
 * const j = quantityOption(options.current, "--current", currentDensity);
 * j.si; // 50 (A m⁻²) for "5 mA cm-2"
 */
export function quantityOption<K extends number>(
  text: string,
  source: string,
  kind: KindConstructor<K>,
): QuantityOption<K> {
  try {
    const quantity = parseQuantity(text);
    return { quantity, si: kind(quantity) };
  } catch (error) {
    throw atArgument(error, source);
  }
}

/**
 * Runs `read` and attributes any `LmbError` it throws to the CLI argument `source`.
 *
 * @example
 * const unit = readArgument("--to", () => parseUnit(options.to));
 */
export function readArgument<T>(source: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw atArgument(error, source);
  }
}
