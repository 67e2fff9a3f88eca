import type { StepLimit } from "@lmb/schemas";
import type { CcdLadderSpec } from "./protocolAst.js";
import { cleanSI } from "./protocolQuantity.js";
import type { StepSink } from "./stepSink.js";

/** Tag of every step of a CCD ladder. */
export const CCD_RUNG_TAG = "ccd-rung";

/**
 * How many rungs a ladder has: linear `n = ⌊(end − start)/step⌋ + 1`, geometric
 * `n = ⌊ln(end/start)/ln(factor)⌋ + 1` (each with a 10⁻⁹ allowance for rounding), so the last
 * rung is the largest ladder current not above `end`.
 */
export function ccdRungCount(
  spec: Pick<CcdLadderSpec, "start" | "end" | "step" | "factor">,
): number {
  const ratio =
    spec.step !== undefined
      ? (spec.end - spec.start) / spec.step
      : Math.log(spec.end / spec.start) / Math.log(spec.factor ?? 2);
  return Math.floor(ratio + 1e-9) + 1;
}

/** The rung currents of a ladder, in the unit of `spec.kind` (SI). */
export function ccdRungCurrents(spec: CcdLadderSpec): number[] {
  const n = ccdRungCount(spec);
  const currents: number[] = [];
  for (let k = 0; k < n; k++)
    currents.push(
      cleanSI(
        spec.step !== undefined ? spec.start + k * spec.step : spec.start * (spec.factor ?? 2) ** k,
      ),
    );
  return currents;
}

/** Number of steps a ladder expands to: rungs × cycles per rung × half cycles per cycle. */
export function ccdStepCount(spec: CcdLadderSpec): number {
  return ccdRungCount(spec) * spec.cyclesPerRung * spec.directions.length;
}

/**
 * Expands a ladder into `sink`: for each rung, `cyclesPerRung` iterations of its half cycles,
 * each tagged `ccd-rung`; every iteration is a new cycle.
 */
export function expandCcdLadder(
  spec: CcdLadderSpec,
  source: { text: string; offset: number },
  sink: StepSink,
): void {
  const limits: StepLimit[] = [...spec.limits];
  for (const value of ccdRungCurrents(spec)) {
    for (let c = 0; c < spec.cyclesPerRung; c++) {
      sink.iteration();
      for (const direction of spec.directions)
        sink.push(
          {
            kind: "galvanostatic",
            direction,
            current: { kind: spec.kind, value },
            limits,
            tags: [],
            source,
          },
          [CCD_RUNG_TAG],
        );
    }
  }
}
