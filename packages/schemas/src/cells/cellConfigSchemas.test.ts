import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../jsonSchemas.js";
import { CellConfigSchema } from "./cellConfigSchemas.js";

const cell = {
  area: "1.13 cm2",
  workingElectrode: { kind: "lithium", thickness: "20 um" },
  counterElectrode: { kind: "lithium", thickness: 1e-4 },
  electrolyte: { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" },
  interphase: {
    initialThickness: "20 nm",
    ionicConductivity: "1e-6 S cm-1",
    metal: { fraction: 0.2, particleDiameter: "10 nm" },
    drivingPotential: "1 V",
  },
  coulombicEfficiency: 0.99,
};

describe("CellConfigSchema", () => {
  it("accepts quantities as text with units or as SI numbers", () => {
    expect(CellConfigSchema.parse(cell)).toEqual(cell);
  });

  it("rejects a quantity of the wrong dimension, naming the field", () => {
    const r = CellConfigSchema.safeParse({
      ...cell,
      electrolyte: { ...cell.electrolyte, thickness: "1 mS cm-1" },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path.join(".").startsWith("electrolyte.thickness"))).toBe(
      true,
    );
  });

  it("rejects CE outside (0, 1] and unknown keys", () => {
    expect(CellConfigSchema.safeParse({ ...cell, coulombicEfficiency: 1.01 }).success).toBe(false);
    expect(CellConfigSchema.safeParse({ ...cell, anode: {} }).success).toBe(false);
  });

  it("ships CellConfig (input) and CellSimulationResult as JSON Schema", () => {
    const files = jsonSchemas();
    expect(files.CellConfig).toMatchObject({ title: "CellConfig", type: "object" });
    expect(files.CellSimulationResult).toMatchObject({ title: "CellSimulationResult" });
  });
});
