import { UnitConversionResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

// Dense Li: q = l·ρ·F/M with ρ = 0.534 g cm⁻³, M = 6.94 g mol⁻¹, F = 96485.33212 C mol⁻¹
// → 0.2062247 mAh cm⁻² per µm (SCIENCE.md §2: "1 µm of dense Li holds ≈ 0.206 mAh cm⁻²").
const LI_MAH_CM2_PER_UM = (1e-6 * 534 * 96485.33212) / 6.94e-3 / 36000;

describe("lmb units convert", () => {
  it("converts 100 µm of Li to ≈ 20.6 mAh cm⁻² with --material Li (SCIENCE.md §2)", async () => {
    const run = await runCaptured([
      "units",
      "convert",
      "100 um",
      "--to",
      "mAh cm-2",
      "--material",
      "Li",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      "100 µm = 20.622 mAh cm⁻²  (dense Li metal, 0.534 g cm⁻³, 6.94 g mol⁻¹)\n",
    );
    const result = UnitConversionResultSchema.parse(
      await runJson(["units", "convert", "100 um", "--to", "mAh cm-2", "--material", "Li"]),
    );
    expect(result.output.value).toBeAllClose(100 * LI_MAH_CM2_PER_UM, { rtol: 1e-9 });
    expect(result.output.value).toBeAllClose(20.6, { rtol: 2e-3 });
    expect(result.output).toMatchObject({
      unit: "mAh cm⁻²",
      siUnit: "C m⁻²",
      dimension: "areal capacity",
    });
    expect(result.input).toMatchObject({ value: 100, unit: "µm", dimension: "length" });
    expect(result.input.si).toBeAllClose(1e-4, { rtol: 1e-12 });
    expect(result.equivalence).toBe("dense Li metal, 0.534 g cm⁻³, 6.94 g mol⁻¹");
  });

  it("converts an areal capacity back to a Li thickness", async () => {
    const result = UnitConversionResultSchema.parse(
      await runJson(["units", "convert", "3 mAh cm-2", "--to", "um", "--material", "Li"]),
    );
    expect(result.output.value).toBeAllClose(3 / LI_MAH_CM2_PER_UM, { rtol: 1e-9 });
  });

  it("converts 5 mA cm⁻² to 50 A m⁻² (1 cm⁻² = 10⁴ m⁻²)", async () => {
    const run = await runCaptured(["units", "convert", "5 mA cm-2", "--to", "A m-2"]);
    expect(run).toEqual({ code: 0, stdout: "5 mA cm⁻² = 50 A m⁻²\n", stderr: "" });
    const result = UnitConversionResultSchema.parse(
      await runJson(["units", "convert", "5 mA/cm2", "--to", "A m-2"]),
    );
    expect(result.output.value).toBeAllClose(50, { rtol: 1e-12 });
    expect(result.output.si).toBeAllClose(50, { rtol: 1e-12 });
    expect(result.equivalence).toBeUndefined();
  });

  it("converts kJ mol⁻¹ to eV and °C to K, and takes --digits", async () => {
    const energy = await runCaptured([
      "units",
      "convert",
      "40 kJ/mol",
      "--to",
      "eV",
      "--digits",
      "3",
    ]);
    expect(energy.stdout).toBe("40 kJ mol⁻¹ = 0.415 eV  (one particle per N_A: E/N_A)\n");
    const temperature = await runCaptured([
      "units",
      "convert",
      "1 degC",
      "--to",
      "K",
      "--difference",
    ]);
    expect(temperature.stdout).toBe("1 °C = 1 K\n");
  });

  it("exits 1 naming the argument when the quantity or the unit does not parse", async () => {
    const quantity = await runCaptured(["units", "convert", "five mA", "--to", "A"]);
    expect(quantity.code).toBe(1);
    expect(quantity.stderr).toMatch(/^error E_QUANTITY_PARSE: .*\(at <quantity>/);
    const unit = await runCaptured(["units", "convert", "5 mA", "--to", "mAq"]);
    expect(unit.code).toBe(1);
    expect(unit.stderr).toMatch(/^error E_UNIT_PARSE: .*\(at --to/);
  });
});
