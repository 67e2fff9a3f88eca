import { LmbError } from "@lmb/errors";
import { describe, expect, it } from "vitest";
import { continuumParticleShape } from "./continuumParticles.js";
import { metalIncorporationWindow } from "./metalWindow.js";
import { spheroidShape } from "./spheroidShape.js";

describe("spheroidShape", () => {
  it("has the volume of a unit-diameter sphere and a length of 2·max(a, b)", () => {
    // b = (1/(8·aspect))^⅓, a = aspect·b: v = 4/3·π·a·b² = π/6 for every aspect ratio
    for (const aspect of [0.01, 0.2, 1, 5, 100]) {
      const shape = spheroidShape(aspect);
      expect(shape.volume).toBeCloseTo(Math.PI / 6, 12);
      const b = (1 / (8 * aspect)) ** (1 / 3);
      expect(shape.reach).toBeCloseTo(2 * Math.max(aspect * b, b), 12);
    }
    expect(spheroidShape(1).reach).toBeCloseTo(1, 12);
  });

  it("refuses an aspect ratio ≤ 0 or not finite with E_INVALID_ARGUMENT naming the aspect", () => {
    for (const aspect of [0, -1, -0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      let error: unknown;
      try {
        spheroidShape(aspect);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LmbError);
      expect((error as LmbError).code).toBe("E_INVALID_ARGUMENT");
      expect((error as LmbError).message).toMatch(/aspect ratio must be a positive finite number/);
      expect((error as LmbError).message).toMatch(/spheroidShape\(aspect\)/);
    }
    expect(() => continuumParticleShape({ shape: { spheroid: -2 } })).toThrow(LmbError);
  });

  it("stops a window request with aspect ≤ 0 before any run (no progress reported)", () => {
    let progress = 0;
    expect(() =>
      metalIncorporationWindow({
        shape: { spheroid: 0 },
        thickness: 5,
        runs: 100,
        onProgress: () => {
          progress++;
        },
      }),
    ).toThrow(/aspect ratio must be a positive finite number/);
    expect(progress).toBe(0);
  });
});
