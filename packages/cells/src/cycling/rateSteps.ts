import type { CyclingSegment, RateStep } from "./types.js";

/**
 * Groups consecutive half cycles into rate steps (blocks at one |current|): a half cycle joins
 * the running block while its |mean current| is within `tolerance` (relative) of the block's
 * first half cycle, else it opens a new block. Writes each half cycle's `rateStep` index.
 *
 * @param halfCycles - from {@link segmentCycling} (mutated: `rateStep` is set)
 * @param tolerance - relative |ΔI|/|I| that still counts as the same rate. @default 0.05
 * @param area - m², for the blocks' |j| (null: none)
 * @example
 * detectRateSteps(seg.halfCycles, 0.05, 1.13e-4).map((s) => s.absCurrentDensity); // A m⁻²
 */
export function detectRateSteps(
  halfCycles: CyclingSegment[],
  tolerance: number,
  area: number | null,
): RateStep[] {
  const steps: RateStep[] = [];
  let reference = Number.NaN;
  let charge = 0;
  let duration = 0;
  let current: RateStep | undefined;
  const close = (): void => {
    if (current === undefined) return;
    current.absCurrent = duration > 0 ? charge / duration : Math.abs(reference);
    current.absCurrentDensity = area === null ? null : current.absCurrent / area;
    steps.push(current);
  };
  for (const h of halfCycles) {
    const abs = Math.abs(h.meanCurrent);
    if (current === undefined || Math.abs(abs - reference) > tolerance * reference) {
      close();
      reference = abs;
      charge = 0;
      duration = 0;
      current = {
        index: steps.length,
        firstHalfCycle: h.index,
        lastHalfCycle: h.index,
        absCurrent: abs,
        absCurrentDensity: null,
        startTime: h.startTime,
        endTime: h.endTime,
      };
    }
    current.lastHalfCycle = h.index;
    current.endTime = h.endTime;
    charge += h.charge;
    duration += h.duration;
    h.rateStep = current.index;
  }
  close();
  return steps;
}
