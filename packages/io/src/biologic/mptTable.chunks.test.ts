import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../text/decodeText.js";
import { textSource } from "../text/textSource.js";
import type { BiologicRaw } from "./biologicRaw.js";
import { decodeMpt } from "./decodeMpt.js";
import { type MptTable, parseMptTable } from "./mptTable.js";

// An .mpt's table is decoded and parsed a piece of whole lines at a time (see textSource): the
// result must be the one-piece parse's, wherever the pieces are cut.

type Outcome<T> = { value: T } | { error: string };

function outcome<T>(read: () => T): Outcome<T> {
  try {
    return { value: read() };
  } catch (error) {
    if (!isLmbError(error)) throw error;
    return { error: `${error.code} ${error.problem} line ${error.location?.line}` };
  }
}

const plain = (raw: BiologicRaw) => ({
  ...raw,
  columns: raw.columns.map((c) => ({ header: c.header, values: Array.from(c.values) })),
});
const plainTable = (t: MptTable) => ({ ...t, columns: t.columns.map((c) => Array.from(c)) });

/** Windows-1252 bytes of Latin-1 text. */
const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

const HEADERS = [
  "mode",
  "ox/red",
  "time/s",
  "Ewe/V",
  "<I>/mA",
  "I/µA",
  "Q charge/discharge/mA.h",
  "(Q-Qo)/mA.h",
  "control/V/mA",
  "cycle number",
  "Ns",
  "P/W",
];

const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e5, max: 1e5 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x.toExponential(9)),
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.constantFrom("", " ", "1,5", "x", "05/05/2021 15:36:45.513", " 2 ", "\r"),
);

/** A random EC-Lab/BT-Lab text export: header block (or none), tab or semicolon table. */
const mpt = fc
  .record({
    headers: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 7 }),
    rows: fc.array(fc.array(number, { minLength: 0, maxLength: 8 }), { maxLength: 25 }),
    block: fc.boolean(),
    settings: fc.array(
      fc.constantFrom(
        "",
        "Electrode material : Li µ",
        "Acquisition started on : 05/05/2021 15:36:45",
      ),
      { maxLength: 4 },
    ),
    delimiter: fc.constantFrom("\t", ";"),
    comma: fc.boolean(),
    dates: fc.boolean(),
    blank: fc.nat(6),
    eol: fc.constantFrom("\n", "\r\n"),
    final: fc.boolean(),
  })
  .map((f) => {
    const rows = f.rows.map((cells, r) => {
      const row = cells.map((c) => (f.comma ? c.replace(".", ",") : c));
      // a date-time time/s column, as BT-Lab writes
      const t = f.headers.indexOf("time/s");
      if (f.dates && t >= 0 && t < row.length) row[t] = `05/05/2021 15:36:${10 + (r % 40)}.5`;
      return r === f.blank ? "" : row.join(f.delimiter);
    });
    const lines = f.block
      ? [
          "EC-Lab ASCII FILE",
          `Nb header lines : ${f.settings.length + 3}`,
          ...f.settings,
          f.headers.join(f.delimiter),
        ]
      : [["mode", ...f.headers.filter((h) => h !== "mode")].join(f.delimiter).replace(/^/, "")];
    if (!f.block && !f.headers.includes("time/s")) lines[0] = `${lines[0]}${f.delimiter}time/s`;
    return [...lines, ...rows].join(f.eol) + (f.final ? f.eol : "");
  });

describe(".mpt tables read a piece at a time", () => {
  it("decodeMpt with tiny pieces equals one piece, UTF-8 and Windows-1252 (property)", () => {
    fc.assert(
      fc.property(mpt, fc.integer({ min: 1, max: 40 }), fc.boolean(), (text, size, latin) => {
        const bytes = latin ? cp1252(text) : new TextEncoder().encode(text);
        const read = (chunkSize: number) =>
          outcome(() => plain(decodeMpt(bytes, "t.mpt", { allColumns: true, chunkSize })));
        expect(read(size)).toEqual(read(Number.POSITIVE_INFINITY));
      }),
      { numRuns: 250 },
    );
  });

  it("parseMptTable on bytes in pieces equals the parse of the decoded string (property)", () => {
    fc.assert(
      fc.property(mpt, fc.integer({ min: 1, max: 40 }), (text, size) => {
        const bytes = cp1252(text);
        const decoded = decodeText(bytes).text;
        // the column line: after the header block, or line 1 (one byte per character here)
        const lines = decoded.split("\n");
        const n = /^Nb header lines : (\d+)/.exec(lines[1] ?? "")?.[1];
        const headerLine = n === undefined ? 1 : Number(n);
        const start = lines.slice(0, headerLine - 1).reduce((at, l) => at + l.length + 1, 0);
        const delimiter = (lines[headerLine - 1] ?? "").includes("\t") ? "\t" : ";";
        const options = { delimiter, headerLine, source: "t.mpt" };
        const pieces = outcome(() =>
          plainTable(parseMptTable(textSource(bytes, { chunkSize: size }), start, options)),
        );
        expect(pieces).toEqual(outcome(() => plainTable(parseMptTable(decoded, start, options))));
      }),
      { numRuns: 250 },
    );
  });

  it("reads rows and CRLFs cut by a piece's nominal end, decimal commas and dates in later pieces", () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `${i % 4}\t05/05/2021 15:${String(10 + Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.250\t3,${1000 + i}\t-1,5e-3`,
    );
    const text = [
      "BT-Lab ASCII FILE",
      "Nb header lines : 4",
      "Électrode µ",
      "mode\ttime/s\tEwe/V\t<I>/mA",
      ...rows,
    ].join("\r\n");
    const bytes = cp1252(`${text}\r\n`);
    const one = decodeMpt(bytes, "t.mpt", { chunkSize: Number.POSITIVE_INFINITY });
    for (const size of [1, 2, 29, 30, 31, 64, 100]) {
      const raw = decodeMpt(bytes, "t.mpt", { chunkSize: size });
      expect(plain(raw)).toEqual(plain(one));
      expect(raw.points).toBe(300);
      expect(raw.settings.notes.decimalComma).toBe(true);
      const ewe = raw.columns.find((c) => c.header === "Ewe/V")?.values;
      expect(ewe?.[299]).toBe(3.1299);
      const time = raw.columns.find((c) => c.header === "time/s")?.values;
      expect(time?.[299]).toBe(299);
    }
  });

  it("reports a header count beyond the file on the right line, whatever the pieces", () => {
    const bytes = cp1252("EC-Lab ASCII FILE\r\nNb header lines : 40\r\n\r\nmode\ttime/s\r\n");
    for (const chunkSize of [1, 5, Number.POSITIVE_INFINITY]) {
      const result = outcome(() => decodeMpt(bytes, "t.mpt", { chunkSize }));
      expect(result).toEqual({
        error: "E_FORMAT the file announces 40 header lines but has only 5 lines line 2",
      });
    }
  });
});
