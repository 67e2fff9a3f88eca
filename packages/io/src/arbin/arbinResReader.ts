import type { FormatReader } from "../formats/FormatReader.js";
import { readArbinRes } from "./readArbinRes.js";

/** The Jet 4 / Access 2000+ header: bytes 4–19 spell "Standard Jet DB" (ACE: "Standard ACE DB"). */
const JET = "Standard Jet DB";
const ACE = "Standard ACE DB";

function hasAccessMagic(bytes: Uint8Array): boolean {
  if (bytes.length < 20) return false;
  const text = String.fromCharCode(...bytes.subarray(4, 19));
  return text === JET || text === ACE;
}

/**
 * Arbin MITS Pro `.res` (MS Access database; also gzipped `.res.gz`). Sniffs the Access header,
 * or gzip magic with a `.res.gz` name.
 *
 * @example
 * read(bytes, { format: "arbin-res" });
 */
export const arbinResReader: FormatReader = {
  id: "arbin-res",
  title: "Arbin MITS Pro database (.res)",
  extensions: [".res", ".res.gz"],
  kinds: ["cycling"],
  sniff(bytes, fileName) {
    if (hasAccessMagic(bytes)) return 0.95;
    const gz = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
    if (gz && fileName?.toLowerCase().endsWith(".res.gz")) return 0.9;
    return 0;
  },
  read: (bytes, options) => readArbinRes(bytes, options),
};
