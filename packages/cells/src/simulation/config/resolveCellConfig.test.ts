import { isLmbError } from "@lmb/errors";
import { CellConfigSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { resolveCellConfig } from "./resolveCellConfig.js";

const liquid = { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" } as const;

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (error) {
    if (isLmbError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("did not throw");
}

describe("resolveCellConfig", () => {
  it("100 µm of Li ≈ 20.6 mAh cm⁻² (SCIENCE.md §2, @lmb/units)", () => {
    const cell = resolveCellConfig({
      area: "1.13 cm2",
      workingElectrode: { kind: "lithium", thickness: "100 um" },
      counterElectrode: { kind: "lithium", thickness: 1e-4 },
      electrolyte: liquid,
    });
    expect(cell.kind).toBe("symmetric");
    // 1e-4 m · 534 kg m⁻³ · F / 6.94e-3 kg mol⁻¹ = 742 430 C m⁻² = 20.622 mAh cm⁻²
    expect(cell.working.inventory / 36_000).toBeCloseTo(20.6225, 3);
    expect(cell.area).toBeCloseTo(1.13e-4, 12);
    // L/σ = 25e-6 m / 0.1 S m⁻¹ = 2.5e-4 Ω m² (2.5 Ω cm²)
    expect(cell.electrolyte.resistance).toBeCloseTo(2.5e-4, 12);
    expect(cell.voltageLimits).toEqual({ lower: -5, upper: 5 });
  });

  it("recognises asymmetric, Li‖Cu and full cells; a cathode holds specific capacity × loading", () => {
    const asym = resolveCellConfig({
      area: 1e-4,
      workingElectrode: { kind: "lithium", thickness: "20 um" },
      counterElectrode: { kind: "lithium", arealCapacity: "20 mAh cm-2" },
      electrolyte: liquid,
    });
    expect(asym.kind).toBe("asymmetric");
    const cu = resolveCellConfig({
      area: 1e-4,
      workingElectrode: { kind: "copper" },
      counterElectrode: { kind: "lithium", thickness: "50 um" },
      electrolyte: liquid,
    });
    expect(cu.kind).toBe("lithium-copper");
    expect(cu.working.inventory).toBe(0);
    const full = resolveCellConfig({
      area: 1e-4,
      workingElectrode: {
        kind: "cathode",
        specificCapacity: "170 mAh/g",
        massLoading: "10 mg cm-2",
        voltageCurve: "LFP",
      },
      counterElectrode: { kind: "lithium", thickness: "50 um" },
      electrolyte: { kind: "solid", conductivity: "2 mS cm-1", thickness: "500 um" },
    });
    expect(full.kind).toBe("full-cell");
    expect(full.working.inventory / 36_000).toBeCloseTo(1.7, 12); // 170 mAh g⁻¹ × 10 mg cm⁻²
    expect(full.working.openCircuitVoltage?.(0.5)).toBeCloseTo(3.42, 6);
  });

  it("computes σ_e of a metal-bearing interphase by percolation at its initial thickness", () => {
    const cell = resolveCellConfig({
      area: 1e-4,
      workingElectrode: { kind: "lithium", thickness: "20 um" },
      counterElectrode: { kind: "lithium", thickness: "100 um" },
      electrolyte: { kind: "solid", conductivity: "2 mS cm-1", thickness: "500 um" },
      interphase: {
        initialThickness: "50 nm",
        ionicConductivity: "1e-6 S cm-1",
        metal: { fraction: 0.5, particleDiameter: "10 nm" },
        drivingPotential: "1 V",
      },
    });
    expect(cell.interphase?.percolation?.percolating).toBe(true);
    expect(cell.interphase?.electronicConductivity).toBeGreaterThan(1e5);
  });

  it("rejects physically impossible configurations with an LmbError naming the field", () => {
    const base = {
      area: 1e-4,
      workingElectrode: { kind: "lithium", thickness: "20 um" },
      counterElectrode: { kind: "lithium", thickness: "100 um" },
      electrolyte: liquid,
    } as const;
    const negative = errorOf(() =>
      resolveCellConfig({ ...base, workingElectrode: { kind: "lithium", thickness: "-20 um" } }),
    );
    expect(negative.code).toBe("E_INVALID_INPUT");
    expect(negative.message).toMatch(/workingElectrode\.thickness/);
    const massless = errorOf(() =>
      resolveCellConfig({
        ...base,
        workingElectrode: {
          kind: "cathode",
          specificCapacity: "170 mAh/g",
          massLoading: "0 mg cm-2",
          voltageCurve: "LFP",
        },
      }),
    );
    expect(massless.message).toMatch(/workingElectrode\.massLoading/);
    const wrongUnit = errorOf(() => resolveCellConfig({ ...base, area: "1 mAh cm-2" }));
    expect(wrongUnit.code).toBe("E_SCHEMA");
    expect(wrongUnit.message).toMatch(/area/);
    const copper = errorOf(() =>
      resolveCellConfig({
        ...base,
        workingElectrode: { kind: "copper" },
        counterElectrode: { kind: "copper" },
      }),
    );
    expect(copper.message).toMatch(/counterElectrode/);
    const both = errorOf(() =>
      resolveCellConfig({
        ...base,
        workingElectrode: { kind: "lithium", thickness: "20 um", arealCapacity: "4 mAh cm-2" },
      }),
    );
    expect(both.message).toMatch(/workingElectrode/);
  });

  it("the schema rejects unknown keys (a misspelt field is reported, not ignored)", () => {
    const r = CellConfigSchema.safeParse({
      area: 1e-4,
      workingElectrode: { kind: "lithium", thicknes: "20 um" },
      counterElectrode: { kind: "copper" },
      electrolyte: liquid,
    });
    expect(r.success).toBe(false);
  });
});
