import { ArealCapacityResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

describe("lmb units capacity", () => {
  it("gives 1 mAh cm⁻² for 1 mA cm⁻² × 1 h (SCIENCE.md §2) and its dense-Li thickness", async () => {
    const args = ["units", "capacity", "--current", "1 mA cm-2", "--time", "1 h"];
    const run = await runCaptured(args);
    expect(run.stdout).toBe(
      "areal capacity      1 mAh cm⁻²  q = j·t\ndense Li thickness  4.8491 µm   l = q·M/(ρ·F)\n",
    );
    const result = ArealCapacityResultSchema.parse(await runJson(args));
    expect(result.arealCapacity.value).toBeAllClose(1, { rtol: 1e-12 });
    expect(result.arealCapacity.si).toBeAllClose(36000, { rtol: 1e-12 }); // 3.6 C per 1e-4 m²
    // l = q·M/(ρ·F) = 36000 C m⁻² × 6.94e-3 kg mol⁻¹ / (534 kg m⁻³ × 96485.33212 C mol⁻¹)
    expect(result.lithiumThickness.si).toBeAllClose((36000 * 6.94e-3) / (534 * 96485.33212), {
      rtol: 1e-9,
    });
  });

  it("accepts minutes and other notations: 0.5 mA/cm2 for 30 min is 0.25 mAh cm⁻²", async () => {
    const result = ArealCapacityResultSchema.parse(
      await runJson(["units", "capacity", "--current", "0.5 mA/cm2", "--time", "30 min"]),
    );
    expect(result.arealCapacity.value).toBeAllClose(0.25, { rtol: 1e-12 });
  });
});
