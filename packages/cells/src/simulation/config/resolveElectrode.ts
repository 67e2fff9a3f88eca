import { LmbError } from "@lmb/errors";
import type { ElectrodeConfig } from "@lmb/schemas";
import {
  arealCapacity,
  length,
  lithiumArealCapacityFromThickness,
  massLoading,
  specificCapacity,
} from "@lmb/units";
import { cathodeVoltage } from "./cathodeVoltage.js";
import { quantityField } from "./quantityField.js";

/** An electrode with its Li inventory in SI (C m⁻² of electrode area). */
export interface ResolvedElectrode {
  kind: "lithium" | "copper" | "cathode";
  /** Li held at the start, C m⁻² (a cathode's Li in its lithiated sites). */
  inventory: number;
  /** A cathode's full capacity Q_c = specific capacity × loading, C m⁻² (∞ for Li and Cu). */
  capacity: number;
  /** A cathode's active mass per area, kg m⁻². */
  massLoading?: number;
  /** A cathode's open-circuit voltage vs Li at state of charge s = 1 − inventory/Q_c. */
  openCircuitVoltage?: (s: number) => number;
}

/**
 * Resolves one electrode of a cell config to SI: Li foil from its thickness (dense Li,
 * `@lmb/units`: 100 µm ≈ 20.6 mAh cm⁻²) or areal capacity; bare Cu with no Li; a cathode with
 * Q_c = specific capacity × mass loading, starting at `initialStateOfCharge` (default 0, fully
 * lithiated).
 *
 * @param config - the electrode as written
 * @param field - `workingElectrode` or `counterElectrode`, for errors
 * @throws LmbError `E_INVALID_INPUT` naming the field (negative thickness, no mass, both or
 *   neither of thickness and areal capacity)
 * @example
 * resolveElectrode({ kind: "lithium", thickness: "100 um" }, "counterElectrode").inventory; // ≈ 742 000 C m⁻²
 */
export function resolveElectrode(config: ElectrodeConfig, field: string): ResolvedElectrode {
  if (config.kind === "copper") {
    return { kind: "copper", inventory: 0, capacity: Number.POSITIVE_INFINITY };
  }
  if (config.kind === "lithium") {
    const given =
      (config.thickness === undefined ? 0 : 1) + (config.arealCapacity === undefined ? 0 : 1);
    if (given !== 1) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `${field}: a Li electrode needs exactly one of thickness and arealCapacity (got ${given})`,
        {
          location: { source: field },
          fix: 'give e.g. thickness: "50 um" or arealCapacity: "10 mAh cm-2"',
        },
      );
    }
    const inventory =
      config.thickness === undefined
        ? quantityField(
            config.arealCapacity as string | number,
            arealCapacity,
            `${field}.arealCapacity`,
            "positive",
          )
        : lithiumArealCapacityFromThickness(
            length(quantityField(config.thickness, length, `${field}.thickness`, "positive"), "m"),
          );
    return { kind: "lithium", inventory, capacity: Number.POSITIVE_INFINITY };
  }
  const perMass = quantityField(
    config.specificCapacity,
    specificCapacity,
    `${field}.specificCapacity`,
    "positive",
  );
  const loading = quantityField(
    config.massLoading,
    massLoading,
    `${field}.massLoading`,
    "positive",
  );
  const capacity = perMass * loading;
  const soc = config.initialStateOfCharge ?? 0;
  return {
    kind: "cathode",
    inventory: capacity * (1 - soc),
    capacity,
    massLoading: loading,
    openCircuitVoltage: cathodeVoltage(config.voltageCurve, `${field}.voltageCurve`),
  };
}
