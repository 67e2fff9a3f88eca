import { describe, expect, it } from "vitest";
import { temperatureFromName, timeFromName } from "./nameHints.js";

describe("temperatureFromName", () => {
  it("reads °C and K written in file names", () => {
    expect(temperatureFromName("PEIS_LPSCl_IonBlocking_-25C.txt")).toBeCloseTo(248.15, 10);
    expect(temperatureFromName("SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv")).toBeCloseTo(
      298.15,
      10,
    );
    expect(temperatureFromName("eis_60C.mpt")).toBeCloseTo(333.15, 10);
    expect(temperatureFromName("eis_313K.mpt")).toBeCloseTo(313, 10);
    expect(temperatureFromName("cell3_run1.mpt")).toBeUndefined();
    expect(temperatureFromName("C01.mpr")).toBeUndefined();
  });
});

describe("timeFromName", () => {
  it("reads hours, days and minutes", () => {
    expect(timeFromName("eis_24h.mpt")).toBe(86400);
    expect(timeFromName("eis_day3.mpt")).toBe(3 * 86400);
    expect(timeFromName("eis_30min.csv")).toBe(1800);
    expect(timeFromName("eis_0h.csv")).toBe(0);
    expect(timeFromName("cell3.mpt")).toBeUndefined();
  });
});
