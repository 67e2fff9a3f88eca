import { describe, expect, it } from "vitest";
import { protectNegativeValues } from "./protectNegativeValues.js";

describe("protectNegativeValues", () => {
  it("turns a leading hyphen before a digit into a minus sign, leaving options alone", () => {
    expect(
      protectNegativeValues(["units", "temperature", "-20 °C", "--to", "K", "-.5 V", "-V", "-h"]),
    ).toEqual(["units", "temperature", "−20 °C", "--to", "K", "−.5 V", "-V", "-h"]);
  });

  it("leaves arguments after -- unchanged", () => {
    expect(protectNegativeValues(["a", "--", "-1 V"])).toEqual(["a", "--", "-1 V"]);
  });
});
