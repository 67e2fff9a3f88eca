import { describe, expect, it } from "vitest";
import { designMap } from "../simulation/designMap/designMap.js";
import { designMapParallel } from "./designMapParallel.js";

describe("designMapParallel (worker threads)", () => {
  const options = {
    fractions: [0.05, 0.15, 0.25, 0.35],
    aspectRatios: [0.2, 1, 5],
    protocol: "(Strip at 1 mA cm-2 for 1 h, Plate at 1 mA cm-2 for 1 h) x 100",
  };

  it("gives the same map, to the bit, for 1 and 2 threads and as designMap", {
    timeout: 60_000,
  }, async () => {
    const progress: number[] = [];
    const two = await designMapParallel({
      ...options,
      threads: 2,
      onProgress: (d) => progress.push(d),
    });
    const one = await designMapParallel({ ...options, threads: 1 });
    expect(two).toEqual(one);
    expect(two).toEqual(designMap(options));
    expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("rejects bad options before starting and can be cancelled", async () => {
    await expect(designMapParallel({ fractions: [] })).rejects.toThrow(/fractions is empty/);
    const controller = new AbortController();
    const run = designMapParallel({ ...options, threads: 2, signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toMatchObject({ code: "E_CANCELLED" });
  });
});
