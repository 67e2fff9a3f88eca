import { nucleationOverpotentialJson } from "@lmb/nucleation";
import type {
  LithiumCopperEfficiencyResultJson,
  ReservoirCoulombicEfficiencyResultJson,
} from "@lmb/schemas";
import type { CopperWiring } from "../lithiumCopper/copperHalfCycles.js";
import type { LithiumCopperEfficiencyResult } from "../lithiumCopper/lithiumCopperEfficiency.js";
import type { ReservoirCoulombicEfficiencyResult } from "../lithiumCopper/reservoirCoulombicEfficiency.js";
import { DISPLAY, nullable } from "./displayUnits.js";
import { warningsJson } from "./segmentationJson.js";

function wiringJson(w: CopperWiring): LithiumCopperEfficiencyResultJson["wiring"] {
  return {
    strippingSign: w.strippingSign,
    voltagePolarity: w.voltagePolarity,
    reversed: w.reversed,
    medianStripEndVoltage: DISPLAY.mV(w.medianStripEndVoltage),
    medianPlateEndVoltage: DISPLAY.mV(w.medianPlateEndVoltage),
    evidence: w.evidence,
  };
}

/**
 * Turns a {@link LithiumCopperEfficiencyResult} (SI, CE as a fraction) into the
 * `LithiumCopperEfficiencyResult` of `@lmb/schemas`: charges in mAh and mAh cm⁻², CE in %,
 * times in h, area in cm², the first plating's nucleation overpotential through
 * `nucleationOverpotentialJson` of `@lmb/nucleation` (mV).
 *
 * @param result - from `lithiumCopperEfficiency`
 * @param label - the record's name
 * @example lithiumCopperEfficiencyJson(r).windows[0]?.mean; // %
 */
export function lithiumCopperEfficiencyJson(
  result: LithiumCopperEfficiencyResult,
  label?: string,
): LithiumCopperEfficiencyResultJson {
  return {
    analysis: "lithium-copper-efficiency",
    ...(label === undefined ? {} : { source: label }),
    wiring: wiringJson(result.wiring),
    cutoff: result.cutoff,
    area: nullable(result.area, DISPLAY.cm2),
    areaSource: result.areaSource,
    cycles: result.cycles.map((c) => ({
      cycle: c.cycle,
      plated: DISPLAY.mAh(c.plated),
      stripped: DISPLAY.mAh(c.stripped),
      platedAreal: nullable(c.platedAreal, DISPLAY.mAhPerCm2),
      strippedAreal: nullable(c.strippedAreal, DISPLAY.mAhPerCm2),
      coulombicEfficiency: DISPLAY.percent(c.coulombicEfficiency),
      strippingEndVoltage: DISPLAY.plain(c.strippingEndVoltage, "strip end voltage"),
      cutoffReached: c.cutoffReached,
      startTime: DISPLAY.hours(c.startTime),
      endTime: DISPLAY.hours(c.endTime),
    })),
    windows: result.windows.map((w) => ({
      firstCycle: w.firstCycle,
      lastCycle: w.lastCycle,
      cycleCount: w.cycleCount,
      mean: DISPLAY.percent(w.mean),
      chargeWeighted: DISPLAY.percent(w.chargeWeighted),
      standardDeviation: DISPLAY.percent(w.standardDeviation),
      min: DISPLAY.percent(w.min),
      max: DISPLAY.percent(w.max),
    })),
    cycleLife: {
      threshold: DISPLAY.percent(result.cycleLife.threshold),
      consecutive: result.cycleLife.consecutive,
      firstCycleBelow: result.cycleLife.firstCycleBelow,
      censored: result.cycleLife.censored,
      cyclesAbove: result.cycleLife.cyclesAbove,
    },
    nucleation:
      result.nucleation === null
        ? null
        : nucleationOverpotentialJson(
            result.nucleation,
            result.area === null ? {} : { area: result.area },
          ),
    warnings: warningsJson(result.warnings),
  };
}

/**
 * Turns a {@link ReservoirCoulombicEfficiencyResult} (SI) into the
 * `ReservoirCoulombicEfficiencyResult` of `@lmb/schemas` (mAh, mAh cm⁻², %).
 *
 * @param result - from `reservoirCoulombicEfficiency`
 * @param label - the record's name
 * @example reservoirCoulombicEfficiencyJson(r).averageCoulombicEfficiency; // %
 */
export function reservoirCoulombicEfficiencyJson(
  result: ReservoirCoulombicEfficiencyResult,
  label?: string,
): ReservoirCoulombicEfficiencyResultJson {
  const c = result.conditioning;
  const a = result.areal;
  return {
    analysis: "reservoir-coulombic-efficiency",
    ...(label === undefined ? {} : { source: label }),
    method: result.method,
    wiring: wiringJson(result.wiring),
    cutoff: result.cutoff,
    area: nullable(result.area, DISPLAY.cm2),
    areaSource: result.areaSource,
    conditioning:
      c === null
        ? null
        : {
            plated: DISPLAY.mAh(c.plated),
            stripped: DISPLAY.mAh(c.stripped),
            coulombicEfficiency: DISPLAY.percent(c.coulombicEfficiency),
          },
    reservoirCapacity: DISPLAY.mAh(result.reservoirCapacity),
    cycleCapacity: DISPLAY.mAh(result.cycleCapacity),
    cycleCapacityRatio: DISPLAY.percent(result.cycleCapacityRatio),
    cycles: result.cycles,
    finalStripCapacity: DISPLAY.mAh(result.finalStripCapacity),
    areal:
      a === null
        ? null
        : {
            reservoirCapacity: DISPLAY.mAhPerCm2(a.reservoirCapacity),
            cycleCapacity: DISPLAY.mAhPerCm2(a.cycleCapacity),
            finalStripCapacity: DISPLAY.mAhPerCm2(a.finalStripCapacity),
          },
    cycleStrips: result.cycleStrips.map(DISPLAY.mAh),
    cyclePlatings: result.cyclePlatings.map(DISPLAY.mAh),
    averageCoulombicEfficiency: DISPLAY.percent(result.averageCoulombicEfficiency),
    formulaCoulombicEfficiency: DISPLAY.percent(result.formulaCoulombicEfficiency),
    valid: result.valid,
    checks: result.checks.map((k) => ({ name: k.name, passed: k.passed, message: k.message })),
    exhaustedAtCycle: result.exhaustedAtCycle,
    warnings: warningsJson(result.warnings),
  };
}
