import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { fileCapacityCheck } from "./fileCapacityCheck.js";
import { detectRateSteps } from "./rateSteps.js";
import type {
  AreaSource,
  CyclingSegment,
  CyclingSegmentation,
  CyclingWarning,
  TimeIssue,
} from "./types.js";
import { typicalInterval } from "./typicalInterval.js";
import { cyclingColumns, fractionOption, positiveOption } from "./validateCycling.js";

/** Options of {@link segmentCycling}. */
export interface SegmentCyclingOptions {
  /** Electrode area in m² (1.13 cm² = 1.13e-4 m²); overrides the dataset metadata `area`. */
  area?: number;
  /**
   * |I| ≤ `zeroCurrentFraction` × max|I| counts as zero current (a rest). Instrument noise in a
   * rest is ppm of the applied current, and a CCD ladder spans ~30× in current, so 10⁻³ keeps
   * the smallest step well above the threshold. @default 1e-3
   */
  zeroCurrentFraction?: number;
  /** Absolute zero-current threshold in A; when given it replaces the relative one. */
  zeroCurrent?: number;
  /**
   * `"current"`: a half cycle is a maximal run of one current sign, rests ignored (navani's rule).
   * `"file"`: additionally split wherever the file's `halfCycle` column (else its `step` column)
   * changes, e.g. two same-sign steps at different currents; falls back to `"current"` with a
   * warning when the file has neither column. @default "current"
   */
  boundaries?: "current" | "file";
  /** Relative change of |mean current| that opens a new rate step. @default 0.05 */
  rateTolerance?: number;
  /**
   * A forward time jump larger than `gapFactor` × the typical sampling interval and larger than
   * `minGap` is a gap (missing data): no charge is integrated across it. @default 20
   */
  gapFactor?: number;
  /** Smallest gap in s. @default 60 */
  minGap?: number;
  /**
   * A run of one current sign with fewer active points is a switching blip (e.g. one point of
   * µA between a rest and a step), not a half cycle: it is dropped and a same-sign half cycle
   * on either side continues. @default 2
   */
  minPoints?: number;
}

/** Time issues kept in the result (the rest are counted in the warning). */
const MAX_ISSUES = 1000;

const READER_TIME_CODES = new Set(["W_TIME_RESTART", "W_TIME_BACKWARDS"]);

/** The area to use and where it came from. */
function resolveArea(
  data: CyclingData,
  option: number | undefined,
): { area: number | null; source: AreaSource } {
  const given = positiveOption(
    option,
    "area",
    "give the electrode area in m² (1.13 cm² = 1.13e-4 m²)",
  );
  if (given !== undefined) return { area: given, source: "option" };
  const meta = data.metadata?.area;
  if (typeof meta === "number" && Number.isFinite(meta) && meta > 0) {
    return { area: meta, source: "metadata" };
  }
  return { area: null, source: "none" };
}

/** Equal file keys, NaN equal to NaN (a column missing over a stretch). */
/** Largest relative change of |I| between two samples integrated as a drift (trapezoid). */
const SMOOTH_CHANGE = 0.1;

function sameKey(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function fileValue(column: Float64Array | undefined, i: number): number | null {
  if (column === undefined) return null;
  const v = column[i] as number;
  return Number.isFinite(v) ? v : null;
}

/**
 * Splits a cycling record into half cycles, cycles and rate steps, from the current (its sign and
 * magnitude, rests ignored) and optionally the file's own half-cycle/step columns; detects time
 * gaps and clock restarts. Works with every `@lmb/io` reader, which all return current positive
 * = oxidation at the working electrode (stripping from a Li working electrode), SI units.
 *
 * Rules (research/cycling.md §1.3):
 * - a point is active when |I| > max(`zeroCurrent`, `zeroCurrentFraction`·max|I|), else a rest;
 * - a half cycle is a maximal run of active points of one sign (rests inside do not split it;
 *   runs shorter than `minPoints` are switching blips and are dropped);
 *   half cycles 2k and 2k+1 form cycle k (the pairing papers use for Li‖Li: one plating and
 *   one stripping per cycle, whichever comes first);
 * - charge per half cycle Q = Σ |I|·(t_{i+1} − t_i) over its active points, with |I| the mean
 *   of the two samples where the current drifts by at most 10 % between them (trapezoid: a
 *   CV hold's decay) and |I_i| across a larger jump (a new step, a rest, a reversal, which
 *   happened at sample i+1), skipping gaps and backward steps; mean current = sign·Q/duration; current density j = I/A
 *   and areal capacity Q/A with the area A from `options.area`, else the metadata;
 * - a rate step is a block of consecutive half cycles whose |mean current| stays within
 *   `rateTolerance` of the block's first (see {@link detectRateSteps});
 * - time: a backward step is a clock restart (reported, Δt counted as 0); a forward jump
 *   > max(`gapFactor`·typical Δt, `minGap`) is a gap (reported, nothing integrated across it);
 *   restarts the reader already repaired (`W_TIME_RESTART` in the metadata) are passed on;
 * - when the file has charge/discharge capacity counters, each half cycle's integrated charge is
 *   checked against them (`W_CAPACITY_DISAGREES` beyond 2 %, see {@link fileCapacityCheck}).
 *
 * One pass over the columns plus a pass for max|I|; no per-point allocation.
 *
 * @param data - a cycling dataset (time s, voltage V, current A)
 * @param options - area (m²), zero-current threshold, boundary source, rate tolerance, gap rule
 * @returns half cycles ({@link CyclingSegment}), cycle count, rate steps, time issues, warnings
 * @throws LmbError `E_NO_CURRENT` (no current column, or zero current throughout),
 *   `E_NON_FINITE_DATA`, `E_LENGTH_MISMATCH`, `E_INSUFFICIENT_DATA`, `E_INVALID_INPUT` (bad option)
 * @example
 * const data = await readFile("LiLi_1mAcm2.mpr");
 * const seg = segmentCycling(data, { area: 1.13e-4 });
 * seg.cycleCount; // 250
 * seg.halfCycles[0].currentDensity; // −10 A m⁻² = −1 mA cm⁻²
 * seg.halfCycles[0].arealCapacity; // 36 000 C m⁻² = 1 mAh cm⁻²
 */
export function segmentCycling(
  data: CyclingData,
  options: SegmentCyclingOptions = {},
): CyclingSegmentation {
  const { time, current, n } = cyclingColumns(data);
  const { area, source: areaSource } = resolveArea(data, options.area);
  const fraction = fractionOption(options.zeroCurrentFraction, "zeroCurrentFraction") ?? 1e-3;
  const absolute = positiveOption(
    options.zeroCurrent,
    "zeroCurrent",
    "give |I| in A below which the current counts as zero",
  );
  const rateTolerance = fractionOption(options.rateTolerance, "rateTolerance") ?? 0.05;
  const gapFactor =
    positiveOption(options.gapFactor, "gapFactor", "give a factor > 1, e.g. 20") ?? 20;
  const minGap =
    positiveOption(options.minGap, "minGap", "give the smallest gap in s, e.g. 60") ?? 60;
  const minPoints = options.minPoints ?? 2;
  if (!Number.isInteger(minPoints) || minPoints < 1) {
    throw new LmbError("E_INVALID_INPUT", `option minPoints = ${String(minPoints)}`, {
      location: { source: "minPoints" },
      fix: "give a whole number of points ≥ 1",
    });
  }
  const warnings: CyclingWarning[] = [];
  const sourceFile = data.metadata?.sourceFile;
  const where = sourceFile === undefined ? "" : ` in ${sourceFile}`;

  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(current[i] as number);
    if (a > maxAbs) maxAbs = a;
  }
  const threshold = absolute ?? fraction * maxAbs;
  if (!(maxAbs > threshold)) {
    throw new LmbError(
      "E_NO_CURRENT",
      `the current never exceeds the zero threshold (${threshold} A)${where}: a rest or OCV record has no half cycles`,
      {
        ...(sourceFile === undefined ? {} : { location: { source: sourceFile } }),
        fix: "analyse a galvanostatic cycling record, or lower zeroCurrent",
      },
    );
  }

  let key: Float64Array | undefined;
  let boundarySource: CyclingSegmentation["boundarySource"] = "current";
  if (options.boundaries === "file") {
    if (data.columns.halfCycle !== undefined) {
      key = data.columns.halfCycle;
      boundarySource = "file-half-cycle";
    } else if (data.columns.step !== undefined) {
      key = data.columns.step;
      boundarySource = "file-step";
    } else {
      warnings.push({
        code: "W_NO_FILE_BOUNDARIES",
        message: `the file has neither a half-cycle nor a step column${where}; half cycles come from the current's sign`,
      });
    }
  } else if (options.boundaries !== undefined && options.boundaries !== "current") {
    throw new LmbError("E_INVALID_INPUT", `option boundaries = ${String(options.boundaries)}`, {
      location: { source: "boundaries" },
      fix: 'use "current" or "file"',
    });
  }

  const typical = typicalInterval(time);
  const gapLimit = Math.max(gapFactor * typical, minGap);
  const timeIssues: TimeIssue[] = [];

  // Running half cycle: plain locals (no closure captures them, so they stay in registers).
  const collector = new Collector(minPoints, area, current, data.columns);
  let sign = 0;
  let start = -1;
  let last = -1;
  let points = 0;
  let charge = 0;
  let duration = 0;
  let minA = Number.POSITIVE_INFINITY;
  let maxA = 0;
  let hasGap = false;
  let hasRestart = false;
  let keyValue = Number.NaN;
  let startTime = Number.NaN;
  let endTime = 0;
  // Continuous clock: after a restart, later times are shifted to continue from the last one.
  let shift = 0;
  let restartCount = 0;
  let gapCount = 0;
  for (let i = 0; i < n; i++) {
    const t = (time[i] as number) + shift;
    let dt = 0;
    let gap = false;
    let restart = false;
    if (i + 1 < n) {
      dt = (time[i + 1] as number) + shift - t;
      if (dt < 0) {
        if (restartCount++ < MAX_ISSUES) {
          timeIssues.push({ kind: "restart", index: i + 1, time: t, jump: dt });
        }
        shift -= dt;
        dt = 0;
        restart = true;
      } else if (dt > gapLimit) {
        if (gapCount++ < MAX_ISSUES) {
          timeIssues.push({ kind: "gap", index: i + 1, time: t + dt, jump: dt });
        }
        dt = 0;
        gap = true;
      }
    }
    const I = current[i] as number;
    const s = I > threshold ? 1 : I < -threshold ? -1 : 0;
    if (s === 0) {
      // A restart during a rest inside a half cycle still breaks its clock.
      if (restart && sign !== 0) hasRestart = true;
      continue;
    }
    const k = key === undefined ? 0 : (key[i] as number);
    if (s !== sign || (key !== undefined && !sameKey(k, keyValue))) {
      if (sign !== 0) {
        collector.add({
          sign,
          start,
          last,
          points,
          charge,
          duration,
          minA,
          maxA,
          hasGap,
          hasRestart,
          key: keyValue,
          startTime,
          endTime,
        });
      }
      sign = s;
      start = i;
      points = 0;
      charge = 0;
      duration = 0;
      minA = Number.POSITIVE_INFINITY;
      maxA = 0;
      hasGap = false;
      hasRestart = false;
      keyValue = k;
      startTime = t;
    }
    const a = s * I;
    last = i;
    points++;
    // A current that drifts between samples (a CV hold decaying) is integrated by the trapezoid;
    // a jump (a new CC step, a rest, a reversal, another file step) happened at the next sample,
    // so the interval keeps this sample's current (zero-order hold).
    const next = i + 1 < n ? s * (current[i + 1] as number) : 0;
    const drifts =
      Math.abs(next - a) <= SMOOTH_CHANGE * a &&
      (key === undefined || sameKey(key[i + 1] as number, k));
    charge += (drifts ? 0.5 * (a + next) : a) * dt;
    duration += dt;
    if (a < minA) minA = a;
    if (a > maxA) maxA = a;
    if (gap) hasGap = true;
    if (restart) hasRestart = true;
    endTime = t + dt;
  }
  if (sign !== 0) {
    collector.add({
      sign,
      start,
      last,
      points,
      charge,
      duration,
      minA,
      maxA,
      hasGap,
      hasRestart,
      key: keyValue,
      startTime,
      endTime,
    });
  }
  const { halfCycles, dropped, firstDropped } = collector;

  if (dropped > 0) {
    warnings.push({
      code: "W_SHORT_SEGMENT",
      message: `${dropped} run(s) of one current sign shorter than ${minPoints} point(s)${where} (first at point ${firstDropped}) were ignored as switching blips, not half cycles`,
      index: firstDropped,
    });
  }
  const rateSteps = detectRateSteps(halfCycles, rateTolerance, area);

  for (const w of data.metadata?.warnings ?? []) {
    if (READER_TIME_CODES.has(w.code)) {
      warnings.push({
        code: w.code as `W_${string}`,
        message: `reader: ${w.message}; durations and charges do not span the repaired step`,
      });
    }
  }
  reportTimeIssues(
    timeIssues,
    { restart: restartCount, gap: gapCount },
    halfCycles,
    warnings,
    where,
  );
  const counters = fileCapacityCheck(data, halfCycles, where);
  if (counters !== null) warnings.push(counters);
  if (area === null) {
    warnings.push({
      code: "W_NO_AREA",
      message: `no electrode area${where} (option area or metadata): per-cm² numbers are null`,
    });
  }
  return {
    area,
    areaSource,
    boundarySource,
    zeroCurrentThreshold: threshold,
    maxAbsCurrent: maxAbs,
    typicalInterval: typical,
    gapThreshold: gapLimit,
    pointCount: n,
    halfCycles,
    cycleCount: Math.ceil(halfCycles.length / 2),
    rateSteps,
    timeIssues,
    warnings,
  };
}

/** One finished run of one current sign, handed to the {@link Collector}. */
interface Run {
  sign: number;
  start: number;
  last: number;
  points: number;
  charge: number;
  duration: number;
  minA: number;
  maxA: number;
  hasGap: boolean;
  hasRestart: boolean;
  key: number;
  startTime: number;
  endTime: number;
}

/** Turns runs into half cycles: drops blips, merges same-sign runs a blip separated. */
class Collector {
  readonly halfCycles: CyclingSegment[] = [];
  dropped = 0;
  firstDropped = -1;
  private previousKey = Number.NaN;

  constructor(
    private readonly minPoints: number,
    private readonly area: number | null,
    private readonly current: Float64Array,
    private readonly columns: CyclingData["columns"],
  ) {}

  add(run: Run): void {
    const { area } = this;
    if (run.points < this.minPoints) {
      if (this.dropped++ === 0) this.firstDropped = run.start;
      return;
    }
    const previous = this.halfCycles[this.halfCycles.length - 1];
    if (
      previous !== undefined &&
      previous.sign === run.sign &&
      sameKey(this.previousKey, run.key)
    ) {
      // Same sign again after a dropped blip: one half cycle.
      previous.end = run.last + 1;
      previous.points += run.points;
      previous.endTime = run.endTime;
      previous.duration += run.duration;
      previous.charge += run.charge;
      if (previous.duration > 0)
        previous.meanCurrent = (run.sign * previous.charge) / previous.duration;
      previous.minAbsCurrent = Math.min(previous.minAbsCurrent, run.minA);
      previous.maxAbsCurrent = Math.max(previous.maxAbsCurrent, run.maxA);
      previous.currentDensity = area === null ? null : previous.meanCurrent / area;
      previous.arealCapacity = area === null ? null : previous.charge / area;
      previous.hasGap ||= run.hasGap;
      previous.hasRestart ||= run.hasRestart;
      return;
    }
    this.previousKey = run.key;
    const index = this.halfCycles.length;
    const meanCurrent =
      run.duration > 0
        ? (run.sign * run.charge) / run.duration
        : (this.current[run.start] as number);
    const { cycle, step, halfCycle } = this.columns;
    this.halfCycles.push({
      index,
      cycle: index >> 1,
      start: run.start,
      end: run.last + 1,
      sign: run.sign as 1 | -1,
      points: run.points,
      startTime: run.startTime,
      endTime: run.endTime,
      duration: run.duration,
      charge: run.charge,
      meanCurrent,
      minAbsCurrent: run.minA,
      maxAbsCurrent: run.maxA,
      currentDensity: area === null ? null : meanCurrent / area,
      arealCapacity: area === null ? null : run.charge / area,
      rateStep: 0,
      fileCycle: fileValue(cycle, run.start),
      fileStep: fileValue(step, run.start),
      fileHalfCycle: fileValue(halfCycle, run.start),
      hasGap: run.hasGap,
      hasRestart: run.hasRestart,
    });
  }
}

/** One warning per kind of time issue, naming the first few and the half cycles they hit. */
function reportTimeIssues(
  issues: TimeIssue[],
  counts: { restart: number; gap: number },
  halfCycles: CyclingSegment[],
  warnings: CyclingWarning[],
  where: string,
): void {
  for (const kind of ["restart", "gap"] as const) {
    const list = issues.filter((issue) => issue.kind === kind);
    const count = counts[kind];
    if (list.length === 0) continue;
    const first = list[0] as TimeIssue;
    const hit = halfCycles.filter((h) => (kind === "gap" ? h.hasGap : h.hasRestart)).length;
    warnings.push(
      kind === "restart"
        ? {
            code: "W_TIME_RESTART",
            message: `the clock went back ${count} time(s)${where} (first at point ${first.index}, by ${(-first.jump).toFixed(3)} s): an instrument restart; Δt there counts as 0, later times continue from the last one, and ${hit} half cycle(s) span one`,
            time: first.time,
            index: first.index,
          }
        : {
            code: "W_TIME_GAP",
            message: `${count} gap(s) in the record${where} (first at point ${first.index}, ${first.jump.toFixed(1)} s without data); no charge is integrated across a gap, so ${hit} half cycle(s) that span one have incomplete charge and duration`,
            time: first.time,
            index: first.index,
          },
    );
  }
}
