import type { ByteReader } from "../binary/ByteReader.js";

/** The 52-byte `.mpr` file magic: `BIO-LOGIC MODULAR FILE` + 0x1A, space padded to 48 bytes, 4 zero bytes. */
export const MPR_MAGIC = "BIO-LOGIC MODULAR FILE\x1a";

/** One module of an `.mpr` file. */
export interface MprModule {
  /** Short name, trimmed: `VMP Set`, `VMP data`, `VMP LOG`, `VMP loop`, `VMP ExtDev`. */
  shortName: string;
  /** Long name, trimmed: `VMP settings`, `VMP data`, `VMP LOG`, `VMP expt. loop indexes`. */
  longName: string;
  /** Module version (the "new" version, 10 or 11, in EC-Lab ≥ 11.50 files). */
  version: number;
  /** True for the EC-Lab ≥ 11.50 header (0xFFFFFFFF marker). */
  newLayout: boolean;
  /** Date as written (`mm/dd/yy`, `mm-dd-yy` or `mm.dd.yy`). */
  date: string;
  /** Byte offset of the `MODULE` tag. */
  offset: number;
  /** Byte offset of the module body. */
  bodyOffset: number;
  /** Body length in bytes (checked to lie inside the file). */
  length: number;
}

/** True when `bytes` start with the `.mpr` magic. */
export function hasMprMagic(bytes: Uint8Array): boolean {
  if (bytes.length < MPR_MAGIC.length) return false;
  for (let i = 0; i < MPR_MAGIC.length; i++) {
    if (bytes[i] !== MPR_MAGIC.charCodeAt(i)) return false;
  }
  return true;
}

function trimText(text: string): string {
  // Names are space padded; some writers pad with NULs.
  return text.replace(/[\s\0]+$/, "");
}

/**
 * Lists the modules of an `.mpr` file. After the 52-byte magic, modules follow back to back,
 * each: `MODULE`, short name (10 B), long name (25 B), then either the old header
 * (`length u32, version u32, date 8 ASCII`) or, from EC-Lab 11.50, `0xFFFFFFFF u32, length u32,
 * old-version u32, new-version u32, date 8 ASCII` (research notes §2.1; galvani PR #97; yadg
 * PR #171).
 *
 * @throws LmbError `E_FORMAT` for a missing magic or module tag, `E_TRUNCATED` when a module
 * runs past the end of the file.
 * @example
 * listMprModules(new ByteReader(bytes, "run.mpr")).map((m) => m.shortName); // ["VMP Set", "VMP data", "VMP LOG"]
 */
export function listMprModules(reader: ByteReader): MprModule[] {
  if (!hasMprMagic(reader.bytes)) {
    reader.formatError(
      0,
      'not a BioLogic .mpr file: it does not start with "BIO-LOGIC MODULAR FILE"',
      "open the .mpr file EC-Lab/BT-Lab wrote, or export it to .mpt text",
    );
  }
  reader.need(0, 52, "file header");
  const modules: MprModule[] = [];
  let offset = 52;
  while (offset < reader.length) {
    // Trailing padding after the last module is tolerated.
    if (reader.length - offset < 6 && reader.bytes.subarray(offset).every((b) => b === 0)) break;
    if (reader.ascii(offset, 6) !== "MODULE") {
      reader.formatError(offset, `expected a "MODULE" tag at byte ${offset}`);
    }
    const shortName = trimText(reader.ascii(offset + 6, 10));
    const longName = trimText(reader.ascii(offset + 16, 25));
    const newLayout = reader.u32(offset + 41) === 0xffffffff;
    let length: number;
    let version: number;
    let date: string;
    let bodyOffset: number;
    if (newLayout) {
      length = reader.u32(offset + 45);
      version = reader.u32(offset + 53);
      date = reader.ascii(offset + 57, 8);
      bodyOffset = offset + 65;
    } else {
      length = reader.u32(offset + 41);
      version = reader.u32(offset + 45);
      date = reader.ascii(offset + 49, 8);
      bodyOffset = offset + 57;
    }
    reader.need(bodyOffset, length, `"${shortName}" module`);
    modules.push({ shortName, longName, version, newLayout, date, offset, bodyOffset, length });
    offset = bodyOffset + length;
  }
  return modules;
}
