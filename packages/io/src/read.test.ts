import { readFileSync } from "node:fs";
import { LmbError } from "@lmb/errors";
import { describe, expect, it } from "vitest";
import { detectFormat } from "./read.js";

const DATA = new URL("../../../../shared/data/cycling/", import.meta.url);

function thrown(f: () => unknown): LmbError {
  try {
    f();
  } catch (e) {
    if (e instanceof LmbError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("detectFormat on files lmb does not read", () => {
  it("a Neware BTSDA Parquet export (fastnda TestFile.parquet, SOURCES.md): E_UNKNOWN_FORMAT that says Parquet and names the instrument file instead", () => {
    const bytes = new Uint8Array(readFileSync(new URL("fastnda/TestFile.parquet", DATA)));
    // the Parquet magic at both ends
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("PAR1");
    expect(new TextDecoder().decode(bytes.subarray(bytes.length - 4))).toBe("PAR1");
    const e = thrown(() => detectFormat(bytes, "TestFile.parquet"));
    expect(e.code).toBe("E_UNKNOWN_FORMAT");
    expect(e.problem).toMatch(/Apache Parquet file .*lmb does not read Parquet/);
    expect(e.location?.source).toBe("TestFile.parquet");
    expect(e.fix).toMatch(/\.ndax, \.nda/);
  });

  it("other unknown bytes keep the general message; 'PAR1' at one end only is not Parquet", () => {
    const bytes = new TextEncoder().encode("PAR1 this is not a table \u0000\u0001\u0002");
    const e = thrown(() => detectFormat(bytes, "x.bin"));
    expect(e.code).toBe("E_UNKNOWN_FORMAT");
    expect(e.problem).toBe("lmb does not recognise this file's format");
  });
});
