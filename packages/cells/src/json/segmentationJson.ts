import type { CyclingSegmentationSummary, CyclingWarningJson } from "@lmb/schemas";
import type { CyclingSegmentation, CyclingWarning } from "../cycling/types.js";
import { DISPLAY, nullable } from "./displayUnits.js";

/**
 * Warnings of the cycling analyses in the JSON shape (`time` in h).
 *
 * @example warningsJson(result.warnings)[0]?.code;
 */
export function warningsJson(warnings: readonly CyclingWarning[]): CyclingWarningJson[] {
  return warnings.map((w) => ({
    code: w.code,
    message: w.message,
    ...(w.time !== undefined && Number.isFinite(w.time) ? { time: w.time / 3600 } : {}),
    ...(w.index !== undefined && Number.isInteger(w.index) && w.index >= 0
      ? { index: w.index }
      : {}),
  }));
}

/**
 * Turns a {@link CyclingSegmentation} (SI, one object per half cycle) into the
 * `CyclingSegmentationSummary` of `@lmb/schemas`: thresholds and counts in mA, s, h, cm², every
 * half cycle (current in mA and mA cm⁻², capacity in mAh and mAh cm⁻², times in h; numbered
 * from 1), the rate steps, and the numbers of gaps and restarts.
 *
 * @param seg - from `segmentCycling`
 * @example
 * segmentationJson(segmentCycling(data, { area: 1.13e-4 })).rateSteps[0]?.currentDensity; // 1 mA cm⁻²
 */
export function segmentationJson(seg: CyclingSegmentation): CyclingSegmentationSummary {
  const first = seg.halfCycles[0];
  const last = seg.halfCycles[seg.halfCycles.length - 1];
  // The segmentation keeps the first 1 000 issues of each kind; its warnings give the counts.
  // Summed over the warnings of that code: the segmentation's own and the reader's (a reader that
  // repaired a restart says "reader: time restarted N time(s)").
  const warned = (code: string, pattern: RegExp) =>
    seg.warnings
      .filter((w) => w.code === code)
      .reduce((n, w) => n + Number(w.message.match(pattern)?.[1] ?? 0), 0);
  return {
    area: nullable(seg.area, DISPLAY.cm2),
    areaSource: seg.areaSource,
    boundarySource: seg.boundarySource,
    zeroCurrentThreshold: DISPLAY.mA(seg.zeroCurrentThreshold),
    maxAbsCurrent: DISPLAY.mA(seg.maxAbsCurrent),
    typicalInterval: DISPLAY.plain(seg.typicalInterval, "sampling interval"),
    gapThreshold: DISPLAY.plain(seg.gapThreshold, "gap threshold"),
    pointCount: seg.pointCount,
    duration:
      first === undefined || last === undefined ? 0 : DISPLAY.hours(last.endTime - first.startTime),
    halfCycleCount: seg.halfCycles.length,
    cycleCount: seg.cycleCount,
    halfCycles: seg.halfCycles.map((h) => ({
      halfCycle: h.index + 1,
      cycle: h.cycle + 1,
      sign: h.sign,
      current: DISPLAY.mA(Math.abs(h.meanCurrent)),
      currentDensity: nullable(h.currentDensity, DISPLAY.mAPerCm2),
      capacity: DISPLAY.mAh(h.charge),
      arealCapacity: nullable(h.arealCapacity, DISPLAY.mAhPerCm2),
      startTime: DISPLAY.hours(h.startTime),
      duration: DISPLAY.hours(h.duration),
    })),
    rateSteps: seg.rateSteps.map((s) => ({
      step: s.index,
      firstHalfCycle: s.firstHalfCycle,
      lastHalfCycle: s.lastHalfCycle,
      current: DISPLAY.mA(s.absCurrent),
      currentDensity: nullable(s.absCurrentDensity, DISPLAY.mAPerCm2),
      startTime: DISPLAY.hours(s.startTime),
      endTime: DISPLAY.hours(s.endTime),
    })),
    timeIssues: {
      gaps: Math.max(
        seg.timeIssues.filter((t) => t.kind === "gap").length,
        warned("W_TIME_GAP", /^(\d+) gap/),
      ),
      restarts: Math.max(
        seg.timeIssues.filter((t) => t.kind === "restart").length,
        warned("W_TIME_RESTART", /(?:went back|time restarted) (\d+) time/),
      ),
    },
  };
}
