import { LmbError } from "@lmb/errors";

/** Most points one simulation may write (9 columns × 8 B × 2e7 = 1.4 GB would not be sensible). */
const MAX_POINTS = 20_000_000;

/** The internal state of a simulated cell at every trace point (SI). */
export interface CellSimulationState {
  /** s, the same as the trace's time column. */
  time: Float64Array;
  /** Li on the working electrode (a cathode's Li counted), C m⁻². */
  workingInventory: Float64Array;
  /** Li on the counter electrode, C m⁻². */
  counterInventory: Float64Array;
  /** Li lost as dead Li/SEI, C m⁻². */
  deadLithium: Float64Array;
  /** Li consumed by interphase growth, C m⁻². */
  interphaseLoss: Float64Array;
  /** Interphase thickness on the working electrode, m. */
  workingInterphaseThickness: Float64Array;
  /** Interphase thickness on the counter electrode, m. */
  counterInterphaseThickness: Float64Array;
  /** Parasitic (leakage) current density, both electrodes together, A m⁻². */
  leakageCurrentDensity: Float64Array;
}

const STATE_KEYS = [
  "workingInventory",
  "counterInventory",
  "deadLithium",
  "interphaseLoss",
  "workingInterphaseThickness",
  "counterInterphaseThickness",
  "leakageCurrentDensity",
] as const;

/** One point's values, in column order: V, I, then the state columns of {@link STATE_KEYS}. */
export type PointValues = Float64Array;

/**
 * Columnar output of a simulation: time, voltage, current and the state columns, preallocated
 * for the expected point count and grown by 1.5× when a step needs more.
 */
export class SimulationColumns {
  private columns: Float64Array[];
  length = 0;

  constructor(expected: number) {
    const size = Math.max(16, Math.min(MAX_POINTS, Math.ceil(expected)));
    this.columns = Array.from({ length: 3 + STATE_KEYS.length }, () => new Float64Array(size));
  }

  /** Makes room for `extra` more points. */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed > MAX_POINTS) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `the simulation would write more than ${MAX_POINTS} points`,
        {
          location: { source: "options.pointsPerStep" },
          fix: "sample fewer points per step or simulate fewer cycles",
        },
      );
    }
    const capacity = (this.columns[0] as Float64Array).length;
    if (needed <= capacity) return;
    const size = Math.min(MAX_POINTS, Math.max(needed, Math.ceil(capacity * 1.5)));
    this.columns = this.columns.map((c) => {
      const grown = new Float64Array(size);
      grown.set(c.subarray(0, this.length));
      return grown;
    });
  }

  /** Appends one point: time (s), voltage (V), current (A) and the state values (SI). */
  push(
    time: number,
    voltage: number,
    current: number,
    workingInventory: number,
    counterInventory: number,
    deadLithium: number,
    interphaseLoss: number,
    workingThickness: number,
    counterThickness: number,
    leakage: number,
  ): void {
    const k = this.length++;
    const c = this.columns;
    (c[0] as Float64Array)[k] = time;
    (c[1] as Float64Array)[k] = voltage;
    (c[2] as Float64Array)[k] = current;
    (c[3] as Float64Array)[k] = workingInventory;
    (c[4] as Float64Array)[k] = counterInventory;
    (c[5] as Float64Array)[k] = deadLithium;
    (c[6] as Float64Array)[k] = interphaseLoss;
    (c[7] as Float64Array)[k] = workingThickness;
    (c[8] as Float64Array)[k] = counterThickness;
    (c[9] as Float64Array)[k] = leakage;
  }

  /** Overwrites the voltage of the last point. */
  setLastVoltage(voltage: number): void {
    (this.columns[1] as Float64Array)[this.length - 1] = voltage;
  }

  /** The trimmed columns. */
  finish(): {
    time: Float64Array;
    voltage: Float64Array;
    current: Float64Array;
    state: CellSimulationState;
  } {
    const n = this.length;
    const [time, voltage, current, ...rest] = this.columns.map((c) =>
      c.slice(0, n),
    ) as Float64Array[];
    const state = { time: time as Float64Array } as CellSimulationState;
    STATE_KEYS.forEach((key, i) => {
      state[key] = rest[i] as Float64Array;
    });
    return {
      time: time as Float64Array,
      voltage: voltage as Float64Array,
      current: current as Float64Array,
      state,
    };
  }
}
