import { LITHIUM } from "@lmb/units";
import { requireNumber, requirePositiveOption } from "../internal/requireOption.js";
import {
  type SymmetricCellTraceOptions,
  type SymmetricCellTruth,
  symmetricCellTrace,
} from "./symmetricCellTrace.js";
import type { SyntheticTrace } from "./syntheticTrace.js";

/** Options of {@link asymmetricCellTrace}. */
export interface AsymmetricCellTraceOptions
  extends Omit<SymmetricCellTraceOptions, "lithiumReservoir"> {
  /** Thickness of the thin Li working electrode, m. @default 20e-6 (20 µm ≈ 4.12 mAh cm⁻²) */
  thinLithiumThickness?: number;
  /** Fraction of each plating on the thin electrode that can be stripped again. @default 0.95 */
  coulombicEfficiency?: number;
  /** The instrument's voltage limit, V. @default 5 */
  voltageLimit?: number;
}

/**
 * Synthetic thick‖thin asymmetric Li cell (SCIENCE.md §7): {@link symmetricCellTrace} with a
 * finite Li reservoir on the working electrode of Q₀ = thickness × F·ρ/M (`LITHIUM.volumetricCapacity`
 * of `@lmb/units`: 1 µm ≈ 0.206 mAh cm⁻²). Each plating on it adds CE·q, each stripping removes
 * q; when it runs out during a stripping the voltage jumps to the instrument limit and the test
 * stops. `truth.depletion` gives the time, cycle and half cycle.
 *
 * @param options - thin-Li thickness (m), CE, voltage limit (V), and the symmetric-cell options
 * @returns the record and its truth
 * @throws LmbError `E_INVALID_INPUT` for a bad option
 * @example
 * // 20 µm Li, 1 mAh cm⁻² per half cycle, CE 95 %: the thin Li lasts ≈ 4.12/0.05 ≈ 83 cycles
 * const { truth } = asymmetricCellTrace({ steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 200 }] });
 * truth.depletion?.cycle; // 83
 */
export function asymmetricCellTrace(
  options: AsymmetricCellTraceOptions = {},
): SyntheticTrace<SymmetricCellTruth> {
  const { thinLithiumThickness, coulombicEfficiency, voltageLimit, ...rest } = options;
  const thickness = requirePositiveOption(
    thinLithiumThickness ?? 20e-6,
    "options.thinLithiumThickness",
    "thin Li thickness (m)",
    "give the thickness in m (20 µm = 20e-6 m)",
  );
  const ce = requireNumber(
    coulombicEfficiency ?? 0.95,
    "options.coulombicEfficiency",
    "Coulombic efficiency",
    { min: 0, max: 1, exclusiveMin: true },
    "give CE in (0, 1]",
  );
  return symmetricCellTrace({
    ...rest,
    lithiumReservoir: {
      capacity: thickness * LITHIUM.volumetricCapacity,
      coulombicEfficiency: ce,
      ...(voltageLimit === undefined ? {} : { voltageLimit }),
    },
  });
}
