import {
  type CellProtocol,
  type ProtocolCurrent,
  type StepDirection,
  type StepLimit,
  StepLimitSchema,
} from "@lmb/schemas";
import { invalidOption, requireCount, requirePositive } from "./builderError.js";
import { ccdRungCount, expandCcdLadder } from "./ccdLadder.js";
import {
  formatProtocolCurrent,
  formatProtocolLimit,
  formatProtocolNumber,
} from "./formatProtocolValues.js";
import type { CcdLadderSpec } from "./protocolAst.js";
import { MAX_PROTOCOL_STEPS } from "./protocolLimits.js";
import { StepSink } from "./stepSink.js";

/** Options of {@link ccdProtocol}. Currents in SI of `kind`: A m⁻², A or h⁻¹. */
export interface CcdProtocolOptions {
  /** First rung's current (A m⁻² for a density: 1 = 0.1 mA cm⁻²). */
  start: number;
  /** The ladder stops at the largest rung not above this (same unit as `start`). */
  end: number;
  /** Linear increment per rung (same unit); give this or `factor`. */
  step?: number;
  /** Geometric factor per rung (> 1, e.g. 2 for doubling); give this or `step`. */
  factor?: number;
  /** Limits of each half cycle: fixed time (`duration`) or fixed capacity (`areal-capacity`). */
  limits: readonly StepLimit[];
  /** Cycles per rung. @default 1 */
  cyclesPerRung?: number;
  /** Half cycles of each cycle. @default ["plate", "strip"] */
  directions?: readonly StepDirection[];
  /** How the currents are given. @default "density" */
  kind?: ProtocolCurrent["kind"];
}

/** The ladder's text: `Ramp plate/strip from … by … to … for … each x n`. */
function ladderText(spec: CcdLadderSpec): string {
  const current = (value: number) => formatProtocolCurrent({ kind: spec.kind, value });
  const increment =
    spec.step !== undefined
      ? `by ${current(spec.step)}`
      : `times ${formatProtocolNumber(spec.factor ?? 2)}`;
  const limits = spec.limits.map(formatProtocolLimit).join(" or ");
  return `Ramp ${spec.directions.join("/")} from ${current(spec.start)} ${increment} to ${current(spec.end)} ${limits} each x ${spec.cyclesPerRung}`;
}

/**
 * A step-increase critical-current-density (CCD) protocol: rungs j₀, j₀ + Δj, … (linear) or
 * j₀, f·j₀, f²·j₀, … (geometric) up to `end`, each run for `cyclesPerRung` plate/strip cycles
 * with fixed time or fixed areal capacity per half cycle (theory.md §7.1; e.g. Sim 2025:
 * 0.1 → 3.2 mA cm⁻², 1 h per half cycle). Every step is tagged `ccd-rung`; each cycle is a new
 * cycle index. Same steps as `parseProtocol(result.text)` (to 12 significant digits).
 *
 * @param options - the ladder, currents in SI (A m⁻² by default)
 * @throws LmbError `E_PROTOCOL_INVALID` for a non-positive current, `end < start`, both or
 *   neither of `step` and `factor`, `factor ≤ 1`, bad limits or cycles, more than 10⁶ steps
 * @example
 * ccdProtocol({ start: 1, step: 1, end: 30, limits: [{ kind: "duration", seconds: 3600 }], cyclesPerRung: 5 });
 * // text "Ramp plate/strip from 0.1 mA cm-2 by 0.1 mA cm-2 to 3 mA cm-2 for 1 h each x 5", 300 steps
 */
export function ccdProtocol(options: CcdProtocolOptions): CellProtocol {
  const start = requirePositive("start", options.start, "the unit of kind");
  const end = requirePositive("end", options.end, "the unit of kind");
  if (end < start)
    throw invalidOption(
      "end",
      `end (${end}) is below start (${start})`,
      "a CCD ladder increases: give end ≥ start",
    );
  if ((options.step === undefined) === (options.factor === undefined))
    throw invalidOption(
      "step",
      "give exactly one of step (linear ladder) and factor (geometric)",
      "e.g. step: 1 (0.1 mA cm⁻²) or factor: 2",
    );
  const step =
    options.step === undefined
      ? undefined
      : requirePositive("step", options.step, "the unit of kind");
  const factor =
    options.factor === undefined ? undefined : requirePositive("factor", options.factor, "a ratio");
  if (factor !== undefined && factor <= 1)
    throw invalidOption(
      "factor",
      `factor must be above 1, got ${factor}`,
      "e.g. factor: 2 for doubling",
    );
  const limits = StepLimitSchema.array().min(1).safeParse(options.limits);
  if (!limits.success)
    throw invalidOption(
      "limits",
      "limits must be one or more StepLimit objects with positive values",
      'e.g. [{ kind: "duration", seconds: 3600 }]',
    );
  const directions = options.directions ?? ["plate", "strip"];
  if (directions.length < 1 || directions.length > 2)
    throw invalidOption(
      "directions",
      "directions must hold one or two directions",
      'e.g. ["plate", "strip"]',
    );
  const spec: CcdLadderSpec = {
    directions: [...directions],
    kind: options.kind ?? "density",
    start,
    end,
    step,
    factor,
    limits: limits.data,
    cyclesPerRung: requireCount("cyclesPerRung", options.cyclesPerRung ?? 1),
  };
  const count = ccdRungCount(spec) * spec.cyclesPerRung * directions.length;
  if (count > MAX_PROTOCOL_STEPS)
    throw invalidOption(
      "step",
      `the ladder expands to ${count} steps, more than ${MAX_PROTOCOL_STEPS}`,
      "use a larger step or fewer cycles per rung",
    );
  const text = ladderText(spec);
  const sink = new StepSink();
  expandCcdLadder(spec, { text, offset: 0 }, sink);
  return { text, steps: sink.steps };
}
