import type { FormatReader } from "../formats/FormatReader.js";
import { buildBiologicDataset } from "./buildBiologicDataset.js";
import { decodeMpt, looksLikeBiologicHeader } from "./decodeMpt.js";

function firstLine(bytes: Uint8Array): string {
  const head = bytes.subarray(0, Math.min(bytes.length, 4096));
  let text = "";
  for (let i = 0; i < head.length; i++) {
    const b = head[i] as number;
    if (b === 10) break;
    text += String.fromCharCode(b);
  }
  return text.replace(/^\uFEFF|^\xEF\xBB\xBF/, "").replace(/\r$/, "");
}

/**
 * Reader for BioLogic EC-Lab/BT-Lab text exports: `.mpt` (`EC-Lab ASCII FILE` / `BT-Lab ASCII
 * FILE` with settings header, tab-separated, decimal point or comma, Windows-1252) and BT-Lab
 * semicolon table exports (`;mode;ox;error;time/s;Ecell/V;…`, date-time `time/s`, packed flags).
 * Columns are mapped by EC-Lab name exactly as in the `.mpr` reader; PEIS exports become an
 * impedance spectrum, CV exports a voltammogram, CA a current transient, others cycling data.
 *
 * @example
 * biologicMptReader.read(bytes, { fileName: "cv.mpt" }).kind; // "voltammogram"
 */
export const biologicMptReader: FormatReader = {
  id: "biologic-mpt",
  title: "BioLogic EC-Lab/BT-Lab text (.mpt, BT-Lab CSV)",
  extensions: [".mpt", ".txt", ".csv"],
  kinds: ["cycling", "impedance", "voltammogram", "transient"],
  sniff(bytes, fileName) {
    const line = firstLine(bytes);
    if (/^(EC-Lab|BT-Lab) ASCII FILE\s*$/.test(line)) return 1;
    if (looksLikeBiologicHeader(line)) return 0.9;
    return fileName?.toLowerCase().endsWith(".mpt") ? 0.3 : 0;
  },
  read(bytes, options) {
    return buildBiologicDataset(decodeMpt(bytes, options.fileName), options);
  },
};
