import { LmbError } from "@lmb/errors";
import type { ProtocolStep } from "@lmb/schemas";
import type { ResolvedCell } from "../config/resolveCellConfig.js";

type Galvanostatic = Extract<ProtocolStep, { kind: "galvanostatic" }>;

/** Where a protocol step points at, for errors: `protocol.steps[3] ("Strip at 1 mA cm-2 …")`. */
export function stepLocation(index: number, step: ProtocolStep): string {
  return `protocol.steps[${index}] ("${step.source.text}" at offset ${step.source.offset})`;
}

/**
 * The signed current density of a galvanostatic step, A m⁻², positive = Li leaves the working
 * electrode (oxidation there; the cycler's positive current). `plate`/`discharge` move Li onto
 * the working electrode (negative), `strip`/`charge` off it (positive); `charge`/`discharge`
 * need a cathode as the working electrode. A C-rate uses the cathode's capacity, or
 * `nominalCapacity` (C) when given.
 *
 * @throws LmbError `E_INVALID_INPUT` naming the step for charge/discharge without a cathode or a
 *   C-rate without a capacity
 * @example
 * stepCurrentDensity(step, cell, 0); // -10 for "Plate at 1 mA cm-2"
 */
export function stepCurrentDensity(
  step: Galvanostatic,
  cell: ResolvedCell,
  index: number,
  nominalCapacity?: number,
): number {
  const sign = step.direction === "plate" || step.direction === "discharge" ? -1 : 1;
  if (
    (step.direction === "charge" || step.direction === "discharge") &&
    cell.working.kind !== "cathode"
  ) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `a ${step.direction} step needs a full cell, but the working electrode is ${cell.working.kind}`,
      {
        location: { source: stepLocation(index, step) },
        fix: "write plate/strip for Li‖Li and Li‖Cu cells, or give a cathode as the working electrode",
      },
    );
  }
  const c = step.current;
  if (c.kind === "density") return sign * c.value;
  if (c.kind === "current") return (sign * c.value) / cell.area;
  const capacity =
    nominalCapacity ??
    (cell.working.kind === "cathode" ? cell.working.capacity * cell.area : undefined);
  if (capacity === undefined || !(capacity > 0)) {
    throw new LmbError("E_INVALID_INPUT", "a C-rate needs the cell's capacity", {
      location: { source: stepLocation(index, step) },
      fix: "give a cathode in the config, or options.nominalCapacity (C), or a current density",
    });
  }
  return (sign * c.value * capacity) / 3600 / cell.area;
}
