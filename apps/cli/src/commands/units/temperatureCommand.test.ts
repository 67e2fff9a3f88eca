import { UnitConversionResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

describe("lmb units temperature", () => {
  it("converts 25 °C to 298.15 K (T/K = θ/°C + 273.15)", async () => {
    const run = await runCaptured(["units", "temperature", "25 °C", "--to", "K"]);
    expect(run.stdout).toBe("25 °C = 298.15 K\n");
    const result = UnitConversionResultSchema.parse(
      await runJson(["units", "temperature", "25 degC"]),
    );
    expect(result.output.value).toBeAllClose(298.15, { rtol: 1e-12 });
    expect(result.output.unit).toBe("K");
  });

  it("converts kelvin to °C by default", async () => {
    const result = UnitConversionResultSchema.parse(
      await runJson(["units", "temperature", "300 K"]),
    );
    expect(result.output.value).toBeAllClose(26.85, { rtol: 1e-12 });
    expect(result.output.unit).toBe("°C");
  });

  it("treats --difference as a temperature difference (1 °C = 1 K)", async () => {
    const run = await runCaptured(["units", "temperature", "10 degC", "--difference"]);
    expect(run.stdout).toBe("10 °C = 10 K\n");
  });

  it("accepts a negative temperature typed with an ASCII hyphen", async () => {
    const run = await runCaptured(["units", "temperature", "-20 °C"]);
    expect(run).toEqual({ code: 0, stdout: "-20 °C = 253.15 K\n", stderr: "" });
  });

  it("exits 1 for something that is not a temperature", async () => {
    const run = await runCaptured(["units", "temperature", "25 V"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error E_UNIT_MISMATCH: "25 V" is not a temperature/);
  });
});
