import type { ProtocolCurrent, StepDirection, StepLimit } from "@lmb/schemas";

/** A step as written once, before expansion gives it a cycle index. */
export type StepTemplate =
  | {
      kind: "galvanostatic";
      direction: StepDirection;
      current: ProtocolCurrent;
      limits: StepLimit[];
      tags: string[];
      source: { text: string; offset: number };
    }
  | {
      kind: "rest";
      seconds: number;
      tags: string[];
      source: { text: string; offset: number };
    };

/**
 * A step-increase (CCD) ladder: rung currents `start`, then `start + step` (linear) or
 * `start · factor` (geometric), … up to `end`; each rung runs `directions` (one or two
 * half cycles, each with `limits`) `cyclesPerRung` times. Currents in the unit of `kind`
 * (SI: A m⁻², A or h⁻¹).
 */
export interface CcdLadderSpec {
  directions: readonly StepDirection[];
  kind: ProtocolCurrent["kind"];
  start: number;
  end: number;
  step?: number | undefined;
  factor?: number | undefined;
  limits: readonly StepLimit[];
  cyclesPerRung: number;
}

/**
 * The reservoir ("modified Aurbach") Li‖Cu protocol of Adams et al., Adv. Energy Mater. 8
 * (2018) 1702097: optional formation (plate Q_T, strip to the cut-off), plate Q_T, cycle Q_C
 * `cycles` times (each strip also stops at the cut-off), strip everything to the cut-off.
 */
export interface ReservoirSpec {
  current: ProtocolCurrent;
  /** Q_T, the reservoir: an `areal-capacity` (C m⁻²) or `capacity` (C) limit. */
  reservoir: StepLimit;
  /** Q_C, the charge of each cycle, same kinds as `reservoir`. */
  cycle: StepLimit;
  cycles: number;
  /** Stripping cut-off, V. */
  cutoffVoltage: number;
  formation: boolean;
}

/** Where a node was written: 0-based offsets into the protocol text. */
export interface NodeSpan {
  start: number;
  end: number;
}

/** A node of a parsed protocol, before expansion. */
export type ProtocolNode =
  | ({ kind: "step"; step: StepTemplate } & NodeSpan)
  | ({ kind: "repeat"; count: number; body: ProtocolNode[] } & NodeSpan)
  | ({ kind: "ccd"; spec: CcdLadderSpec; source: { text: string; offset: number } } & NodeSpan)
  | ({
      kind: "reservoir";
      spec: ReservoirSpec;
      source: { text: string; offset: number };
    } & NodeSpan);
