import { LmbError } from "@lmb/errors";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import { type BuilderMetadata, DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { decodeText } from "../text/decodeText.js";
import { at, parseSpectrumRows, type RowLine, type SpectrumRows } from "./spectrumRows.js";

/** One `<Name>` … `</Name>` section of a `.par` file. */
interface ParSection {
  name: string;
  /** 1-based line of the opening tag. */
  line: number;
  entries: Map<string, string>;
  /** Segment sections: the `Definition=` column names and its line. */
  definition?: { names: string[]; line: number };
  /** Segment sections: the data rows after `Definition=`. */
  rows: RowLine[];
  /** False when the file ended before the closing tag. */
  closed: boolean;
}

/** Splits a `.par` file into its sections (`<Application>`, `<Action1>`, `<Segment1>`, …). */
function parseSections(lines: readonly string[]): ParSection[] {
  const sections: ParSection[] = [];
  let current: ParSection | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (current === undefined) {
      const open = /^<([A-Za-z][\w]*)>$/.exec(line);
      if (open !== null) {
        current = {
          name: open[1] as string,
          line: i + 1,
          entries: new Map(),
          rows: [],
          closed: false,
        };
        sections.push(current);
      }
      return;
    }
    if (line === `</${current.name}>`) {
      current.closed = true;
      current = undefined;
      return;
    }
    if (line === "") return;
    if (current.definition !== undefined) {
      current.rows.push({ line: i + 1, fields: line.split(",") });
      return;
    }
    const eq = line.indexOf("=");
    if (eq < 0) return;
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    current.entries.set(key, value);
    if (/^Segment\d+$/.test(current.name) && key === "Definition") {
      current.definition = { names: value.split(",").map((n) => n.trim()), line: i + 1 };
    }
  });
  return sections;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** `Thursday, July 19, 2018` + `9:40:30 AM` → `2018-07-19T09:40:30`, else undefined. */
export function versaStudioStartTime(date: string, time: string): string | undefined {
  const d = /^(?:[A-Za-z]+,\s*)?([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2}):(\d{2})\s*([AP]M)?$/i.exec(time.trim());
  if (d === null || t === null) return undefined;
  const month = MONTHS.indexOf((d[1] as string).toLowerCase());
  let hour = Number(t[1]);
  const meridiem = (t[4] ?? "").toUpperCase();
  if (meridiem !== "" && (hour < 1 || hour > 12)) return undefined;
  if (meridiem === "AM" && hour === 12) hour = 0;
  if (meridiem === "PM" && hour < 12) hour += 12;
  const [year, day, minute, second] = [d[3], d[2], t[2], t[3]].map(Number) as number[];
  const stamp = new Date(Date.UTC(year as number, month, day, hour, minute, second));
  if (
    month < 0 ||
    stamp.getUTCDate() !== day ||
    stamp.getUTCHours() !== hour ||
    stamp.getUTCMinutes() !== minute ||
    stamp.getUTCSeconds() !== second
  )
    return undefined;
  return stamp.toISOString().slice(0, 19);
}

/** The `<ActionN>` (N ≥ 1) that wrote segment `segment`, counting each action's `Segments=`. */
function actionOf(sections: readonly ParSection[], segment: number): ParSection | undefined {
  let seen = 0;
  for (const s of sections) {
    if (!/^Action\d+$/.test(s.name)) continue;
    const count = Number(s.entries.get("Segments") ?? 0);
    if (!Number.isInteger(count) || count <= 0) continue;
    if (segment <= seen + count) return s;
    seen += count;
  }
  return undefined;
}

/** Parameters worth keeping from the EIS action, `<Action0>` and `<Instrument>`. */
const NOTE_KEYS: [string, string][] = [
  ["Action", "Start Frequency (Hz)"],
  ["Action", "End Frequency (Hz)"],
  ["Action", "Points Per Decade"],
  ["Action", "Amplitude (mV RMS)"],
  ["Action", "Potential (V),Value"],
  ["Action", "Potential (V),Versus"],
  ["Common", "Measured Open Circuit"],
  ["Common", "Working Electrode Area (cm2)"],
  ["Common", "Reference Electrode"],
  ["Instrument", "SN"],
];

function metadataOf(
  sections: readonly ParSection[],
  segment: ParSection,
  options: ReadOptions,
): BuilderMetadata {
  const section = (name: string) => sections.find((s) => s.name === name);
  const app = section("Application")?.entries;
  const instrument = section("Instrument")?.entries;
  const experiment = section("Experiment")?.entries;
  const common = section("Action0")?.entries;
  const action = actionOf(sections, Number(segment.name.slice("Segment".length)))?.entries;
  const from: Record<string, Map<string, string> | undefined> = {
    Action: action,
    Common: common,
    Instrument: instrument,
  };
  const notes: Record<string, string | number> = {};
  for (const [where, key] of NOTE_KEYS) {
    const value = from[where]?.get(key);
    if (value === undefined || value === "") continue;
    const number = Number(value);
    notes[key === "SN" ? "Serial number" : key] = Number.isFinite(number) ? number : value;
  }
  const software = [app?.get("Name") || "VersaStudio", app?.get("Version")].filter(Boolean);
  const type = instrument?.get("Type");
  const start = versaStudioStartTime(
    experiment?.get("DateAcquired") ?? "",
    experiment?.get("TimeAcquired") ?? "",
  );
  const comment = common?.get("Comment");
  const technique = action?.get("Name");
  const version = segment.entries.get("Version");
  return {
    format: "versastudio-par",
    instrument: `Princeton Applied Research ${type ? `${type} ` : ""}(${software.join(" ")})`,
    ...(version ? { formatVersion: `segment version ${version}` } : {}),
    ...(technique ? { technique } : {}),
    ...(options.fileName === undefined ? {} : { sourceFile: options.fileName }),
    ...(start === undefined ? {} : { startTime: start }),
    ...(comment ? { comments: comment } : {}),
    ...(Object.keys(notes).length === 0 ? {} : { notes }),
  };
}

/** Index of a `Definition=` column by exact name, or -1. */
const column = (names: readonly string[], name: string) =>
  names.findIndex((n) => n.toLowerCase() === name.toLowerCase());

/** Optional columns: dataset key, `Definition=` name, unit. */
const EXTRA: [string, string, string][] = [
  ["time", "Elapsed Time(s)", "s"],
  ["bias", "E(V)", "V"],
  ["dcCurrent", "I(A)", "A"],
];

interface SegmentLayout {
  segment: ParSection;
  frequency: number;
  zReal: number;
  zImag: number;
}

interface SegmentSpectrum {
  /** The segment number (`<Segment2>` → 2). */
  index: number;
  rows: SpectrumRows;
}

/** Reads one impedance segment's rows; warns when the file ends inside it. */
function readSegment(
  layout: SegmentLayout,
  options: ReadOptions,
  b: DatasetBuilder<"impedance">,
  lineCount: number,
): SegmentSpectrum {
  const { segment } = layout;
  const names = segment.definition?.names ?? [];
  const extra: Record<string, number> = {};
  for (const [key, name] of EXTRA) {
    const c = column(names, name);
    if (c >= 0) extra[key] = c;
  }
  // A complete row has as many fields as the first one (the Definition= line names one more).
  const needed =
    Math.max(layout.frequency, layout.zReal, layout.zImag, ...Object.values(extra)) + 1;
  const firstWidth = segment.rows[0]?.fields.length ?? 0;
  const width = segment.rows.length > 1 ? Math.max(needed, firstWidth) : needed;
  const rows = parseSpectrumRows(
    segment.rows,
    { frequency: layout.frequency, zReal: layout.zReal, zImag: layout.zImag, width, extra },
    options.fileName,
    !segment.closed,
    (segment.definition?.line ?? segment.line) + 1,
  );
  if (!segment.closed)
    b.warn("W_TRUNCATED", `the file ends inside <${segment.name}> (no closing tag)`, {
      line: lineCount,
    });
  if (rows.droppedLastLine !== undefined)
    b.warn("W_TRUNCATED", "dropped the last row, cut short by the end of the file", {
      line: rows.droppedLastLine,
    });
  return { index: Number(segment.name.slice("Segment".length)), rows };
}

/**
 * Reads a Princeton Applied Research VersaStudio `.par` file (VersaSTAT, PARSTAT): XML-like
 * sections of `key=value` lines; each `<SegmentN>` holds a `Definition=` line naming the
 * columns and comma-separated rows. Segments with `Frequency(Hz)`, `Z Real` and `Z Imag`
 * columns — the fields 9, 14 and 15 impedance.py's `readVersaStudio` takes from `<Segment1>` —
 * become the spectrum (several are stacked, with `cycle` = the segment number); `Z Imag` is the
 * signed Im(Z). `Elapsed Time(s)`, `E(V)` and `I(A)` become time, bias and DC current. Start
 * time from `<Experiment>`, technique from the action that recorded the first segment,
 * instrument from `<Instrument>`. A file cut inside a segment is read up to its last whole row.
 *
 * @throws LmbError `E_FORMAT` (with the line) when there is no impedance segment or a row is
 * broken; `E_TRUNCATED` when the segment has no data row.
 * @example
 * readVersaStudioPar(bytes, { fileName: "exampleDataVersaStudio.par" }).columns.zReal[0]; // 55.31571
 */
export function readVersaStudioPar(
  bytes: Uint8Array,
  options: ReadOptions = {},
): ImpedanceSpectrum {
  const { text } = decodeText(bytes);
  const lines = text.split("\n").map((l) => l.replace(/\r+$/, ""));
  const sections = parseSections(lines);
  const segments = sections.filter((s) => s.definition !== undefined);
  if (segments.length === 0) {
    throw new LmbError(
      "E_FORMAT",
      "not a VersaStudio data file (no <Segment> section with a Definition= line)",
      {
        ...at(options.fileName, sections.length === 0 ? 1 : (sections.at(-1) as ParSection).line),
        fix: "pass the .par file VersaStudio saved for the experiment",
      },
    );
  }
  const layouts: SegmentLayout[] = segments.map((s) => {
    const names = s.definition?.names ?? [];
    return {
      segment: s,
      frequency: column(names, "Frequency(Hz)"),
      zReal: column(names, "Z Real"),
      zImag: column(names, "Z Imag"),
    };
  });
  const spectra = layouts.filter((l) => l.frequency >= 0 && l.zReal >= 0 && l.zImag >= 0);
  // Segments without rows (an action stopped before its first point) are left out.
  const filled = spectra.filter((l) => l.segment.rows.length > 0);
  const used = filled.length > 0 ? filled : spectra.slice(0, 1);
  const first = used[0];
  if (first === undefined) {
    const segment = segments[0] as ParSection;
    throw new LmbError(
      "E_FORMAT",
      `no impedance data: the Definition= line of <${segment.name}> has no Frequency(Hz), Z Real and Z Imag columns`,
      {
        ...at(options.fileName, segment.definition?.line),
        fix: "this .par file holds a DC experiment; lmb reads only its impedance segments",
      },
    );
  }
  const b = new DatasetBuilder("impedance", metadataOf(sections, first.segment, options));
  const parts = used.map((layout) => readSegment(layout, options, b, lines.length));
  const names = first.segment.definition?.names ?? [];
  const join = (get: (p: SegmentSpectrum) => Float64Array | undefined) => {
    const arrays = parts.map(
      (p) => get(p) ?? new Float64Array(p.rows.frequency.length).fill(Number.NaN),
    );
    const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
    let offset = 0;
    for (const a of arrays) {
      out.set(a, offset);
      offset += a.length;
    }
    return out;
  };
  b.add(
    "frequency",
    join((p) => p.rows.frequency),
    "Hz",
    {
      sourceName: names[first.frequency] as string,
    },
  );
  b.add(
    "zReal",
    join((p) => p.rows.zReal),
    "ohm",
    { sourceName: names[first.zReal] as string },
  );
  b.add(
    "zImag",
    join((p) => p.rows.zImag),
    "ohm",
    { sourceName: names[first.zImag] as string },
  );
  for (const [key, name, unit] of EXTRA) {
    if (parts.some((p) => p.rows.extra[key] !== undefined))
      b.add(
        key,
        join((p) => p.rows.extra[key]),
        unit,
        { sourceName: name },
      );
  }
  if (parts.length > 1) {
    b.add(
      "cycle",
      join((p) => new Float64Array(p.rows.frequency.length).fill(p.index)),
      "1",
      { sourceName: "<SegmentN>" },
    );
  }
  return b.build();
}
