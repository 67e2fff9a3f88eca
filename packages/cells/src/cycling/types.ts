/**
 * Something the cycling analysis noticed and handled without failing: a time restart or gap, a
 * missing cell area, a file half-cycle column that disagrees with the current. Carries the time
 * (s, on the record's clock) and the point index where it applies, when it has one.
 *
 * @example
 * const w: CyclingWarning = { code: "W_TIME_GAP", message: "no data for 3600 s", time: 7200, index: 7200 };
 */
export interface CyclingWarning {
  /** Stable code, `W_…`. */
  code: `W_${string}`;
  /** What happened, where, and what it means for the numbers. */
  message: string;
  /** Time in s where it applies (record clock). */
  time?: number;
  /** 0-based point index where it applies. */
  index?: number;
}

/** Where the cell area came from: an option, the dataset metadata, or nowhere. */
export type AreaSource = "option" | "metadata" | "none";

/**
 * One half cycle of a galvanostatic record: a maximal run of one current sign, rests ignored
 * (navani's rule; research/cycling.md §1.3). Indices are 0-based into the dataset's columns;
 * `start` is the first active point and `end` one past the last active point, so rest points
 * inside `[start, end)` (a pause between two same-sign pulses) belong to the half cycle but are
 * not active. Charge is integrated with a zero-order hold (each point's current holds until the
 * next point, the way a cycler applies a constant current between records).
 *
 * Units: s, A, C (coulomb), A m⁻², C m⁻². 1 mA cm⁻² = 10 A m⁻²; 1 mAh cm⁻² = 36 000 C m⁻².
 *
 * @example
 * const { halfCycles } = segmentCycling(data, { area: 1.13e-4 });
 * halfCycles[0].currentDensity; // −10 A m⁻² (1 mA cm⁻², plating on the working electrode)
 */
export interface CyclingSegment {
  /** 0-based half-cycle index. */
  index: number;
  /** 0-based cycle index: half cycles 2k and 2k+1 form cycle k. */
  cycle: number;
  /** First active point (|I| above the zero threshold, with this half cycle's sign). */
  start: number;
  /** One past the last active point. */
  end: number;
  /** Current sign: +1 oxidation at the working electrode (stripping for Li), −1 reduction. */
  sign: 1 | -1;
  /** Active points (rests inside the range excluded). */
  points: number;
  /** Time of the first active point on the continuous clock (see {@link continuousTime}), s. */
  startTime: number;
  /** Time at which the last active point's current stops holding (the next point's time), s. */
  endTime: number;
  /** Active (current-carrying) duration, s. */
  duration: number;
  /** Charge passed, ∫|I| dt over the active points, C (always ≥ 0). */
  charge: number;
  /** Signed mean current = sign·charge/duration, A. */
  meanCurrent: number;
  /** Smallest and largest |I| over the active points, A (a CC step has them equal up to noise). */
  minAbsCurrent: number;
  maxAbsCurrent: number;
  /** Signed mean current density, A m⁻² (null without a cell area). */
  currentDensity: number | null;
  /** Areal capacity passed, C m⁻² (null without a cell area). */
  arealCapacity: number | null;
  /** Index of the rate step (constant current density block) this half cycle belongs to. */
  rateStep: number;
  /** The file's own cycle, step and half-cycle numbers at `start`, when it has those columns. */
  fileCycle: number | null;
  fileStep: number | null;
  fileHalfCycle: number | null;
  /** True when a time gap (missing data while current flowed) falls inside this half cycle. */
  hasGap: boolean;
  /** True when the clock restarted (time went back) inside this half cycle. */
  hasRestart: boolean;
}

/**
 * A block of consecutive half cycles at one |current| (a rate step of a rate test or a CCD
 * ladder): |mean current| of every member within `rateTolerance` of the block's first member.
 *
 * @example
 * rateSteps.map((s) => s.currentDensity); // [10, 20, 30, 50, 80, 100, 10] A m⁻²
 */
export interface RateStep {
  /** 0-based step index. */
  index: number;
  /** First and last half cycle of the block (inclusive). */
  firstHalfCycle: number;
  lastHalfCycle: number;
  /** Mean |I| over the block's half cycles (charge-weighted: Σcharge/Σduration), A. */
  absCurrent: number;
  /** Mean |j|, A m⁻² (null without a cell area). */
  absCurrentDensity: number | null;
  /** Start time of the first half cycle and end time of the last, s. */
  startTime: number;
  endTime: number;
}

/**
 * A time problem in the record: a gap (the clock jumped forward by much more than the usual
 * sampling interval) or a restart (the clock went back, or the reader reported repairing one).
 */
export interface TimeIssue {
  kind: "gap" | "restart";
  /** Index of the point after the jump. */
  index: number;
  /** Time of the point after the jump on the continuous clock (restarts shifted out), s. */
  time: number;
  /** Size of the jump, s (negative for a restart: how far the clock went back). */
  jump: number;
}

/**
 * The half cycles, cycles and rate steps of a cycling record ({@link segmentCycling}).
 *
 * @example
 * const seg = segmentCycling(data, { area: 1.13e-4 });
 * seg.halfCycles.length; seg.cycleCount; seg.rateSteps.length; seg.warnings;
 */
export interface CyclingSegmentation {
  /** Electrode area used for per-area numbers, m² (null when unknown). */
  area: number | null;
  areaSource: AreaSource;
  /** How half cycles were delimited: from the current's sign, or from the file's column. */
  boundarySource: "current" | "file-half-cycle" | "file-step";
  /** |I| at or below this counts as zero (rest), A. */
  zeroCurrentThreshold: number;
  /** Largest |I| in the record, A. */
  maxAbsCurrent: number;
  /** Median sampling interval (from a strided sample of the record), s. */
  typicalInterval: number;
  /** Forward time jumps above this are gaps (no charge integrated across), s. */
  gapThreshold: number;
  /** Number of points in the record. */
  pointCount: number;
  halfCycles: CyclingSegment[];
  /** Number of cycles (= ceil(halfCycles / 2)). */
  cycleCount: number;
  rateSteps: RateStep[];
  /** Gaps and restarts, in order (the first 1 000 of each kind; the warnings give the counts). */
  timeIssues: TimeIssue[];
  warnings: CyclingWarning[];
}
