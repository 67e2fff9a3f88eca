import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isLmbError, type LmbError } from "@lmb/errors";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FormatReader } from "../formats/FormatReader.js";
import { detectFormat, readBytes } from "../read.js";
import { chiTxtReader, versaStudioParReader } from "./readers.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/eis/", import.meta.url));
const CHI = "impedance.py/exampleDataCHInstruments.txt";
const PAR = "impedance.py/exampleDataVersaStudio.par";
const bytes = (path: string) => new Uint8Array(readFileSync(DATA + path));
const text = (path: string) => readFileSync(DATA + path, "utf8");
const encode = (s: string) => new TextEncoder().encode(s);
const spectrum = (path: string) => readBytes(bytes(path), { fileName: path }) as ImpedanceSpectrum;
const count = (a: Float64Array, f: (v: number) => boolean) =>
  a.reduce((n, v) => n + (f(v) ? 1 : 0), 0);
/** |actual − expected| ≤ 1e-12·|expected|: the decimal text parsed to the nearest double. */
const same = (actual: number | undefined, expected: number) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));

/** The LmbError `fn` throws. */
function thrown(fn: () => unknown): LmbError {
  try {
    fn();
  } catch (error) {
    if (isLmbError(error)) return error;
    throw error;
  }
  throw new Error("expected an LmbError");
}

/**
 * What impedance.py 1.7.1 (`impedance/preprocessing.py`) returns, redone on the raw text:
 * `readCHInstruments` takes the lines from two after the `Freq/Hz` line, fields 0, 1, 2 of
 * `line.split(',')`, Z = complex(field 1, field 2); `readVersaStudio` takes the lines from four
 * after `<Segment1>` (past Type=, Version=, Definition=) up to `</Segment1>`, fields 9, 14, 15,
 * Z = complex(field 14, field 15). Neither flips a sign. Running those two functions (transcribed
 * from the upstream source) with numpy on these files gave 73 points, 99610 → 0.1 Hz,
 * Z = 98.91−2.748j … 5685−15860j (70 with Im < 0) and 61 points, 100000 → 0.02154435 Hz,
 * Z = 55.31571+4.575431j … 1516.313−122.8279j (59 with Im < 0) — the numbers checked below.
 */
function impedancePy(path: string): { f: number[]; re: number[]; im: number[] } {
  const lines = text(path).split("\n");
  let rows: string[];
  let cols: [number, number, number];
  if (path.endsWith(".par")) {
    const start = lines.findIndex((l) => l.includes("<Segment1>"));
    const end = lines.findIndex((l) => l.includes("</Segment1>"));
    rows = lines.slice(start + 4, end);
    cols = [9, 14, 15];
  } else {
    const header = lines.findIndex((l) => l.startsWith("Freq/Hz"));
    rows = lines.slice(header + 2).filter((l) => l.trim() !== "");
    cols = [0, 1, 2];
  }
  const fields = rows.map((l) => l.split(","));
  const pick = (c: number) => fields.map((f) => Number(f[c]));
  return { f: pick(cols[0]), re: pick(cols[1]), im: pick(cols[2]) };
}

// [file, format, points, [line, f Hz, Z′ Ω, Z″ Ω] of the first and the last data row as the file
//  writes them, the fields f, Z′, Z″ sit in, Im(Z) < 0 points, Im(Z) > 0 points]
type Row = [number, string, string, string];
const FIXTURES: [string, string, number, Row, Row, number[], number, number][] = [
  [
    CHI,
    "chi-txt",
    73,
    [19, "9.961e+4", "9.891e+1", "-2.748e+0"],
    [91, "1.000e-1", "5.685e+3", "-1.586e+4"],
    [0, 1, 2],
    70,
    3,
  ],
  [
    PAR,
    "versastudio-par",
    61,
    [117, "100000", "55.31571", "4.575431"],
    [177, "0.02154435", "1516.313", "-122.8279"],
    [9, 14, 15],
    59,
    2,
  ],
];

describe("CH Instruments and VersaStudio impedance fixtures (data/eis/SOURCES.md)", () => {
  for (const [file, format, points, first, last, cols, negative, positive] of FIXTURES) {
    it(`${file}: ${format}, ${points} points, first and last rows as written`, () => {
      expect(detectFormat(bytes(file), file).id).toBe(format);
      const s = spectrum(file);
      expect(s.kind).toBe("impedance");
      expect(s.metadata.format).toBe(format);
      expect(s.metadata.warnings).toEqual([]);
      const { frequency, zReal, zImag } = s.columns;
      expect([frequency.length, zReal.length, zImag.length]).toEqual([points, points, points]);
      const lines = text(file).split("\n");
      for (const [[line, ...values], index] of [
        [first, 0],
        [last, points - 1],
      ] as const) {
        // the literals are the file's text at that line
        const fields = (lines[line - 1] as string).split(",").map((f) => f.trim());
        expect(cols.map((c) => fields[c])).toEqual(values);
        const [f, re, im] = values.map(Number) as [number, number, number];
        same(frequency[index], f);
        same(zReal[index], re);
        same(zImag[index], im);
      }
      // a descending sweep from the first to the last row
      expect(Math.max(...frequency)).toBe(frequency[0]);
      expect(Math.min(...frequency)).toBe(frequency[points - 1]);
      expect(frequency.every((v, i) => i === 0 || v < (frequency[i - 1] as number))).toBe(true);
      // Im(Z), not −Im(Z): the low-frequency arc is capacitive (negative), a few high-f points inductive
      expect(count(zImag, (v) => v < 0)).toBe(negative);
      expect(count(zImag, (v) => v > 0)).toBe(positive);
      expect(zImag[points - 1]).toBeLessThan(0);
    });

    it(`${file}: the spectrum impedance.py's reader gives (all ${points} points)`, () => {
      const s = spectrum(file).columns;
      const ref = impedancePy(file);
      expect(ref.f.length).toBe(points);
      expect([...s.frequency]).toEqual(ref.f);
      expect([...s.zReal]).toEqual(ref.re);
      expect([...s.zImag]).toEqual(ref.im);
    });
  }

  it("CHI: start time, technique, instrument and parameters from the header block", () => {
    const m = spectrum(CHI).metadata;
    expect(m.startTime).toBe("2020-02-20T15:55:08");
    expect(m.technique).toBe("A.C. Impedance");
    expect(m.instrument).toBe("CH Instruments CHI660E");
    expect(m.notes?.["Amplitude (V)"]).toBe(0.025);
    expect(m.notes?.["High Frequency (Hz)"]).toBe(2e6);
    expect(m.columns.find((c) => c.key === "zImag")?.sourceName).toBe('Z"/ohm');
  });

  it("VersaStudio: start time, technique, instrument, time/bias/current columns", () => {
    const s = spectrum(PAR);
    const m = s.metadata;
    expect(m.startTime).toBe("2018-07-19T09:40:30");
    expect(m.technique).toBe("Potentiostatic EIS");
    expect(m.instrument).toBe("Princeton Applied Research VersaSTAT4 (VersaStudio 2.52.3.0)");
    expect(m.notes?.["Amplitude (mV RMS)"]).toBe(20);
    same(s.columns.time?.[0], 1.812);
    same(s.columns.time?.[60], 1575.401);
    same(s.columns.dcCurrent?.[0], -3.282372e-6);
    expect(s.columns.bias?.[0]).toBe(0);
  });

  it("CRLF line endings read the same", () => {
    for (const file of [CHI, PAR]) {
      const crlf = encode(text(file).replace(/\n/g, "\r\n"));
      const s = readBytes(crlf, { fileName: file }) as ImpedanceSpectrum;
      expect([...s.columns.zImag]).toEqual([...spectrum(file).columns.zImag]);
    }
  });

  it("a CHI export without its Instrument Model line still sniffs by Z\"; a plain Z'' table does not", () => {
    const noModel = text(CHI).replace(/^Instrument Model:.*\n/m, "");
    expect(detectFormat(encode(noModel), "a.txt").id).toBe("chi-txt");
    const plain = "Freq/Hz, Z'/ohm, -Z''/ohm\n1000, 10, 1\n100, 12, 3\n10, 15, 6\n";
    expect(chiTxtReader.sniff(encode(plain), "b.txt")).toBe(0);
    expect(detectFormat(encode(plain), "b.txt").id).toBe("impedance-csv");
  });

  it("the new readers claim no other EIS fixture, and others do not claim theirs", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
      );
    for (const path of walk(DATA)) {
      const b = new Uint8Array(readFileSync(path));
      const name = path.slice(DATA.length);
      if (name === CHI || name === PAR) continue;
      expect(chiTxtReader.sniff(b, name), name).toBe(0);
      expect(versaStudioParReader.sniff(b, name), name).toBe(0);
    }
  });
});

describe("malformed input", () => {
  const chi = text(CHI);
  const chiLines = chi.split("\n");
  const par = text(PAR);
  const parLines = par.split("\n");

  it("CHI: a broken row in the middle is E_FORMAT with its line", () => {
    const lines = [...chiLines];
    lines[29] = "1.211e+3, 1.0e+2, oops, 1.0e+2, -4.0"; // line 30
    const error = thrown(() => readBytes(encode(lines.join("\n")), { fileName: "chi.txt" }));
    expect(error.code).toBe("E_FORMAT");
    expect(error.location?.line).toBe(30);
    expect(error.location?.source).toBe("chi.txt");
  });

  it("CHI: a short row in the middle is E_FORMAT with its line; a non-positive frequency too", () => {
    const short = [...chiLines];
    short[40] = "1.0e+1, 2.0e+2"; // line 41
    const a = thrown(() => readBytes(encode(short.join("\n")), { fileName: "chi.txt" }));
    expect([a.code, a.location?.line]).toEqual(["E_FORMAT", 41]);
    const zero = [...chiLines];
    zero[20] = zero[20]?.replace(/^[^,]+/, "0") as string; // line 21
    const b = thrown(() => readBytes(encode(zero.join("\n")), { fileName: "chi.txt" }));
    expect([b.code, b.location?.line]).toEqual(["E_FORMAT", 21]);
  });

  it('CHI: a column line without Z" is E_FORMAT at that line', () => {
    const lines = [...chiLines];
    lines[16] = "Freq/Hz, Z'/ohm, Z/ohm, Phase/deg"; // line 17
    const error = thrown(() =>
      chiTxtReader.read(encode(lines.join("\n")), { fileName: "chi.txt" }),
    );
    expect([error.code, error.location?.line]).toEqual(["E_FORMAT", 17]);
  });

  it("CHI: a file cut inside its last row drops that row with a warning", () => {
    const cut = chi.slice(0, chi.lastIndexOf(", -1.586e+4"));
    const s = readBytes(encode(cut), { fileName: "chi.txt" }) as ImpedanceSpectrum;
    expect(s.columns.frequency.length).toBe(72);
    same(s.columns.frequency[71], 0.1212);
    expect(s.metadata.warnings).toEqual([
      expect.objectContaining({ code: "W_TRUNCATED", line: 91 }),
    ]);
  });

  it("CHI: a header with no data rows is E_TRUNCATED", () => {
    const head = chiLines.slice(0, 18).join("\n");
    const error = thrown(() => chiTxtReader.read(encode(head), { fileName: "chi.txt" }));
    expect([error.code, error.location?.line]).toEqual(["E_TRUNCATED", 18]);
  });

  it("VersaStudio: a broken Z Imag in a row is E_FORMAT with its line", () => {
    const lines = [...parLines];
    const at = 130; // line 131, inside <Segment1>
    const fields = (lines[at] as string).split(",");
    fields[15] = "x1.5";
    lines[at] = fields.join(",");
    const error = thrown(() => readBytes(encode(lines.join("\n")), { fileName: "eis.par" }));
    expect(error.code).toBe("E_FORMAT");
    expect(error.location?.line).toBe(131);
  });

  it("VersaStudio: a segment without impedance columns is E_FORMAT at its Definition= line", () => {
    const lines = [...parLines];
    lines[115] = (lines[115] as string).replace("Frequency(Hz)", "Freq"); // line 116
    const error = thrown(() =>
      versaStudioParReader.read(encode(lines.join("\n")), { fileName: "eis.par" }),
    );
    expect([error.code, error.location?.line]).toEqual(["E_FORMAT", 116]);
  });

  it("VersaStudio: a file cut inside the segment keeps the whole rows, with warnings", () => {
    const cut = par.slice(0, par.indexOf("1481.78,-181.6588"));
    const s = readBytes(encode(cut), { fileName: "eis.par" }) as ImpedanceSpectrum;
    expect(s.columns.frequency.length).toBe(58);
    same(s.columns.zImag[57], -215.6761);
    expect(s.metadata.warnings.map((w) => w.code)).toEqual(["W_TRUNCATED", "W_TRUNCATED"]);
  });

  it("VersaStudio: two impedance segments are stacked with cycle = segment number", () => {
    const segment = par.slice(par.indexOf("<Segment1>"), par.indexOf("</Segment1>") + 11);
    const two = par.replace(
      "</Segment1>\n",
      `</Segment1>\n\n${segment.replace(/Segment1>/g, "Segment2>")}\n`,
    );
    const s = readBytes(encode(two), { fileName: "eis.par" }) as ImpedanceSpectrum;
    expect(s.columns.frequency.length).toBe(122);
    expect(s.columns.cycle?.[0]).toBe(1);
    expect(s.columns.cycle?.[121]).toBe(2);
  });
});

/** A reader may return a dataset or throw an LmbError — nothing else; sniff never throws. */
function survives(reader: FormatReader, input: Uint8Array): void {
  reader.sniff(input, "f.txt");
  try {
    reader.read(input, { fileName: "f.txt" });
  } catch (error) {
    if (!isLmbError(error)) throw error;
  }
}

describe("CHI and VersaStudio readers survive damaged input (property)", () => {
  const READERS: [FormatReader, Uint8Array][] = [
    [chiTxtReader, bytes(CHI)],
    // the head up to a little past </Segment1> (the rest is graph settings)
    [versaStudioParReader, bytes(PAR).subarray(0, 11400)],
  ];
  for (const [reader, original] of READERS) {
    it(`${reader.id} (${original.length} B): truncated`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: original.length }), (cut) =>
          survives(reader, original.subarray(0, cut)),
        ),
        { numRuns: 60, seed: 1 },
      );
    });
    it(`${reader.id} (${original.length} B): bit flips`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 7 })), {
            minLength: 1,
            maxLength: 8,
          }),
          (flips) => {
            const copy = original.slice();
            for (const [at, bit] of flips) copy[at] = (copy[at] as number) ^ (1 << bit);
            survives(reader, copy);
          },
        ),
        { numRuns: 60, seed: 2 },
      );
    });
    it(`${reader.id}: random bytes and random text`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), (random) => survives(reader, random)),
        { numRuns: 30, seed: 3 },
      );
      const prefix =
        reader === chiTxtReader ? "Freq/Hz, Z'/ohm, Z\"/ohm\n" : "<Segment1>\nDefinition=";
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.constantFrom(..."0123456789.,;\t\n-eE <>/=SegmntFrquccyHzZRalImg()"),
            maxLength: 400,
          }),
          (random) => survives(reader, encode(prefix + random)),
        ),
        { numRuns: 100, seed: 4 },
      );
    });
  }
});
