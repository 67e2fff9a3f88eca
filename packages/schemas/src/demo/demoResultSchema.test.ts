import { describe, expect, it } from "vitest";
import { DemoLineSchema, DemoResultSchema } from "./demoResultSchema.js";

const quantity = { value: 50, unit: "µm", si: 5e-5, siUnit: "m", dimension: "length" };

describe("DemoResultSchema", () => {
  it("accepts sections of lines holding a quantity or a number", () => {
    const result = {
      title: "demo",
      input: "stdin",
      sections: [
        {
          id: "lithium-inventory",
          title: "Li inventory",
          lines: [
            { label: "thickness", text: "50 µm", quantity },
            { label: "cycles", text: "250", number: 250, formula: "t / (2q/j)" },
          ],
        },
      ],
    };
    expect(DemoResultSchema.parse(result)).toEqual(result);
  });

  it("requires exactly one of quantity and number in a line, and kebab-case section ids", () => {
    expect(DemoLineSchema.safeParse({ label: "x", text: "1" }).success).toBe(false);
    expect(DemoLineSchema.safeParse({ label: "x", text: "1", number: 1, quantity }).success).toBe(
      false,
    );
    expect(
      DemoResultSchema.safeParse({
        title: "t",
        input: "i",
        sections: [{ id: "Li Inventory", title: "x", lines: [] }],
      }).success,
    ).toBe(false);
  });
});
