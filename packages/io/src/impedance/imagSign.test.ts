import type { ImpedanceSpectrum } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { readBytes } from "../read.js";
import { decideImagSign } from "./imagSign.js";

const capacitive = Float64Array.of(-1, -2, -3, 0.5);
const flipped = capacitive.map((v) => -v);
const read = (text: string, mapping?: Record<string, { key: string; unit?: string }>) =>
  readBytes(new TextEncoder().encode(text), {
    fileName: "z.csv",
    ...(mapping ? { mapping } : {}),
  }) as ImpedanceSpectrum;

describe("decideImagSign", () => {
  it.each([
    ["-Z'' (Ω)", flipped, -1, "header"],
    ["-Im(Z)/Ohm", flipped, -1, "header"],
    ["−Z″", flipped, -1, "header"],
    ["Im(Z) (Ω)", flipped, 1, "header"],
    ["Z''", capacitive, 1, "data"],
    ["Zimag", flipped, -1, "data"],
    ["", flipped, -1, "data"],
  ] as const)("%s", (header, values, sign, reason) => {
    const d = decideImagSign(header, values);
    expect(d.sign).toBe(sign);
    expect(d.reason).toBe(reason);
    expect(d.warning !== undefined).toBe(reason === "data" && sign === -1);
  });
  it("trusts a format that stores Im(Z)", () => {
    expect(decideImagSign("Z''", flipped, true)).toEqual({ sign: 1, reason: "format" });
  });
});

describe("impedance CSV: any column order and sign convention", () => {
  const expected = Float64Array.of(-0.5, -1, -0.2);
  it.each([
    "Freq (Hz),Z' (Ω),Z'' (Ω)\n1000,1,-0.5\n10,2,-1\n0.1,3,-0.2\n",
    "Z' (Ω),-Z'' (Ω),Freq (Hz)\n1,0.5,1000\n2,1,10\n3,0.2,0.1\n",
    "Re(Z)/Ohm\t-Im(Z)/Ohm\tfreq/Hz\n1\t0.5\t1000\n2\t1\t10\n3\t0.2\t0.1\n",
    "Frequency;Zre;Zimg\n1000;1;-0,5\n10;2;-1\n0,1;3;-0,2\n",
    "1000,1,-0.5\n10,2,-1\n0.1,3,-0.2\n",
    "1000 1 -0.5\n10 2 -1\n0.1 3 -0.2\n",
  ])("%j", (text) => {
    const d = read(text);
    expect(d.kind).toBe("impedance");
    expect(d.columns.zImag).toEqual(expected);
    expect(d.columns.frequency?.[0]).toBe(1000);
  });
  it("guesses −Im(Z) for a mostly positive unsigned column, with a warning", () => {
    const d = read("Freq (Hz),Z' (Ω),Z'' (Ω)\n1000,1,0.5\n10,2,1\n0.1,3,0.2\n");
    expect(d.columns.zImag).toEqual(expected);
    expect(d.metadata.warnings.map((w) => w.code)).toContain("W_IMAG_SIGN");
  });
  it("lets the mapping state the sign (zImag signed, -zImag negated)", () => {
    const text = "f (Hz),a (Ω),b (Ω)\n1000,1,0.5\n10,2,1\n0.1,3,0.2\n";
    const signed = read(text, {
      "f (Hz)": { key: "frequency" },
      "a (Ω)": { key: "zReal" },
      "b (Ω)": { key: "zImag" },
    });
    expect(signed.columns.zImag).toEqual(expected.map((v) => -v));
    const negated = read(text, {
      "f (Hz)": { key: "frequency" },
      "a (Ω)": { key: "zReal" },
      "b (Ω)": { key: "-zImag" },
    });
    expect(negated.columns.zImag).toEqual(expected);
  });
});
