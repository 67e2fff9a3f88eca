import type { FormatReader } from "../formats/FormatReader.js";
import { headLines, headText, looksLikeText } from "../generic/sniffText.js";
import { isMaccorHeader, readMaccorText } from "./readMaccorText.js";

/**
 * Maccor text exports: the raw export (`Today's Date … Date of Test:` line, `Rec#, Cyc#, Step,
 * TestTime, …, Amps, Volts, State, ES, DPt Time`; files named by channel such as `.041`) and
 * the MaccorExport layout (`Name:`/`Channel:`/`Started` block, `Rec, Cycle P, Cycle C, …,
 * Current [A], Voltage [V], Md`). Recognised by the `Rec`/`Rec#` header line, whatever the
 * extension.
 *
 * @example
 * maccorTextReader.read(bytes, { fileName: "PredictionDiagnostics_000151_test.052" });
 */
export const maccorTextReader: FormatReader = {
  id: "maccor-txt",
  title: "Maccor text export",
  extensions: [".txt", ".csv"],
  kinds: ["cycling"],
  sniff(bytes) {
    if (!looksLikeText(bytes)) return 0;
    return headLines(headText(bytes, 16384), 200).some(isMaccorHeader) ? 0.95 : 0;
  },
  read(bytes, options) {
    return readMaccorText(bytes, options);
  },
};
