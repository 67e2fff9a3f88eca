import { LmbError } from "@lmb/errors";
import { type Dimension, dimensionsEqual } from "./Dimension.js";
import { describeDimension } from "./dimensionName.js";
import { type FormatQuantityOptions, formatQuantity } from "./formatQuantity.js";
import { namedDimension } from "./internal/namedDimensions.js";
import { resolveUnit } from "./internal/resolveUnit.js";
import { parseQuantity } from "./parseQuantity.js";
import type { Quantity } from "./Quantity.js";
import type { Unit } from "./Unit.js";

declare const kindBrand: unique symbol;

/**
 * A number in coherent SI units branded with the kind of quantity it is, so that an
 * areal capacity cannot be passed where a current density is expected. At run time it
 * is a plain number (no object per value; columns stay `Float64Array`).
 *
 * @example
 * type CurrentDensity = Kind<"current density">; // A m⁻²
 */
export type Kind<Name extends string> = number & { readonly [kindBrand]: Name };

/** Any branded kind. */
export type AnyKind = Kind<string>;

/** A checked constructor of a branded kind; also carries the kind's units. */
export interface KindConstructor<K extends number> {
  /** The SI value of `value` in `unit`; throws `E_UNIT_MISMATCH` for a unit of another dimension. */
  (value: number, unit: Unit | string): K;
  /** The SI value of a quantity such as `"5 mA cm-2"`. */
  (quantity: Quantity | string): K;
  /** E.g. "current density". */
  readonly kindName: string;
  readonly dimension: Dimension;
  /** The coherent SI unit (A m⁻²). */
  readonly siUnit: Unit;
  /** The unit researchers write (mA cm⁻²). */
  readonly customaryUnit: Unit;
  /** Brands a number that is already SI, unchecked (e.g. one read from a Float64Array column). */
  fromSI(siValue: number): K;
  /** The value in `unit`; throws `E_UNIT_MISMATCH` for a unit of another dimension. */
  inUnit(x: K, unit: Unit | string): number;
  /** The value written in the customary unit, e.g. "5 mA cm⁻²". */
  format(x: K, options?: FormatQuantityOptions): string;
}

/** Options of {@link defineKind}. */
export interface DefineKindOptions {
  /** The dimension's name when it differs from the kind's ("temperature" for a difference). */
  dimension?: string;
  /** Values are differences: °C offsets are ignored (temperature differences). @default false */
  difference?: boolean;
  /** Unit for `format` and `customaryUnit`. @default the dimension's customary unit */
  customaryUnit?: string;
  /** Reject SI values below this (0 for absolute temperature). */
  minimum?: number;
}

function notFinite(kindName: string, value: unknown): LmbError {
  return new LmbError("E_NOT_FINITE", `${kindName} ${String(value)} is not a finite number`, {
    fix: "give a finite number",
  });
}

/**
 * Makes a checked constructor for a branded kind whose dimension lmb names (see
 * {@link dimensionName}); other packages use it for their own kinds.
 *
 * @param kindName - the kind ("exchange current density")
 * @param options - {@link DefineKindOptions}; `dimension` defaults to `kindName`
 * @throws LmbError `E_INVALID_ARGUMENT` for an unknown dimension name
 * @example
 * type ExchangeCurrentDensity = Kind<"exchange current density">;
 * const exchangeCurrentDensity = defineKind<ExchangeCurrentDensity>("exchange current density", { dimension: "current density" });
 * exchangeCurrentDensity(1, "mA cm-2"); // 10 (A m⁻²)
 */
export function defineKind<K extends number>(
  kindName: string,
  options: DefineKindOptions = {},
): KindConstructor<K> {
  const named = namedDimension(options.dimension ?? kindName);
  const difference = options.difference ?? false;
  const customary =
    options.customaryUnit === undefined ? named.customaryUnit : resolveUnit(options.customaryUnit);
  const checked = (u: Unit | string, verb: string): Unit => {
    const unit = resolveUnit(u);
    if (!dimensionsEqual(unit.dimension, named.dimension)) {
      throw new LmbError(
        "E_UNIT_MISMATCH",
        `${kindName} ${verb} a unit of ${describeDimension(named.dimension)}, got "${unit.symbol}" (${describeDimension(unit.dimension)})`,
        {
          fix: `use a unit such as ${customary.symbol}`,
        },
      );
    }
    return unit;
  };
  const construct = (a: number | Quantity | string, b?: Unit | string): K => {
    const q: Quantity =
      typeof a === "string"
        ? parseQuantity(a)
        : typeof a === "number"
          ? { value: a, unit: checked(b ?? "", "needs") }
          : a;
    const unit = checked(q.unit, "needs");
    if (!Number.isFinite(q.value)) throw notFinite(kindName, q.value);
    const si = difference ? q.value * unit.factor : q.value * unit.factor + unit.offset;
    if (options.minimum !== undefined && si < options.minimum) {
      throw new LmbError(
        "E_OUT_OF_RANGE",
        `${kindName} ${q.value} ${unit.symbol} is below ${options.minimum} ${named.siUnit.symbol}`,
        {
          fix: "check the value and its unit",
        },
      );
    }
    return si as K;
  };
  const inUnit = (x: K, u: Unit | string): number => {
    const unit = checked(u, "is shown in");
    if (!Number.isFinite(x)) throw notFinite(kindName, x);
    return difference ? x / unit.factor : (x - unit.offset) / unit.factor;
  };
  return Object.assign(construct as KindConstructor<K>, {
    kindName,
    dimension: named.dimension,
    siUnit: named.siUnit,
    customaryUnit: customary,
    fromSI: (siValue: number) => siValue as K,
    inUnit,
    format: (x: K, formatOptions: FormatQuantityOptions = {}) =>
      formatQuantity({ value: inUnit(x, customary), unit: customary }, formatOptions),
  });
}
