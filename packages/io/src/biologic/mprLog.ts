import type { ByteReader } from "../binary/ByteReader.js";
import { oleDateToIso } from "./biologicDates.js";
import type { MprModule } from "./mprModules.js";

/** What the `VMP LOG` module tells: start time, software and device. */
export interface MprLog {
  /** Acquisition start, local ISO 8601 (from the OLE date). */
  startTime?: string;
  /** EC-Lab/BT-Lab version, e.g. `"11.50"`. */
  softwareVersion?: string;
  /** Original file name on the acquisition PC. */
  fileName?: string;
  /** Device serial number. */
  deviceSerial?: string;
}

// The OLE timestamp sits at 0x249 (yadg); galvani found it at 465/469/473/585 (585 = 0x249).
const OLE_OFFSETS = [0x249, 465, 469, 473];

function pascal(reader: ByteReader, module: MprModule, at: number): string | undefined {
  if (at >= module.length) return undefined;
  const length = reader.u8(module.bodyOffset + at);
  if (length === 0 || at + 1 + length > module.length) return undefined;
  const text = reader.ascii(module.bodyOffset + at + 1, length).trim();
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 32) return undefined;
  return text === "" ? undefined : text;
}

/**
 * Reads the `VMP LOG` module: OLE-automation start date (f64 days since 1899-12-30) at 0x249
 * (falling back to galvani's 465/469/473), file name @0x251, EC-Lab version @0x3B7, device serial
 * @0x3CF (yadg `log_dtypes`; research notes §2.1). A value that is not a plausible date is ignored.
 *
 * @example
 * readMprLog(reader, logModule).startTime; // "2017-03-15T10:22:53.999"
 */
export function readMprLog(reader: ByteReader, module: MprModule): MprLog {
  const log: MprLog = {};
  for (const at of OLE_OFFSETS) {
    if (at + 8 > module.length) continue;
    const iso = oleDateToIso(reader.f64(module.bodyOffset + at));
    if (iso !== undefined) {
      log.startTime = iso;
      break;
    }
  }
  const fileName = pascal(reader, module, 0x251);
  if (fileName !== undefined) log.fileName = fileName;
  const version = pascal(reader, module, 0x3b7);
  if (version !== undefined && /^[\w. -]{1,16}$/.test(version)) log.softwareVersion = version;
  const serial = pascal(reader, module, 0x3cf);
  if (serial !== undefined && /^[\w. -]{1,16}$/.test(serial)) log.deviceSerial = serial;
  return log;
}
