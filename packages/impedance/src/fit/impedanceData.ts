import { LmbError } from "@lmb/errors";
import type { ImpedanceSpectrum } from "@lmb/schemas";

/**
 * An impedance spectrum as plain columns: frequency f in Hz, Re Z and Im Z in Ω, with Im Z negative
 * for a capacitive response (the sign convention of `ImpedanceSpectrum.zImag`).
 *
 * @example
 * const data: ImpedanceData = { frequency: [1000, 100], zReal: [10, 12], zImag: [-1, -3] };
 */
export interface ImpedanceData {
  readonly frequency: ArrayLike<number>;
  readonly zReal: ArrayLike<number>;
  readonly zImag: ArrayLike<number>;
}

/** Checked columns of a spectrum, with ω = 2πf. */
export interface CheckedImpedanceData {
  frequency: Float64Array;
  omega: Float64Array;
  zReal: Float64Array;
  zImag: Float64Array;
}

/**
 * Takes a spectrum (an `ImpedanceSpectrum` dataset or {@link ImpedanceData} columns), checks it and
 * copies it into Float64Arrays.
 *
 * @throws LmbError `E_INVALID_INPUT` for columns of different lengths, an empty spectrum, a
 *   non-finite value (naming the column and index) or a frequency ≤ 0
 * @example
 * const { omega } = checkImpedanceData({ frequency: [1], zReal: [1], zImag: [-1] }); // [2π]
 */
export function checkImpedanceData(input: ImpedanceSpectrum | ImpedanceData): CheckedImpedanceData {
  const columns: ImpedanceData = "columns" in input ? input.columns : input;
  const { frequency, zReal, zImag } = columns;
  const n = frequency?.length;
  if (typeof n !== "number" || zReal?.length !== n || zImag?.length !== n) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `frequency, zReal and zImag must be arrays of one length (got ${frequency?.length}, ${zReal?.length}, ${zImag?.length})`,
      { location: { source: "data" }, fix: "give one Re Z and one Im Z per frequency" },
    );
  }
  if (n === 0) {
    throw new LmbError("E_INVALID_INPUT", "the spectrum has no points", {
      location: { source: "data" },
      fix: "pass a spectrum with at least a few frequencies",
    });
  }
  const out: CheckedImpedanceData = {
    frequency: new Float64Array(n),
    omega: new Float64Array(n),
    zReal: new Float64Array(n),
    zImag: new Float64Array(n),
  };
  const named = [
    ["frequency", frequency, out.frequency],
    ["zReal", zReal, out.zReal],
    ["zImag", zImag, out.zImag],
  ] as const;
  for (const [name, from, to] of named) {
    for (let i = 0; i < n; i++) {
      const v = from[i] as number;
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new LmbError("E_INVALID_INPUT", `${name}[${i}] is ${v}`, {
          location: { source: `data.${name}[${i}]` },
          fix: "remove or repair the point: every frequency, Re Z and Im Z must be a finite number",
        });
      }
      to[i] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    const f = out.frequency[i] as number;
    if (!(f > 0)) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `frequency[${i}] is ${f} Hz; frequencies must be positive`,
        {
          location: { source: `data.frequency[${i}]` },
          fix: "drop DC (0 Hz) or negative-frequency points; give frequencies in Hz, not log10(f)",
        },
      );
    }
    out.omega[i] = 2 * Math.PI * f;
  }
  return out;
}
