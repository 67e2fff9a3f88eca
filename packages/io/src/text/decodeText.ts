/** The text of a file and how it was decoded. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes instrument text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8 and, if
 * the bytes are not valid UTF-8, Windows-1252 — what EC-Lab, BTSDA and Maccor write on Western
 * Windows machines (`µ` as byte 0xB5, `°` as 0xB0). The BOM is removed.
 *
 * @example
 * decodeText(bytes).text.split(/\r?\n/);
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
