import { isLmbError } from "@lmb/errors";
import { describe, expect, expectTypeOf, it } from "vitest";
import { arealCapacityFromCurrentDensity } from "./arealCapacityFromCurrentDensity.js";
import {
  type ArealCapacity,
  arealCapacity,
  type CurrentDensity,
  conductivity,
  currentDensity,
  resistance,
} from "./electricalKinds.js";
import { defineKind, type Kind } from "./Kind.js";
import { area, length } from "./materialKinds.js";
import { parseQuantity } from "./parseQuantity.js";
import {
  activationEnergy,
  type MolarEnergy,
  molarEnergy,
  temperature,
  temperatureDifference,
  time,
} from "./timeAndEnergyKinds.js";
import { inUnit } from "./toSI.js";

describe("branded kinds: compile-time safety (checked by `pnpm typecheck`)", () => {
  it("an areal capacity is not a current density, and a plain number is neither", () => {
    const j = currentDensity(5, "mA cm-2");
    const q = arealCapacity(1, "mAh cm-2");
    const takesCurrentDensity = (x: CurrentDensity): number => x;
    expect(takesCurrentDensity(j)).toBe(50);
    // @ts-expect-error an ArealCapacity where a CurrentDensity is expected
    takesCurrentDensity(q);
    // @ts-expect-error a bare number has no kind
    takesCurrentDensity(50);
    // @ts-expect-error arguments swapped: (current density, time)
    arealCapacityFromCurrentDensity(time(1, "h"), j);
    // @ts-expect-error a time is not a resistance
    resistance.inUnit(time(1, "h"), "Ohm");
    // Kinds are numbers: arithmetic and Float64Array storage work, the result is a plain number.
    const column = Float64Array.of(j, j * 2);
    expectTypeOf(j * 2).toEqualTypeOf<number>();
    expect(column[1]).toBe(100);
  });

  it("kind types are distinct; aliases are the same kind", () => {
    expectTypeOf<CurrentDensity>().not.toEqualTypeOf<ArealCapacity>();
    expectTypeOf<CurrentDensity>().toExtend<number>();
    expectTypeOf(activationEnergy(50, "kJ/mol")).toEqualTypeOf<MolarEnergy>();
    expect(activationEnergy(50, "kJ/mol")).toBe(molarEnergy(50, "kJ/mol"));
    expectTypeOf(currentDensity.fromSI(1)).toEqualTypeOf<CurrentDensity>();
  });
});

describe("kind constructors: checked at run time", () => {
  it("currentDensity(5, 'mA cm-2') is 50 A m⁻² (issue 2), also from a quantity string", () => {
    expect(currentDensity(5, "mA cm-2")).toBeAllClose(50, { rtol: 1e-15 });
    expect(currentDensity("5 mA cm⁻²")).toBeAllClose(50, { rtol: 1e-15 });
    expect(currentDensity(parseQuantity("0.5 A/cm2"))).toBeAllClose(5000, { rtol: 1e-15 });
  });

  it("throws E_UNIT_MISMATCH for a unit of another quantity, naming both", () => {
    try {
      currentDensity(5, "mAh cm-2");
      expect.unreachable();
    } catch (error) {
      expect(isLmbError(error) && error.code).toBe("E_UNIT_MISMATCH");
      expect(String(error)).toContain("current density (A m⁻²)");
      expect(String(error)).toContain("areal capacity (C m⁻²)");
    }
  });

  it("inUnit goes back to a customary unit; the kind's own inUnit checks the dimension", () => {
    const j = currentDensity(5, "mA cm-2");
    expect(inUnit(j, "mA cm-2")).toBeAllClose(5, { rtol: 1e-15 });
    expect(currentDensity.inUnit(j, "µA/cm2")).toBeAllClose(5000, { rtol: 1e-15 });
    expect(() => currentDensity.inUnit(j, "mAh cm-2")).toThrow(/E_UNIT_MISMATCH/);
    expect(currentDensity.format(j)).toBe("5 mA cm⁻²");
    expect(currentDensity.format(j, { ascii: true })).toBe("5 mA cm-2");
    expect(currentDensity.customaryUnit.symbol).toBe("mA cm⁻²");
    expect(currentDensity.siUnit.symbol).toBe("A m⁻²");
  });

  it("absolute temperatures take the °C offset; differences do not; below 0 K is refused", () => {
    expect(temperature(25, "°C")).toBeAllClose(298.15, { rtol: 1e-15 });
    expect(temperature.format(temperature(25, "°C"))).toBe("25 °C");
    expect(temperatureDifference(10, "°C")).toBe(10);
    expect(temperatureDifference.inUnit(temperatureDifference(10, "K"), "°C")).toBe(10);
    expect(() => temperature(-300, "°C")).toThrow(/E_OUT_OF_RANGE/);
  });

  it("refuses NaN and a missing unit", () => {
    expect(() => length(Number.NaN, "µm")).toThrow(/E_NOT_FINITE/);
    expect(() => area("1.13")).toThrow(/E_UNIT_MISMATCH/);
  });

  it("defineKind builds kinds for other packages", () => {
    type ExchangeCurrentDensity = Kind<"exchange current density">;
    const j0 = defineKind<ExchangeCurrentDensity>("exchange current density", {
      dimension: "current density",
    });
    expect(j0(1, "mA cm-2")).toBeAllClose(10, { rtol: 1e-15 });
    expect(j0.kindName).toBe("exchange current density");
    expect(() => defineKind("no such dimension")).toThrow(/E_INVALID_ARGUMENT/);
    expect(conductivity.dimension).toEqual([-3, -1, 3, 2, 0, 0, 0]);
  });
});
