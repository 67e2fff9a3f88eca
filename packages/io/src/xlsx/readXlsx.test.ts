import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LmbError } from "@lmb/errors";
import fc from "fast-check";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readXlsx } from "./readXlsx.js";
import { isZip, readZip } from "./readZip.js";
import { writeXlsx } from "./writeXlsx.js";
import { unescapeXml } from "./xmlText.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));

describe("readXlsx", () => {
  it("reads the Arbin DataPro export (navani fixture): sheets Global_Info and Channel_11_1", () => {
    const bytes = new Uint8Array(
      readFileSync(`${DATA}navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx`),
    );
    const { sheets } = readXlsx(bytes, { source: "arbin.xlsx" });
    expect(sheets.map((s) => s.name)).toEqual(["Global_Info", "Channel_11_1"]);
    const data = sheets[1]?.rows ?? [];
    expect(data[0]).toContain("Test_Time(s)");
    expect(data[0]).toContain("Voltage(V)");
    const v = (data[0] as string[]).indexOf("Voltage(V)");
    expect(typeof data[1]?.[v]).toBe("number");
  });
  it("round-trips text, numbers, blanks and escapes through writeXlsx", () => {
    const rows = [["Current(µA)", "a<b&c"], [1.5, null, -2e-7], [], ["x"]];
    const { sheets } = readXlsx(writeXlsx([{ name: "S & T", rows }]));
    expect(sheets[0]?.name).toBe("S & T");
    expect(sheets[0]?.rows).toEqual([["Current(µA)", "a<b&c"], [1.5, null, -2e-7], [], ["x"]]);
  });
  it("skips filtered sheets", () => {
    const xlsx = writeXlsx([
      { name: "A", rows: [[1]] },
      { name: "B", rows: [[2]] },
    ]);
    expect(readXlsx(xlsx, { sheetFilter: (n) => n === "B" }).sheets).toEqual([
      { name: "A", rows: [] },
      { name: "B", rows: [[2]] },
    ]);
  });
  it("reports a ZIP without a workbook as E_FORMAT", () => {
    const zip = zipSync({ "a.txt": new Uint8Array([1]) });
    expect(isZip(zip)).toBe(true);
    expect(() => readXlsx(zip, { source: "a.xlsx" })).toThrowError(/E_FORMAT.*workbook/);
  });
  it("decodes character references and _xHHHH_ escapes", () => {
    expect(unescapeXml("&#181;A &#xB0;C &lt;x&gt; a_x000D_b")).toBe("µA °C <x> a\rb");
  });
  it("caps the decompressed size", () => {
    const zip = zipSync({ "big.bin": new Uint8Array(100_000) });
    expect(() => readZip(zip, { maxBytes: 1000 })).toThrowError(/E_FORMAT/);
  });
  it("survives damaged workbooks (returns or throws LmbError)", () => {
    const original = writeXlsx([
      {
        name: "A",
        rows: [
          ["h", "i"],
          [1, 2],
          ["x", 3],
        ],
      },
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.nat(original.length - 1), { minLength: 1, maxLength: 6 }),
        fc.nat(original.length),
        (flips, cut) => {
          const copy = original.slice(0, Math.max(cut, 1));
          for (const at of flips) if (at < copy.length) copy[at] = (copy[at] as number) ^ 0x5a;
          try {
            readXlsx(copy);
          } catch (error) {
            if (!(error instanceof LmbError)) throw error;
          }
        },
      ),
      { numRuns: 200, seed: 4 },
    );
  });
});
