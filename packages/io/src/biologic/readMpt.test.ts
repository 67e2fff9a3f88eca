import { readFileSync } from "node:fs";
import { LmbError } from "@lmb/errors";
import type { CyclingData, Dataset } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { readBytes } from "../read.js";
import { decodeMpr } from "./decodeMpr.js";
import { biologicMptReader } from "./mptReader.js";

const FIXTURES = new URL("../../../../../shared/data/cycling/", import.meta.url);
const load = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));

function range(values: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Windows-1252 bytes of Latin-1 text (µ 0xB5, ² 0xB2, ° 0xB0), as EC-Lab writes. */
function cp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Writes an .mpt the way EC-Lab does (header block, tabs, decimal comma) from an .mpr's raw columns. */
function mptFromMpr(mpr: Uint8Array, rows: number): Uint8Array {
  const raw = decodeMpr(mpr);
  const n = Math.min(rows, raw.points);
  const settings = [
    "",
    "Modulo Bat",
    "",
    "Acquisition started on : 03/15/2017 10:22:53.999",
    "Electrode surface area : 1,130 cm²",
    "Characteristic mass : 12,5 mg",
    "Comments : Si/C Li half cell with reference electrode",
    "EC-Lab for windows v11.10 (software)",
    "Loop 0 from point number 0 to 99",
  ];
  const lines = ["EC-Lab ASCII FILE", `Nb header lines : ${settings.length + 3}`, ...settings];
  lines.push(`${raw.columns.map((c) => c.header).join("\t")}\t`);
  const values = raw.columns.map((c) => c.values);
  for (let i = 0; i < n; i++) {
    lines.push(
      values
        .map((v) => {
          const x = v[i] as number;
          return Number.isInteger(x) ? String(x) : x.toExponential(16).replace(".", ",");
        })
        .join("\t"),
    );
  }
  return cp1252(`${lines.join("\r\n")}\r\n`);
}

describe("BioLogic .mpt / BT-Lab text", () => {
  it("ixdat Pt_poly_cv_CUT.mpt: CVA export, decimal comma, cp1252 → voltammogram of 223 points, 5 cycles", () => {
    const d = readBytes(load("ixdat/Pt_poly_cv_CUT.mpt"), { fileName: "Pt_poly_cv_CUT.mpt" });
    expect(d.kind).toBe("voltammogram");
    if (d.kind !== "voltammogram") return;
    const { potential, current, time, cycle } = d.columns;
    expect(potential.length).toBe(223); // "Loop 0 from point number 0 to 222"
    expect(range(cycle as Float64Array)).toEqual([1, 5]);
    const [eLo, eHi] = range(potential);
    expect(eLo).toBeCloseTo(-0.0485, 3);
    expect(eHi).toBeCloseTo(1.689, 3);
    expect((time as Float64Array)[0]).toBeCloseTo(3.2896001, 6); // first row, "3,289600104471901E+000"
    expect(current[0]).toBeCloseTo(-2.604324994466466e-6, 15); // "<I>/mA" −2,604…E-003 mA in A
    expect(d.metadata.technique).toBe("CVA");
    expect(d.metadata.startTime).toBe("2020-07-29T10:31:01");
    expect(d.metadata.instrument).toBe("BioLogic SP-200 (SN 0961), EC-Lab 11.33");
    expect(d.metadata.area).toBeUndefined(); // 0,001 cm² placeholder
    expect(d.metadata.notes?.decimalComma).toBe(true);
    expect(d.metadata.notes?.encoding).toBe("windows-1252");
  });

  it("beep BT-Lab semicolon export: 9 999 rows, date-time time/s, packed flags, 2.5 A charge", () => {
    const bytes = load("beep/test_loopsnewoutput_MB_CE1_short10k.csv");
    expect(biologicMptReader.sniff(bytes, "x.csv")).toBe(0.9);
    const d = readBytes(bytes, { fileName: "test_loopsnewoutput_MB_CE1_short10k.csv" });
    expect(d.kind).toBe("cycling");
    const { time, voltage, current, step } = (d as CyclingData).columns;
    expect(time.length).toBe(9999);
    expect(time[0]).toBe(0);
    expect(time[1]).toBeCloseTo(22.756, 9); // 15:36:45.513 − 15:36:22.757
    expect(range(current)[1]).toBeCloseTo(2.4983, 3); // I/mA ≤ 2 500 mA
    const [vLo, vHi] = range(voltage);
    expect(vLo).toBeGreaterThanOrEqual(2.9); // safety limits 2.9–4.3 V (.mpl)
    expect(vHi).toBeLessThanOrEqual(4.3);
    expect(range(step as Float64Array)[1]).toBeGreaterThan(0);
    expect(d.metadata.startTime).toBe("2021-05-05T15:36:22.757");
    expect(d.metadata.notes?.packedFlags).toBe(true);
  });

  it("an .mpt written from an .mpr (decimal comma, cp1252) reads the same column by column (biol.mpr)", () => {
    const mpr = load("cellpy/biol.mpr");
    const mpt = mptFromMpr(mpr, 3000);
    for (const kind of ["cycling", "impedance"] as const) {
      const a = readBytes(mpr, { kind }) as Dataset;
      const b = readBytes(mpt, { fileName: "biol.mpt", kind }) as Dataset;
      expect(b.metadata.format).toBe("biologic-mpt");
      const colsA = a.columns as Record<string, Float64Array>;
      const colsB = b.columns as Record<string, Float64Array>;
      expect(Object.keys(colsB).sort()).toEqual(Object.keys(colsA).sort());
      const rowsB = (colsB[Object.keys(colsB)[0] as string] as Float64Array).length;
      for (const key of Object.keys(colsA)) {
        const expected = (colsA[key] as Float64Array).subarray(0, rowsB);
        expect(colsB[key], key).toBeAllClose(expected, { rtol: 1e-12, atol: 1e-300 });
      }
    }
    const meta = readBytes(mpt, { fileName: "biol.mpt" }).metadata;
    expect(meta.area).toBeCloseTo(1.13e-4, 12); // 1,130 cm²
    expect(meta.activeMass).toBeCloseTo(12.5e-6, 12);
    expect(meta.technique).toBe("MB");
    expect(meta.startTime).toBe("2017-03-15T10:22:53.999");
    expect(meta.notes?.loops).toBe("0");
  });

  it("a PEIS .mpt becomes an impedance spectrum with zImag = −(−Im(Z))", () => {
    const text = [
      "EC-Lab ASCII FILE",
      "Nb header lines : 5",
      "",
      "Potentio Electrochemical Impedance Spectroscopy",
      "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\ttime/s\t<Ewe>/V\t<I>/mA\tcycle number",
      "1,0E+005\t10,5\t-0,25\t1,0\t3,1\t0,0\t1",
      "1,0E+004\t11,0\t2,5\t2,0\t3,1\t0,0\t1",
      "1,0E+001\t40,0\t15,0\t3,0\t3,1\t0,0\t1",
      "",
    ].join("\n");
    const d = readBytes(cp1252(text), { fileName: "eis.mpt" });
    expect(d.kind).toBe("impedance");
    if (d.kind !== "impedance") return;
    expect(Array.from(d.columns.frequency)).toEqual([1e5, 1e4, 10]);
    expect(Array.from(d.columns.zImag)).toEqual([0.25, -2.5, -15]);
    expect(Array.from(d.columns.bias as Float64Array)).toEqual([3.1, 3.1, 3.1]);
  });

  it("rejects a wrong magic, a missing header count and a header count beyond the file with E_FORMAT", () => {
    const codes = [
      "hello\n1\t2\n",
      "EC-Lab ASCII FILE\nsomething\n",
      "EC-Lab ASCII FILE\r\nNb header lines : 40\r\n\r\nmode\ttime/s\r\n",
      "EC-Lab ASCII FILE\nNb header lines : 2\n",
    ].map((text) => {
      try {
        biologicMptReader.read(cp1252(text), { fileName: "bad.mpt" });
        return "ok";
      } catch (error) {
        return error instanceof LmbError ? error.code : String(error);
      }
    });
    expect(codes).toEqual(["E_FORMAT", "E_FORMAT", "E_FORMAT", "E_FORMAT"]);
  });
});
