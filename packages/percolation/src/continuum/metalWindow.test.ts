import { describe, expect, it } from "vitest";
import { metalIncorporationWindow } from "./metalWindow.js";

describe("metal-incorporated SEI window", () => {
  it("thin layers tolerate less metal than thick ones, and the window sits below the median crossing", () => {
    const thin = metalIncorporationWindow({ thickness: 2, lateral: 12, runs: 40, seed: 1 });
    const thick = metalIncorporationWindow({ thickness: 8, lateral: 12, runs: 40, seed: 1 });
    expect(thin.maximumFraction.value).toBeLessThan(thick.maximumFraction.value);
    expect(thick.maximumFraction.value).toBeLessThanOrEqual(thick.crossing.median);
    expect(thick.maximumFraction.interval.lower).toBeLessThanOrEqual(thick.maximumFraction.value);
    expect(thick.maximumFraction.interval.upper).toBeGreaterThanOrEqual(
      thick.maximumFraction.value,
    );
    // bulk overlapping spheres cross at φ_c = 0.2896; an 8-diameter layer crosses below it
    expect(thick.crossing.median).toBeLessThan(0.31);
  });

  it("rejects a confidence outside (0, 1) and too few runs", () => {
    expect(() => metalIncorporationWindow({ thickness: 4, confidence: 1 })).toThrow(/confidence/);
    expect(() => metalIncorporationWindow({ thickness: 4, runs: 5 })).toThrow(/runs/);
  });

  it("core–shell and polydisperse options: the window is a core (metal) fraction below the crossing", () => {
    const w = metalIncorporationWindow({
      thickness: 4,
      lateral: 10,
      runs: 20,
      seed: 3,
      coreShell: 0.8,
    });
    // cores of δ = 0.8 fill at most δ³ of the shells' volume and random sequential addition jams at 0.38
    expect(w.maximumFraction.value).toBeGreaterThan(0);
    expect(w.maximumFraction.value).toBeLessThanOrEqual(w.crossing.median);
    expect(w.crossing.median).toBeLessThan(0.38);
    expect(w.note).toMatch(/hard metal cores/);
    const poly = metalIncorporationWindow({
      thickness: 4,
      lateral: 10,
      runs: 20,
      sizes: { lognormal: { sigma: 0.3 } },
    });
    expect(poly.maximumFraction.value).toBeLessThanOrEqual(poly.crossing.median);
    expect(() =>
      metalIncorporationWindow({
        thickness: 4,
        shape: { spheroid: 3 },
        sizes: { lognormal: { sigma: 0.3 } },
      }),
    ).toThrow(/spheres only/);
  });
});
