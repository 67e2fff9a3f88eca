import { LmbError } from "@lmb/errors";
import {
  type ContinuumParticles,
  continuumParticleShape,
} from "../continuum/continuumParticles.js";
import {
  type InPlaneOptions,
  type InPlaneResult,
  inPlaneSpanning,
} from "../continuum/inPlaneSpanning.js";
import {
  type MetalWindow,
  type MetalWindowOptions,
  metalIncorporationWindow,
} from "../continuum/metalWindow.js";
import type { RunProgressOptions } from "../continuum/runProgress.js";
import { penetrableSlabSpanning, type SphereSlabResult } from "../continuum/sphereSlab.js";
import {
  type WiredSurface,
  type WiredSurfaceOptions,
  wiredSurfaceFraction,
} from "../continuum/wiredSurface.js";

type Plain<T> = Omit<T, keyof RunProgressOptions>;

/**
 * The options of each continuum job: those of the library function (without callbacks, which
 * cannot cross into a worker thread) with `runs` required, so the total is known upfront.
 */
export interface ContinuumJobOptions {
  /** `penetrableSlabSpanning` of the described particles: crossing the layer's thickness. */
  crossing: ContinuumParticles & {
    lateral: number;
    thickness: number;
    runs: number;
    seed?: number;
  };
  /** `inPlaneSpanning`: a path along the layer. */
  inPlane: Plain<InPlaneOptions> & { runs: number };
  /** `wiredSurfaceFraction`: Q(φ, h). */
  wired: Plain<WiredSurfaceOptions> & { runs: number };
  /** `metalIncorporationWindow`. */
  window: Plain<MetalWindowOptions> & { runs: number };
}

/** What each kind of job returns. */
export interface ContinuumJobResults {
  crossing: SphereSlabResult;
  inPlane: InPlaneResult;
  wired: WiredSurface;
  window: MetalWindow;
}

/** The kinds of continuum job. */
export type ContinuumJobKind = keyof ContinuumJobOptions;

/** One continuum computation, as plain data (sent to a worker thread as it is). */
export type ContinuumJob = {
  [K in ContinuumJobKind]: { kind: K; options: ContinuumJobOptions[K] };
}[ContinuumJobKind];

/** The results of a list of jobs, position by position. */
export type ContinuumJobResultList<J extends readonly ContinuumJob[]> = {
  -readonly [I in keyof J]: ContinuumJobResults[J[I]["kind"]];
};

/**
 * Runs one job in this thread with the given progress and cancellation.
 *
 * @throws the library function's `LmbError`s, `E_CANCELLED` when cancelled
 * @example
 * runContinuumJob({ kind: "inPlane", options: { thickness: 2, runs: 10 } }, {});
 */
export function runContinuumJob(
  job: ContinuumJob,
  control: RunProgressOptions,
): ContinuumJobResults[ContinuumJobKind] {
  switch (job.kind) {
    case "crossing": {
      const { shape, coreShell, sizes, ...slab } = job.options;
      return penetrableSlabSpanning(
        { ...slab, ...control },
        continuumParticleShape({ shape, coreShell, sizes }),
      );
    }
    case "inPlane":
      return inPlaneSpanning({ ...job.options, ...control });
    case "wired":
      return wiredSurfaceFraction({ ...job.options, ...control });
    case "window":
      return metalIncorporationWindow({ ...job.options, ...control });
  }
}

/**
 * The total number of runs of the jobs (what progress counts up to).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` when a job's `runs` is not a positive integer
 * @example
 * continuumRunTotal([{ kind: "inPlane", options: { thickness: 2, runs: 10 } }]); // 10
 */
export function continuumRunTotal(jobs: readonly ContinuumJob[]): number {
  let total = 0;
  for (const job of jobs) {
    const runs = job.options.runs;
    if (!(Number.isInteger(runs) && runs >= 1)) {
      throw new LmbError("E_INVALID_ARGUMENT", `runs must be a positive integer, got ${runs}`, {
        location: { source: `${job.kind}.options.runs` },
        fix: "give e.g. 20",
      });
    }
    total += runs;
  }
  return total;
}

/**
 * Runs the jobs one after another in this thread, reporting progress over all of them: `done`
 * counts the runs finished so far and `total` is the sum of the jobs' runs, so the calls go
 * 1, 2, …, total.
 *
 * @throws LmbError as {@link runContinuumJob}
 * @example
 * runContinuumJobs([{ kind: "window", options: { thickness: 5, runs: 100 } }], { onProgress });
 */
export function runContinuumJobs<const J extends readonly ContinuumJob[]>(
  jobs: J,
  control: RunProgressOptions = {},
): ContinuumJobResultList<J> {
  const total = continuumRunTotal(jobs);
  let offset = 0;
  const results: ContinuumJobResults[ContinuumJobKind][] = [];
  for (const job of jobs) {
    const base = offset;
    results.push(
      runContinuumJob(job, {
        signal: control.signal,
        onProgress: (done) => control.onProgress?.(base + done, total),
      }),
    );
    offset += job.options.runs;
  }
  return results as ContinuumJobResultList<J>;
}
