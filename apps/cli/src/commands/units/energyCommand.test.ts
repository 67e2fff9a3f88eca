import { UnitConversionResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

// 1 eV per particle = e·N_A J mol⁻¹ = 96485.33212 J mol⁻¹ (CODATA 2018, exact).
const EV_IN_J_PER_MOL = 1.602176634e-19 * 6.02214076e23;

describe("lmb units energy", () => {
  it("converts 40 kJ mol⁻¹ to 0.41457 eV per particle", async () => {
    const run = await runCaptured(["units", "energy", "40 kJ/mol", "--to", "eV"]);
    expect(run.stdout).toBe("40 kJ mol⁻¹ = 0.41457 eV  (one particle per N_A: E/N_A)\n");
    const result = UnitConversionResultSchema.parse(
      await runJson(["units", "energy", "40 kJ/mol"]),
    );
    expect(result.output.value).toBeAllClose(40e3 / EV_IN_J_PER_MOL, { rtol: 1e-12 });
    expect(result.output.unit).toBe("eV");
    expect(result.equivalence).toBe("one particle per N_A: E/N_A");
  });

  it("converts eV to kJ mol⁻¹ by default", async () => {
    const result = UnitConversionResultSchema.parse(await runJson(["units", "energy", "1 eV"]));
    expect(result.output.value).toBeAllClose(EV_IN_J_PER_MOL / 1e3, { rtol: 1e-12 });
    expect(result.output.unit).toBe("kJ mol⁻¹");
  });

  it("exits 1 for something that is not an energy", async () => {
    const run = await runCaptured(["units", "energy", "5 mA cm-2"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `error E_UNIT_MISMATCH: "5 mA cm-2" is not an energy (at <energy>)\nfix: give a molar energy such as "40 kJ/mol" or an energy such as "0.4 eV"\n`,
    );
  });
});
