import { readZip } from "./readZip.js";

/**
 * The shared-strings and worksheet text of a workbook (the first 8 MiB of each part), for
 * sniffing which instrument wrote it without parsing the sheets.
 *
 * @example
 * xlsxStrings(bytes).includes("Test_Time(s)"); // an Arbin export
 */
export function xlsxStrings(bytes: Uint8Array): string {
  const entries = readZip(bytes, {
    include: (n) => n === "xl/sharedStrings.xml" || n.startsWith("xl/worksheets/"),
    maxBytes: 64 * 1024 * 1024,
  });
  const decoder = new TextDecoder("utf-8");
  return [...entries.values()].map((b) => decoder.decode(b.subarray(0, 8 * 1024 * 1024))).join("");
}
