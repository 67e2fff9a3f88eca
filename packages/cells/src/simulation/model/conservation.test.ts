import { isLmbError } from "@lmb/errors";
import type { ProtocolStep, StepLimit } from "@lmb/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CellSimulation, simulateCell } from "./simulateCell.js";
import { galvanostatic, MAH_CM2, protocolOf, rest } from "./testing/protocolSteps.js";

const electrode = fc.oneof(
  fc.record({
    kind: fc.constant("lithium" as const),
    thickness: fc.double({ min: 1, max: 200, noNaN: true }).map((x) => `${x} um`),
  }),
  fc.constant({ kind: "copper" as const }),
);

const interphase = fc.option(
  fc.record({
    initialThickness: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x * 1e-9),
    ionicConductivity: fc.double({ min: 1e-8, max: 1e-3, noNaN: true }),
    electronicConductivity: fc.oneof(
      fc.constant(0),
      fc.double({ min: 1e-14, max: 1e6, noNaN: true }),
    ),
    drivingPotential: fc.double({ min: 0, max: 2, noNaN: true }),
    reactionResistance: fc.double({ min: 1, max: 1e5, noNaN: true }),
  }),
  { nil: undefined },
);

const step: fc.Arbitrary<ProtocolStep> = fc.oneof(
  fc.double({ min: 1, max: 1e5, noNaN: true }).map((s) => rest(s)),
  fc
    .record({
      direction: fc.constantFrom("plate" as const, "strip" as const),
      j: fc.double({ min: 0.01, max: 10, noNaN: true }),
      q: fc.double({ min: 0.01, max: 5, noNaN: true }),
      cutoff: fc.boolean(),
      cycle: fc.nat(5),
    })
    .map(({ direction, j, q, cutoff, cycle }) => {
      const limits: StepLimit[] = [{ kind: "areal-capacity", value: q * MAH_CM2 }];
      if (cutoff) limits.push({ kind: "voltage", volts: direction === "strip" ? 1 : -1 });
      return galvanostatic(direction, j, limits, cycle);
    }),
);

function simulateOrSkip(run: () => CellSimulation): CellSimulation | undefined {
  try {
    return run();
  } catch (error) {
    // protocols that strip more Li than exists without a voltage limit are rejected up front
    if (isLmbError(error) && error.code === "E_INVALID_INPUT") return undefined;
    throw error;
  }
}

describe("simulateCell conserves Li (electrodes + dead Li + interphase)", () => {
  it("to 1e-9 relative at every point, for random cells and protocols", () => {
    fc.assert(
      fc.property(
        electrode,
        electrode,
        interphase,
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        (working, counter, layer, ce, steps) => {
          fc.pre(working.kind === "lithium" || counter.kind === "lithium");
          const sim = simulateOrSkip(() =>
            simulateCell(
              {
                area: "1 cm2",
                workingElectrode: working,
                counterElectrode: counter,
                electrolyte: { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" },
                coulombicEfficiency: ce,
                ...(layer ? { interphase: layer } : {}),
              },
              protocolOf(steps),
              { pointsPerStep: 8 },
            ),
          );
          if (!sim) return;
          const s = sim.state;
          const total0 = sim.summary.lithium.initial.total * MAH_CM2;
          let worst = 0;
          let lowest = 0;
          for (let k = 0; k < s.time.length; k++) {
            const total =
              (s.workingInventory[k] as number) +
              (s.counterInventory[k] as number) +
              (s.deadLithium[k] as number) +
              (s.interphaseLoss[k] as number);
            worst = Math.max(worst, Math.abs(total - total0) / total0);
            lowest = Math.min(
              lowest,
              s.workingInventory[k] as number,
              s.counterInventory[k] as number,
            );
          }
          expect(worst).toBeLessThan(1e-9);
          // no electrode below zero beyond rounding
          expect(lowest / total0).toBeGreaterThan(-1e-9);
          expect(sim.summary.lithium.conservationError).toBeLessThan(1e-9);
          expect(sim.data.columns.voltage.every((v) => Number.isFinite(v))).toBe(true);
        },
      ),
      { numRuns: 200, seed: 20261123 },
    );
  });
});
