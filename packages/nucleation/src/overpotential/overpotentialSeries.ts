import { LmbError } from "@lmb/errors";
import {
  type NucleationOverpotentialOptions,
  type NucleationOverpotentialResult,
  nucleationOverpotential,
} from "./nucleationOverpotential.js";

/** One first-plating record of a series: columns in SI and the electrode area. */
export interface PlatingRecord {
  time: ArrayLike<number>;
  voltage: ArrayLike<number>;
  /** Current, A. */
  current: ArrayLike<number>;
  /** Electrode area, m². */
  area: number;
  /** A label for the row (file name). */
  label?: string;
}

/** One row of {@link nucleationOverpotentialSeries}. */
export interface OverpotentialSeriesRow {
  label?: string;
  /** |mean current| / area over the plating step, A m⁻². */
  currentDensity: number;
  result: NucleationOverpotentialResult;
}

/**
 * η_nuc, plateau and tip overpotentials for a series of first-plating records at different
 * current densities (one record per cell or per rate), sorted by current density: the input of
 * an η_nuc-versus-j plot.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for a non-positive area; errors of {@link nucleationOverpotential} name the record.
 * @example
 * nucleationOverpotentialSeries([{ time, voltage, current, area: 1.13e-4, label: "0.5 mA" }]);
 */
export function nucleationOverpotentialSeries(
  records: readonly PlatingRecord[],
  options: NucleationOverpotentialOptions = {},
): OverpotentialSeriesRow[] {
  return records
    .map((record, i) => {
      const name = record.label ?? `record ${i + 1}`;
      if (!(record.area > 0)) {
        throw new LmbError(
          "E_INVALID_ARGUMENT",
          `${name}: the area must be positive, got ${record.area}`,
          {
            fix: "give each record's electrode area in m² (1.13 cm² = 1.13e-4)",
          },
        );
      }
      const result = nucleationOverpotential(record.time, record.voltage, record.current, options);
      return {
        ...(record.label === undefined ? {} : { label: record.label }),
        currentDensity: Math.abs(result.step.meanCurrent) / record.area,
        result,
      };
    })
    .sort((a, b) => a.currentDensity - b.currentDensity);
}
