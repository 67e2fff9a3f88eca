// Test-only: CellProtocol objects built directly (the text parser lives in ../protocol/).
import type { CellProtocol, ProtocolStep, StepLimit } from "@lmb/schemas";

/** mA cm⁻² → A m⁻². */
export const MA_CM2 = 10;
/** mAh cm⁻² → C m⁻². */
export const MAH_CM2 = 36_000;

/** A galvanostatic step at `mAcm2` mA cm⁻² with the given limits. */
export function galvanostatic(
  direction: "plate" | "strip" | "charge" | "discharge",
  mAcm2: number,
  limits: StepLimit[],
  cycle = 0,
): Extract<ProtocolStep, { kind: "galvanostatic" }> {
  return {
    kind: "galvanostatic",
    direction,
    current: { kind: "density", value: mAcm2 * MA_CM2 },
    limits,
    cycle,
    tags: [],
    source: { text: `${direction} at ${mAcm2} mA cm-2`, offset: 0 },
  };
}

/** `cycles` × (first, then second half cycle) at j mA cm⁻² and q mAh cm⁻² each. */
export function cycling(
  cycles: number,
  mAcm2: number,
  mAhcm2: number,
  first: "plate" | "strip" = "strip",
  extra: StepLimit[] = [],
): CellProtocol {
  const second = first === "plate" ? "strip" : "plate";
  const steps: ProtocolStep[] = [];
  for (let c = 0; c < cycles; c++) {
    for (const d of [first, second] as const) {
      steps.push(
        galvanostatic(d, mAcm2, [{ kind: "areal-capacity", value: mAhcm2 * MAH_CM2 }, ...extra], c),
      );
    }
  }
  return {
    text: `${cycles} × (${first}, ${second}) at ${mAcm2} mA cm-2, ${mAhcm2} mAh cm-2`,
    steps,
  };
}

/** A protocol from steps. */
export function protocolOf(steps: ProtocolStep[]): CellProtocol {
  return { text: "test protocol", steps };
}

/** A rest of `seconds`. */
export function rest(seconds: number, cycle = 0): ProtocolStep {
  return { kind: "rest", seconds, cycle, tags: [], source: { text: "rest", offset: 0 } };
}
