import { LmbError } from "@lmb/errors";
import { normalQuantile } from "@lmb/numerics";
import type { ChargeTransferExchangeCurrentResult, OverpotentialConvention } from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT, STANDARD_TEMPERATURE } from "@lmb/units";
import { estimateJson, quantityJson } from "../internal/estimate.js";
import {
  requireConfidenceLevel,
  requirePositive,
  requireTemperature,
} from "../internal/validate.js";

/** A charge-transfer resistance, as measured (impedance fit or micro-polarization). */
export interface ChargeTransferResistanceInput {
  /** R_ct, Ω (> 0); for a symmetric cell the whole cell's R_ct (both interfaces). */
  resistance: number;
  /** Standard error of R_ct, Ω (≥ 0), e.g. from an impedance fit. */
  resistanceStandardError?: number;
  /** Area A of one electrode, m² (> 0). */
  area: number;
}

/** Options of {@link exchangeCurrentFromResistance}. */
export interface ExchangeCurrentFromResistanceOptions {
  /** "electrode": R_ct of one interface; "cell": a symmetric cell's R_ct (two interfaces). @default "electrode" */
  convention?: OverpotentialConvention;
  /** Absolute temperature, K. @default 298.15 */
  temperature?: number;
  /** α_a + α_c (= n in the textbook RT/(nF·R_ct·A)). @default 1 */
  transferCoefficientSum?: number;
  /** Level of the (normal) interval when a standard error is given. @default 0.95 */
  confidenceLevel?: number;
}

/**
 * Exchange current density from a charge-transfer resistance (theory.md §4.3):
 * j0 = RT/((α_a + α_c)·F·R_ct·A) per interface (= RT/(nF·R_ct·A)). A symmetric Li‖Li cell's R_ct
 * covers two interfaces in series, so j0 = 2RT/((α_a + α_c)·F·R_ct,cell·A); papers that put the
 * cell value into the one-interface formula report half the true j0. The standard error, when
 * R_ct has one, is propagated to first order (SE_j0/j0 = SE_R/R) with a normal interval.
 *
 * @param input - R_ct (Ω), its standard error (Ω) and the electrode area (m²)
 * @param options - convention, T (K), α_a + α_c, confidence level
 * @returns j0 (mA cm⁻²), the per-interface area-specific resistance (Ω cm²) and the relation used
 * @throws LmbError `E_INVALID_INPUT` for non-positive R_ct or area, T ≤ 0 K
 * @example
 * // Li‖Li cell, R_ct = 50 Ω, A = 1.13 cm², 25 °C: j0 = 2·25.69 mV/(50 Ω·1.13 cm²) = 0.909 mA cm⁻²
 * exchangeCurrentFromResistance({ resistance: 50, area: 1.13e-4 }, { convention: "cell" }).exchangeCurrentDensity.value;
 */
export function exchangeCurrentFromResistance(
  input: ChargeTransferResistanceInput,
  options: ExchangeCurrentFromResistanceOptions = {},
): ChargeTransferExchangeCurrentResult {
  const convention = options.convention ?? "electrode";
  const temperature = requireTemperature(options.temperature ?? STANDARD_TEMPERATURE);
  const confidenceLevel = requireConfidenceLevel(options.confidenceLevel ?? 0.95);
  const sum = requirePositive(
    options.transferCoefficientSum ?? 1,
    "α_a + α_c",
    "give α_a + α_c > 0",
  );
  const r = requirePositive(
    input.resistance,
    "charge-transfer resistance (Ω)",
    "give R_ct > 0 in Ω",
  );
  const area = requirePositive(
    input.area,
    "area (m²)",
    "give the electrode area in m² (1 cm² = 1e-4 m²)",
  );
  const se = input.resistanceStandardError;
  if (se !== undefined && !(Number.isFinite(se) && se >= 0)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `standard error of R_ct ${se} Ω is not a finite number ≥ 0`,
      {
        location: { source: "resistanceStandardError" },
        fix: "give the standard error in Ω, or omit it",
      },
    );
  }
  const cellFactor = convention === "cell" ? 2 : 1;
  const thermal = (GAS_CONSTANT * temperature) / FARADAY_CONSTANT;
  const j0 = (cellFactor * thermal) / (sum * r * area);
  const z = normalQuantile(0.5 + confidenceLevel / 2);
  const seJ0 = se === undefined ? undefined : (j0 * se) / r;
  const interval = (value: number, error: number | undefined) =>
    error === undefined ? undefined : ([value - z * error, value + z * error] as const);
  const asr = (r * area) / cellFactor;
  const seAsr = se === undefined ? undefined : (se * area) / cellFactor;
  return {
    analysis: "charge-transfer-resistance",
    convention,
    relation:
      convention === "cell"
        ? "symmetric cell: j0 = 2·RT/((α_a + α_c)·F·R_ct,cell·A) (R_ct,cell spans two interfaces)"
        : "one interface: j0 = RT/((α_a + α_c)·F·R_ct·A)",
    temperature: quantityJson(temperature, "K"),
    transferCoefficientSum: sum,
    confidenceLevel,
    chargeTransferResistance: estimateJson(r, "ohm", se, interval(r, se)),
    area: quantityJson(area, "cm2"),
    interfaceResistance: estimateJson(asr, "ohm cm2", seAsr, interval(asr, seAsr)),
    exchangeCurrentDensity: estimateJson(j0, "mA cm-2", seJ0, interval(j0, seJ0)),
    warnings: [],
  };
}
