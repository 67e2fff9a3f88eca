// Test-only: minimal galvanostatic trace builder with known parameters (not exported from the
// package). Each block holds a current for a duration and writes the voltage a caller gives as a
// function of the block's progress, so tests know every number exactly.
import type { CyclingData } from "@lmb/schemas";

/** One constant-current block (a half cycle) or a rest (current 0). */
export interface TraceBlock {
  /** A, signed (+ = oxidation at the working electrode). */
  current: number;
  /** s. */
  duration: number;
  /** Voltage at progress u ∈ [0, 1) of the block and time t (s) since its start. */
  voltage: (u: number, t: number) => number;
}

/**
 * Samples blocks every `dt` seconds into a cycling dataset. Point k sits at t = k·dt and carries
 * the current of the block that holds over [t, t + dt), so the zero-order-hold charge of a block
 * is exactly |I|·duration when durations are multiples of dt.
 */
export function buildTrace(
  blocks: TraceBlock[],
  dt: number,
  metadata: { area?: number; sourceFile?: string } = {},
): CyclingData {
  let total = 0;
  for (const b of blocks) total += Math.round(b.duration / dt);
  const n = total + 1;
  const time = new Float64Array(n);
  const voltage = new Float64Array(n);
  const current = new Float64Array(n);
  let k = 0;
  for (const b of blocks) {
    const m = Math.round(b.duration / dt);
    for (let j = 0; j < m; j++, k++) {
      time[k] = k * dt;
      current[k] = b.current;
      voltage[k] = b.voltage(j / m, j * dt);
    }
  }
  const lastBlock = blocks[blocks.length - 1] as TraceBlock;
  time[k] = k * dt;
  current[k] = 0;
  voltage[k] = lastBlock.voltage(1, lastBlock.duration) * 0.5;
  return {
    kind: "cycling",
    columns: { time, voltage, current },
    metadata: { format: "test", columns: [], warnings: [], ...metadata },
  };
}

/**
 * Symmetric Li‖Li cycling: `cycles` cycles of plating (−I) then stripping (+I) at ±`current`
 * for `halfCycleSeconds` each, voltage = sign·η(cycle, u) where η is the |V| profile.
 */
export function symmetricBlocks(
  cycles: number,
  current: number,
  halfCycleSeconds: number,
  eta: (cycle: number, u: number, halfIndex: number) => number,
  restSeconds = 0,
): TraceBlock[] {
  const blocks: TraceBlock[] = [];
  for (let c = 0; c < cycles; c++) {
    for (const [h, sign] of [
      [0, -1],
      [1, 1],
    ] as const) {
      blocks.push({
        current: sign * current,
        duration: halfCycleSeconds,
        voltage: (u) => sign * eta(c, u, 2 * c + h),
      });
      if (restSeconds > 0) blocks.push({ current: 0, duration: restSeconds, voltage: () => 0 });
    }
  }
  return blocks;
}
