import type { FormatReader } from "../formats/FormatReader.js";
import { tableToDatasetOfKind } from "./readGenericCsv.js";
import { readTextTable } from "./readTextTable.js";
import { headLines, headText, looksLikeText } from "./sniffText.js";

/** `MM/DD/YYYY hh:mm:ss` → ISO 8601 local time. */
function usDateTime(text: string | undefined): string | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)\s*$/.exec(
    text ?? "",
  );
  if (!m) return undefined;
  const pad = (s: string | undefined) => (s as string).padStart(2, "0");
  const [, mo, d, y, h, mi, s] = m;
  if (Number(mo) > 12 || Number(d) > 31 || Number(h) > 23) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${(s as string).length === 1 ? `0${s}` : s}`;
}

/** `key: value,,,` preamble lines → notes. */
function preambleNotes(preamble: readonly string[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const line of preamble) {
    const m = /^([^:,]+):\s*([^,]*)/.exec(line.trim());
    if (m && (m[2] as string).trim() !== "")
      notes[(m[1] as string).trim()] = (m[2] as string).trim();
  }
  return notes;
}

function landtScore(text: string): number {
  const lines = headLines(text, 30);
  const header = lines.find((l) => /(^|,)test_time_s(,|$)/.test(l));
  if (header && /(^|,)current_A(,|$)/.test(header) && /(^|,)voltage_V(,|$)/.test(header)) {
    return /^cell model:/i.test(lines[0] ?? "") ? 0.95 : 0.85;
  }
  return 0;
}

/**
 * Landt/Lanhe records exported in the BDF project's snake_case layout (SINTEF): six
 * `key:value` metadata lines, then `channel_index, cycle_index, step_index,
 * date_time_iso_string, test_time_s, step_time_s, current_A, voltage_V, …_capacity_Ah,
 * …_energy_Wh, temperature_1_C, step_name`. The first date gives the start time.
 *
 * @example
 * landtCsvReader.read(bytes, { fileName: "SINTEF__LiGrR2032__Landt.csv" });
 */
export const landtCsvReader: FormatReader = {
  id: "landt-csv",
  title: "Landt CSV (BDF snake_case layout)",
  extensions: [".csv"],
  kinds: ["cycling"],
  sniff(bytes) {
    return looksLikeText(bytes) ? landtScore(headText(bytes, 8192)) : 0;
  },
  read(bytes, options) {
    const { table, encoding } = readTextTable(bytes, options, { delimiter: "," });
    const dateColumn = table.headers.findIndex((h) => /^date_?time/i.test(h));
    const start = usDateTime(table.texts[dateColumn]?.[0]);
    const notes = preambleNotes(table.preamble);
    return tableToDatasetOfKind(
      table,
      options,
      {
        format: "landt-csv",
        kinds: ["cycling"],
        metadata: {
          instrument: "Landt",
          ...(start === undefined ? {} : { startTime: start }),
          ...(Object.keys(notes).length === 0 ? {} : { notes }),
        },
      },
      encoding,
    );
  },
};
