import type { FullCellCyclingResultJson } from "@lmb/schemas";
import type { FullCellCyclingResult } from "../fullCell/fullCellCycling.js";
import { DISPLAY, nullable } from "./displayUnits.js";
import { warningsJson } from "./segmentationJson.js";

/**
 * Turns a {@link FullCellCyclingResult} (SI) into the `FullCellCyclingResult` of `@lmb/schemas`:
 * capacities in mAh, mAh g⁻¹ and mAh cm⁻², energies in mWh, currents in mA and mA cm⁻², CE,
 * energy efficiency and retention in %, hysteresis in mV, times in h, mass in mg, area in cm².
 * The fade analysis is `capacityFade` of `@lmb/kinetics`, already in the schema's shape.
 *
 * @param result - from `fullCellCycling`
 * @param label - the record's name
 * @example fullCellCyclingJson(r).cycles[0]?.specificDischargeCapacity; // mAh g⁻¹
 */
export function fullCellCyclingJson(
  result: FullCellCyclingResult,
  label?: string,
): FullCellCyclingResultJson {
  const r = result.retention;
  const rc = result.rateCapability;
  return {
    analysis: "full-cell-cycling",
    ...(label === undefined ? {} : { source: label }),
    area: nullable(result.area, DISPLAY.cm2),
    areaSource: result.areaSource,
    activeMass: nullable(result.activeMass, DISPLAY.mg),
    activeMassSource: result.activeMassSource,
    nominalCapacity:
      result.nominalCapacity === null
        ? null
        : {
            value: DISPLAY.mAh(result.nominalCapacity.value),
            basis: result.nominalCapacity.basis,
          },
    convention: { ...result.convention },
    order: result.order,
    orderSource: result.orderSource,
    cycles: result.cycles.map((c) => ({
      cycle: c.cycle,
      chargeCapacity: DISPLAY.mAh(c.chargeCapacity),
      dischargeCapacity: DISPLAY.mAh(c.dischargeCapacity),
      specificChargeCapacity: nullable(c.specificChargeCapacity, DISPLAY.mAhPerG),
      specificDischargeCapacity: nullable(c.specificDischargeCapacity, DISPLAY.mAhPerG),
      arealChargeCapacity: nullable(c.arealChargeCapacity, DISPLAY.mAhPerCm2),
      arealDischargeCapacity: nullable(c.arealDischargeCapacity, DISPLAY.mAhPerCm2),
      coulombicEfficiency: DISPLAY.percent(c.coulombicEfficiency),
      chargeEnergy: DISPLAY.mWh(c.chargeEnergy),
      dischargeEnergy: DISPLAY.mWh(c.dischargeEnergy),
      energyEfficiency: DISPLAY.percent(c.energyEfficiency),
      averageChargeVoltage: DISPLAY.plain(c.averageChargeVoltage, "average voltage"),
      averageDischargeVoltage: DISPLAY.plain(c.averageDischargeVoltage, "average voltage"),
      voltageHysteresis: DISPLAY.mV(c.voltageHysteresis),
      chargeCurrent: DISPLAY.mA(c.chargeCurrent),
      dischargeCurrent: DISPLAY.mA(c.dischargeCurrent),
      dischargeCurrentDensity: nullable(c.dischargeCurrentDensity, DISPLAY.mAPerCm2),
      chargeCRate: nullable(c.chargeCRate, (x) => DISPLAY.plain(x, "C-rate")),
      dischargeCRate: nullable(c.dischargeCRate, (x) => DISPLAY.plain(x, "C-rate")),
      retention: DISPLAY.percent(c.retention),
      startTime: DISPLAY.hours(c.startTime),
      endTime: DISPLAY.hours(c.endTime),
    })),
    initialDischarge:
      result.initialDischarge === null
        ? null
        : {
            capacity: DISPLAY.mAh(result.initialDischarge.capacity),
            energy: DISPLAY.mWh(result.initialDischarge.energy),
          },
    referenceCycle: result.referenceCycle,
    retention: {
      threshold: DISPLAY.percent(r.threshold),
      firstCycle: r.firstCycle,
      lastCycle: r.lastCycle,
      firstCycleBelow: r.firstCycleBelow,
      censored: r.censored,
      fade: r.fade,
    },
    rateCapability: {
      steps: rc.steps.map((s) => ({
        step: s.step,
        firstCycle: s.firstCycle,
        lastCycle: s.lastCycle,
        cycleCount: s.cycleCount,
        dischargeCRate: s.dischargeCRate,
        chargeCRate: s.chargeCRate,
        dischargeCurrent: DISPLAY.mA(s.dischargeCurrent),
        dischargeCurrentDensity: nullable(s.dischargeCurrentDensity, DISPLAY.mAPerCm2),
        meanDischargeCapacity: DISPLAY.mAh(s.meanDischargeCapacity),
        meanSpecificDischargeCapacity: nullable(s.meanSpecificDischargeCapacity, DISPLAY.mAhPerG),
        meanArealDischargeCapacity: nullable(s.meanArealDischargeCapacity, DISPLAY.mAhPerCm2),
        lastDischargeCapacity: DISPLAY.mAh(s.lastDischargeCapacity),
        meanCoulombicEfficiency: DISPLAY.percent(s.meanCoulombicEfficiency),
        relativeToFirstStep: DISPLAY.percent(s.relativeToFirstStep),
      })),
      recovery:
        rc.recovery === null
          ? null
          : {
              step: rc.recovery.step,
              relativeCapacity: DISPLAY.percent(rc.recovery.relativeCapacity),
            },
    },
    warnings: warningsJson(result.warnings),
  };
}
