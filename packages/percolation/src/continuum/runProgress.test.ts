import { describe, expect, it } from "vitest";
import { inPlaneSpanning } from "./inPlaneSpanning.js";
import { metalIncorporationWindow } from "./metalWindow.js";
import { overlappingSphereSpanning } from "./sphereSlab.js";
import { wiredSurfaceFraction } from "./wiredSurface.js";

/** Calls recorded by an onProgress callback. */
function recorder(stopAfter = Number.POSITIVE_INFINITY) {
  const calls: [number, number][] = [];
  return {
    calls,
    onProgress: (done: number, total: number) => {
      calls.push([done, total]);
      return done < stopAfter;
    },
  };
}

/** done = 1, 2, …, total, each with the same total. */
function expectMonotoneToEnd(calls: [number, number][], total: number): void {
  expect(calls.map(([d]) => d)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  for (const [, t] of calls) expect(t).toBe(total);
}

describe("progress and cancellation of the continuum functions", () => {
  it("report each run once, in order, ending at the total, with results unchanged", () => {
    const slab = recorder();
    const options = { lateral: 6, thickness: 3, runs: 4, seed: 3 };
    const withProgress = overlappingSphereSpanning({ ...options, onProgress: slab.onProgress });
    expectMonotoneToEnd(slab.calls, 4);
    expect(Array.from(withProgress.particles)).toEqual(
      Array.from(overlappingSphereSpanning(options).particles),
    );
    const inPlane = recorder();
    inPlaneSpanning({ thickness: 1, lateral: 6, runs: 3, onProgress: inPlane.onProgress });
    expectMonotoneToEnd(inPlane.calls, 3);
    const wired = recorder();
    wiredSurfaceFraction({
      thickness: 2,
      lateral: 6,
      runs: 2,
      fractions: [0.2],
      onProgress: wired.onProgress,
    });
    expectMonotoneToEnd(wired.calls, 2);
    const window = recorder();
    metalIncorporationWindow({ thickness: 2, lateral: 6, runs: 20, onProgress: window.onProgress });
    expectMonotoneToEnd(window.calls, 20);
  });

  it("stop with E_CANCELLED when onProgress returns false or the signal is aborted", () => {
    const stop = recorder(2);
    expect(() =>
      overlappingSphereSpanning({
        lateral: 6,
        thickness: 3,
        runs: 10,
        onProgress: stop.onProgress,
      }),
    ).toThrow(expect.objectContaining({ code: "E_CANCELLED" }));
    expect(stop.calls).toHaveLength(2);
    const controller = new AbortController();
    controller.abort();
    for (const run of [
      () => overlappingSphereSpanning({ lateral: 6, thickness: 3, signal: controller.signal }),
      () => inPlaneSpanning({ thickness: 1, lateral: 6, signal: controller.signal }),
      () =>
        wiredSurfaceFraction({
          thickness: 2,
          lateral: 6,
          fractions: [0.2],
          signal: controller.signal,
        }),
      () => metalIncorporationWindow({ thickness: 2, lateral: 6, signal: controller.signal }),
    ]) {
      expect(run).toThrow(expect.objectContaining({ code: "E_CANCELLED" }));
    }
  });
});
