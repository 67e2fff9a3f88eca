import { LmbError } from "@lmb/errors";
import type { FormatReader } from "../formats/FormatReader.js";
import { decodeText } from "../text/decodeText.js";
import { parseDelimitedTable } from "../text/delimitedTable.js";
import { tableToDatasetOfKind } from "./readGenericCsv.js";
import { headText, looksLikeText } from "./sniffText.js";

const MARK = "# PRIME INSTRUMENT FILE";

/**
 * The cellpy "custom" example format ("PRIME INSTRUMENT FILE"): semicolon-separated, a HEAD
 * block of `key;value` lines, a LOG block, then a third marker line above the table header
 * `index;test_time;step_time;date_stamp;step;cycle;current;voltage;charge_capacity;…`. Units
 * are not written; cellpy's instrument file gives s, A, V and Ah.
 *
 * @example
 * primeCsvReader.read(bytes, { fileName: "custom_data_001.csv" });
 */
export const primeCsvReader: FormatReader = {
  id: "prime-csv",
  title: "PRIME INSTRUMENT FILE (cellpy custom semicolon CSV)",
  extensions: [".csv"],
  kinds: ["cycling"],
  sniff(bytes) {
    return looksLikeText(bytes) && headText(bytes, 256).startsWith(MARK) ? 0.95 : 0;
  },
  read(bytes, options) {
    const { text, encoding } = decodeText(bytes);
    const lines = text.split("\n", 5000);
    let marker = -1;
    let block = 0;
    const notes: Record<string, string> = {};
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.startsWith(MARK)) {
        marker = i;
        block++;
      } else if (marker === i - 1 && block >= 3) break;
      else if (block === 1) {
        const [key, value] = line.split(";");
        if (key?.trim() && value?.trim()) notes[key.trim()] = value.trim();
      }
    }
    if (marker < 0 || marker + 1 >= lines.length) {
      throw new LmbError(
        "E_FORMAT",
        "no table header after the PRIME INSTRUMENT FILE marker lines",
        {
          location: {
            ...(options.fileName === undefined ? {} : { source: options.fileName }),
            line: 1,
          },
          fix: "check the file is complete",
        },
      );
    }
    const table = parseDelimitedTable(text, {
      delimiter: ";",
      headerLine: marker + 2,
      ...(options.fileName === undefined ? {} : { source: options.fileName }),
    });
    return tableToDatasetOfKind(
      table,
      options,
      {
        format: "prime-csv",
        kinds: ["cycling"],
        assumedUnits: {
          time: "s",
          stepTime: "s",
          voltage: "V",
          current: "A",
          chargeCapacity: "Ah",
          dischargeCapacity: "Ah",
          capacity: "Ah",
        },
        metadata: {
          ...(notes.instrument === undefined ? {} : { instrument: notes.instrument }),
          ...(notes.cell === undefined ? {} : { comments: `cell ${notes.cell}` }),
          ...(Object.keys(notes).length === 0 ? {} : { notes }),
        },
      },
      encoding,
    );
  },
};
