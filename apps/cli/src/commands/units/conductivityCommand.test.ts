import { BlockingCellConductivityResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

describe("lmb units conductivity", () => {
  it("gives σ = l/(R·S) = 0.05 cm / (25 Ω × 1.13 cm²) = 1.7699 mS cm⁻¹ (SCIENCE.md §2)", async () => {
    const args = [
      "units",
      "conductivity",
      "--thickness",
      "500 um",
      "--resistance",
      "25 ohm",
      "--area",
      "1.13 cm2",
    ];
    const run = await runCaptured(args);
    expect(run.stdout).toBe(
      "conductivity              1.7699 mS cm⁻¹  σ = l/(R·S)\narea-specific resistance  28.25 Ω cm²     R·S\n",
    );
    const result = BlockingCellConductivityResultSchema.parse(await runJson(args));
    expect(result.conductivity.value).toBeAllClose((0.05 / (25 * 1.13)) * 1e3, { rtol: 1e-9 });
    expect(result.conductivity).toMatchObject({ unit: "mS cm⁻¹", siUnit: "S m⁻¹" });
    expect(result.conductivity.si).toBeAllClose(5e-4 / (25 * 1.13e-4), { rtol: 1e-9 });
    expect(result.areaSpecificResistance.value).toBeAllClose(28.25, { rtol: 1e-9 });
  });

  it("exits 1 when the resistance is not a resistance", async () => {
    const run = await runCaptured([
      "units",
      "conductivity",
      "--thickness",
      "500 um",
      "--resistance",
      "25 ohm cm2",
      "--area",
      "1.13 cm2",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error E_UNIT_MISMATCH: .* \(at --resistance\)/);
  });
});
