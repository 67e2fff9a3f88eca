import { nucleationOverpotentialJson } from "@lmb/nucleation";
import type {
  ButlerVolmerFitResult,
  CriticalCurrentDensityResultJson,
  CyclingEventJson,
  FailureReportJson,
  SymmetricCyclingResultJson,
} from "@lmb/schemas";
import type { SymmetricCyclingResult } from "../cycling/analyzeSymmetricCycling.js";
import type { CriticalCurrentDensityResult } from "../cycling/criticalCurrentDensity.js";
import type { CyclingEvent } from "../cycling/failures/failureTypes.js";
import { DISPLAY, nullable } from "./displayUnits.js";
import { segmentationJson, warningsJson } from "./segmentationJson.js";

/**
 * A failure event in the JSON shape: times in h, half cycle and cycle 1-based; evidence numbers
 * kept in SI as the analysis gives them, non-finite ones left out (never a NaN in the JSON).
 *
 * @example cyclingEventJson(result.failures.hardShort).cycle; // 1-based
 */
export function cyclingEventJson(e: CyclingEvent): CyclingEventJson {
  const evidence: CyclingEventJson["evidence"] = {};
  for (const [k, v] of Object.entries(e.evidence)) {
    if (typeof v !== "number" || Number.isFinite(v)) evidence[k] = v;
  }
  return {
    kind: e.kind,
    time: DISPLAY.hours(e.time),
    elapsed: DISPLAY.hours(e.elapsed),
    index: e.index,
    halfCycle: e.halfCycle + 1,
    cycle: e.cycle + 1,
    message: e.message,
    evidence,
  };
}

function eventOrNull(e: CyclingEvent | null): CyclingEventJson | null {
  return e === null ? null : cyclingEventJson(e);
}

function failuresJson(f: SymmetricCyclingResult["failures"]): FailureReportJson {
  const thresholds: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(f.thresholds)) {
    thresholds[k] = typeof v === "number" && Number.isFinite(v) ? v : null;
  }
  return {
    reference: {
      firstHalfCycle: f.reference.from + 1,
      lastHalfCycle: f.reference.to,
      resistance: DISPLAY.plain(f.reference.resistance, "reference resistance"),
      plateau: DISPLAY.mV(f.reference.plateau),
      noise: DISPLAY.mV(f.reference.noise),
    },
    hardShort: eventOrNull(f.hardShort),
    softShorts: f.softShorts.map(cyclingEventJson),
    softShortCount: f.softShortCount,
    polarizationRunaway: eventOrNull(f.polarizationRunaway),
    voltageLimit: eventOrNull(f.voltageLimit),
    first: eventOrNull(f.first),
    thresholds,
  };
}

/** Options of {@link symmetricCyclingJson}. */
export interface SymmetricCyclingJsonOptions {
  /** The symmetric Butler–Volmer fit of the rate test (`rateTestKinetics`), when there is one. */
  fit?: ButlerVolmerFitResult | null;
}

/**
 * Turns a {@link SymmetricCyclingResult} (SI) into the `SymmetricCyclingResult` of
 * `@lmb/schemas`: overpotentials in mV, currents in mA and mA cm⁻², capacities in mAh and
 * mAh cm⁻², resistances in Ω and Ω cm², times in h; half cycles and cycles numbered from 1; the
 * nucleation reading through `nucleationOverpotentialJson` of `@lmb/nucleation`.
 *
 * @param result - from `analyzeSymmetricCycling`
 * @param options - the rate test's Butler–Volmer fit, when one was made
 * @throws LmbError `E_NOT_FINITE` if the analysis left a non-finite number
 * @example
 * const json = symmetricCyclingJson(analyzeSymmetricCycling(data, { area: 1.13e-4 }));
 * json.cycles[0].overpotential; // mV
 */
export function symmetricCyclingJson(
  result: SymmetricCyclingResult,
  options: SymmetricCyclingJsonOptions = {},
): SymmetricCyclingResultJson {
  const area = result.segmentation.area;
  return {
    analysis: "symmetric-cycling",
    cell: result.cell,
    polarity: result.polarity,
    segmentation: segmentationJson(result.segmentation),
    plateauWindow: { from: result.plateauWindow.from, to: result.plateauWindow.to },
    halfCycles: result.halfCycles.map((h) => ({
      halfCycle: h.index + 1,
      cycle: h.cycle + 1,
      sign: h.sign,
      current: DISPLAY.mA(h.absCurrent),
      currentDensity: nullable(h.currentDensity, DISPLAY.mAPerCm2),
      startTime: DISPLAY.hours(h.startTime),
      endTime: DISPLAY.hours(h.endTime),
      plateau: DISPLAY.mV(h.plateau),
      meanOverpotential: DISPLAY.mV(h.meanOverpotential),
      peak: DISPLAY.mV(h.peak),
      peakPosition: Math.min(1, Math.max(0, h.peakPosition)),
      end: DISPLAY.mV(h.end),
      early: DISPLAY.mV(h.early),
      middle: DISPLAY.mV(h.middle),
      late: DISPLAY.mV(h.late),
      noise: DISPLAY.mV(h.noise),
      curvature: DISPLAY.plain(h.curvature, "curvature"),
      shape: h.shape,
      resistance: DISPLAY.plain(h.resistance, "resistance"),
      areaSpecificResistance: nullable(h.areaSpecificResistance, DISPLAY.ohmCm2),
      capacity: DISPLAY.mAh(h.charge),
      cumulativeCapacity: DISPLAY.mAh(h.cumulativeCharge),
      cumulativeArealCapacity: nullable(h.cumulativeArealCapacity, DISPLAY.mAhPerCm2),
      elapsed: DISPLAY.hours(h.elapsed),
    })),
    cycles: result.cycles.map((c) => ({
      cycle: c.cycle + 1,
      halfCycles: c.halfCycles,
      platingPlateau: nullable(c.platingPlateau, DISPLAY.mV),
      strippingPlateau: nullable(c.strippingPlateau, DISPLAY.mV),
      overpotential: DISPLAY.mV(c.overpotential),
      hysteresis: DISPLAY.mV(c.hysteresis),
      peak: DISPLAY.mV(c.peak),
      end: DISPLAY.mV(c.end),
      resistance: DISPLAY.plain(c.resistance, "resistance"),
      areaSpecificResistance: nullable(c.areaSpecificResistance, DISPLAY.ohmCm2),
      currentDensity: nullable(c.absCurrentDensity, DISPLAY.mAPerCm2),
      startTime: DISPLAY.hours(c.startTime),
      endTime: DISPLAY.hours(c.endTime),
      elapsed: DISPLAY.hours(c.elapsed),
      cumulativeCapacity: DISPLAY.mAh(c.cumulativeCharge),
      cumulativeArealCapacity: nullable(c.cumulativeArealCapacity, DISPLAY.mAhPerCm2),
    })),
    nucleation:
      result.nucleation === null
        ? null
        : nucleationOverpotentialJson(result.nucleation, area === null ? {} : { area }),
    rateTest: {
      steps: result.rateTest.steps.map((s) => ({
        step: s.step,
        firstHalfCycle: s.firstHalfCycle + 1,
        lastHalfCycle: s.lastHalfCycle + 1,
        current: DISPLAY.mA(s.absCurrent),
        currentDensity: nullable(s.absCurrentDensity, DISPLAY.mAPerCm2),
        overpotential: DISPLAY.mV(s.overpotential),
        minOverpotential: DISPLAY.mV(s.minOverpotential),
        maxOverpotential: DISPLAY.mV(s.maxOverpotential),
        resistance: DISPLAY.plain(s.resistance, "resistance"),
        returnsTo: s.returnsTo,
        recovery: s.recovery === null ? null : DISPLAY.plain(s.recovery, "recovery"),
      })),
      polarization: {
        currentDensity: result.rateTest.polarization.currentDensity.map(DISPLAY.mAPerCm2),
        overpotential: result.rateTest.polarization.overpotential.map(DISPLAY.mV),
      },
      fit: options.fit ?? null,
    },
    failures: failuresJson(result.failures),
    warnings: warningsJson(result.warnings),
  };
}

/**
 * Turns a {@link CriticalCurrentDensityResult} (SI) into the `CriticalCurrentDensityResult` of
 * `@lmb/schemas` (mA cm⁻², mAh, mAh cm⁻², h, mV).
 *
 * @param result - from `criticalCurrentDensity`
 * @param label - the record's name
 * @example criticalCurrentDensityJson(ccd, "ccd.mpr").criticalCurrentDensity; // mA cm⁻²
 */
export function criticalCurrentDensityJson(
  result: CriticalCurrentDensityResult,
  label?: string,
): CriticalCurrentDensityResultJson {
  return {
    analysis: "critical-current-density",
    ...(label === undefined ? {} : { source: label }),
    criticalCurrentDensity: nullable(result.criticalCurrentDensity, DISPLAY.mAPerCm2),
    failingCurrentDensity: nullable(result.failingCurrentDensity, DISPLAY.mAPerCm2),
    lastStableStep: result.lastStableStep,
    failingStep: result.failingStep,
    event: eventOrNull(result.event),
    censored: result.censored,
    ladder: result.ladder.map((r) => ({
      step: r.step,
      currentDensity: nullable(r.absCurrentDensity, DISPLAY.mAPerCm2),
      current: DISPLAY.mA(r.absCurrent),
      halfCycles: r.halfCycles,
      capacityPerHalfCycle: DISPLAY.mAh(r.chargePerHalfCycle),
      arealCapacityPerHalfCycle: nullable(r.arealCapacityPerHalfCycle, DISPLAY.mAhPerCm2),
      durationPerHalfCycle: DISPLAY.hours(r.durationPerHalfCycle),
      overpotential: DISPLAY.mV(r.overpotential),
    })),
    rule: result.rule,
    warnings: warningsJson(result.warnings),
  };
}
