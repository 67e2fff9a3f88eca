import { LmbError } from "@lmb/errors";
import type { CellConfig, InterphaseConfig, QuantityInput } from "@lmb/schemas";
import { length } from "@lmb/units";
import { quantityField } from "../config/quantityField.js";
import type { SharedCellConfig } from "./comparisonDefaults.js";

/** A Li‖Li cell of the comparison: its label and electrode thicknesses. */
export interface ComparisonCellSpec {
  /** E.g. "100 µm | 20 µm" (counter | working). */
  label: string;
  /** Working (thin) Li, m. */
  working: number;
  /** Counter (thick) Li, m. */
  counter: number;
}

/** Thickness in µm, rounded to 4 significant digits, for labels and JSON. */
export function micrometres(metres: number): number {
  return Number((metres * 1e6).toPrecision(4));
}

/**
 * The Li‖Li cell `counter | working` as a label and SI thicknesses.
 *
 * @param counter - the thick electrode ("100 um" or m)
 * @param working - the thin electrode ("20 um" or m)
 * @param field - the option's name, for errors
 * @throws LmbError `E_INVALID_INPUT` naming the field for a non-positive or unitless thickness
 * @example comparisonCellSpec("100 um", "20 um").label; // "100 µm | 20 µm"
 */
export function comparisonCellSpec(
  counter: QuantityInput,
  working: QuantityInput,
  field = "thin",
): ComparisonCellSpec {
  const c = quantityField(counter, length, "thick", "positive");
  const w = quantityField(working, length, field, "positive");
  return { label: `${micrometres(c)} µm | ${micrometres(w)} µm`, working: w, counter: c };
}

/**
 * The full cell config of one compared cell: the shared parts, the two Li foils and the
 * interphase.
 *
 * @example comparisonCellConfig(DEFAULT_COMPARISON_CELL, spec, DEFAULT_COMPARISON_INTERPHASE);
 */
export function comparisonCellConfig(
  shared: SharedCellConfig,
  spec: ComparisonCellSpec,
  interphase: InterphaseConfig,
): CellConfig {
  return {
    ...shared,
    name: spec.label,
    workingElectrode: { kind: "lithium", thickness: spec.working },
    counterElectrode: { kind: "lithium", thickness: spec.counter },
    interphase,
  };
}

/**
 * The interphase with another metal fraction (and aspect ratio): what the sweeps vary.
 *
 * @throws LmbError `E_INVALID_INPUT` when the interphase has no `metal` to vary
 * @example withMetal(DEFAULT_COMPARISON_INTERPHASE, 0.3).metal?.fraction; // 0.3
 */
export function withMetal(
  interphase: InterphaseConfig,
  fraction: number,
  aspectRatio?: number,
): InterphaseConfig {
  const metal = interphase.metal;
  if (metal === undefined) {
    throw new LmbError("E_INVALID_INPUT", "the interphase has no metal whose fraction could vary", {
      location: { source: "interphase.metal" },
      fix: 'give interphase.metal, e.g. { fraction: 0.3, particleDiameter: "5 nm" }, instead of electronicConductivity',
    });
  }
  return {
    ...interphase,
    metal: { ...metal, fraction, ...(aspectRatio === undefined ? {} : { aspectRatio }) },
  };
}
