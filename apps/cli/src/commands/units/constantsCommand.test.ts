import { ConstantsResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

describe("lmb units constants", () => {
  it("prints CODATA 2018 constants and Li facts with sources", async () => {
    const run = await runCaptured(["units", "constants"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Physical constants\n/);
    expect(run.stdout).toMatch(/Faraday constant +F +96485\.332123 C mol⁻¹ +CODATA 2018/);
    expect(run.stdout).toMatch(/\nLithium metal\n/);
    expect(run.stdout).toMatch(/gravimetric capacity +F\/M +3861\.9 mAh g⁻¹/);
  });

  it("prints a ConstantsResult with --json, values in SI and customary units", async () => {
    const result = ConstantsResultSchema.parse(await runJson(["units", "constants"]));
    const bySymbol = new Map(result.constants.map((c) => [c.symbol, c]));
    // CODATA 2018 exact values (SCIENCE.md, symbols)
    expect(bySymbol.get("F")?.quantity.si).toBeAllClose(96485.33212, { rtol: 1e-10 });
    expect(bySymbol.get("R")?.quantity.si).toBeAllClose(8.314462618, { rtol: 1e-10 });
    expect(bySymbol.get("e")?.quantity.si).toBe(1.602176634e-19);
    expect(bySymbol.get("N_A")?.quantity.si).toBe(6.02214076e23);
    expect(bySymbol.get("k_B")?.quantity.si).toBe(1.380649e-23);
    const li = new Map(result.lithium.map((c) => [c.name, c.quantity]));
    // SCIENCE.md §2: ≈ 3860 mAh g⁻¹, ≈ 2061 mAh cm⁻³ (2062.2 with M = 6.94), ≈ 0.206 mAh cm⁻² per µm
    expect(li.get("gravimetric capacity")?.value).toBeAllClose(3860, { rtol: 1e-3 });
    expect(li.get("volumetric capacity")?.value).toBeAllClose(2061, { rtol: 1e-3 });
    expect(li.get("areal capacity per µm")?.value).toBeAllClose(0.206, { rtol: 2e-3 });
    expect(li.get("density")?.value).toBeAllClose(0.534, { rtol: 1e-12 });
    expect(li.get("standard potential vs SHE")?.value).toBe(-3.04);
  });
});
