/** Cathodes the full-cell generator knows. */
export type SyntheticCathode = "LFP" | "NCM";

/**
 * Defaults per cathode: 1 C specific capacity (SCIENCE.md §1: LFP 170 mAh g⁻¹, NCM811 200 mAh g⁻¹,
 * here in C kg⁻¹) and the usual voltage window (LFP 2.5–4.2 V, NCM811 3.0–4.3 V).
 *
 * @example
 * CATHODES.LFP.specificCapacity / 3600; // 170 mAh g⁻¹
 */
export const CATHODES: Record<
  SyntheticCathode,
  { specificCapacity: number; lowerVoltage: number; upperVoltage: number }
> = {
  LFP: { specificCapacity: 170 * 3600, lowerVoltage: 2.5, upperVoltage: 4.2 },
  NCM: { specificCapacity: 200 * 3600, lowerVoltage: 3.0, upperVoltage: 4.3 },
};

/**
 * A simple open-circuit voltage of the cathode against Li, V, at state of charge s ∈ [0, 1]
 * (fraction of its Li extracted). Shapes only, not fitted to a material: LFP is a flat two-phase
 * plateau at ≈ 3.42 V with steep ends, 3.42 + 0.04·(s − ½) − 0.3·e^(−s/0.04) + 0.3·e^((s−1)/0.04);
 * NCM slopes, 3.45 + 0.75·s − 0.25·e^(−s/0.05).
 *
 * @param cathode - "LFP" or "NCM"
 * @param s - state of charge, 0–1
 * @returns V vs Li
 * @example
 * openCircuitVoltage("LFP", 0.5); // 3.42 V
 */
export function openCircuitVoltage(cathode: SyntheticCathode, s: number): number {
  if (cathode === "LFP") {
    return 3.42 + 0.04 * (s - 0.5) - 0.3 * Math.exp(-s / 0.04) + 0.3 * Math.exp((s - 1) / 0.04);
  }
  return 3.45 + 0.75 * s - 0.25 * Math.exp(-s / 0.05);
}
