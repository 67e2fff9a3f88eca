import { ByteReader } from "../binary/ByteReader.js";
import type { BiologicColumn, BiologicRaw } from "./biologicRaw.js";
import { readMprDataLayout } from "./mprDataLayout.js";
import { decodeMprColumn, decodeMprFlag } from "./mprDecode.js";
import { readMprLog } from "./mprLog.js";
import { readMprLoops } from "./mprLoop.js";
import { listMprModules } from "./mprModules.js";
import { readMprSettings } from "./mprSettings.js";

/**
 * Decodes a BioLogic EC-Lab/BT-Lab `.mpr` file into raw columns (EC-Lab names and units, flags
 * unpacked) plus settings, start time and loop indices. Modules: `VMP Set` (settings),
 * `VMP data` (records; versions 0, 2, 3 and the EC-Lab ≥ 11.50 layout), `VMP LOG` (start time,
 * software version), `VMP loop` (loop starts); others (`VMP ExtDev`, …) are ignored.
 *
 * The format is undocumented; the layout follows the reverse engineering of galvani, yadg /
 * eclabfiles and FFPE as summarised in the research notes (§2.1) and checked on 13 fixtures.
 *
 * @param bytes - The whole file.
 * @param source - File name for error locations.
 * @throws LmbError `E_FORMAT`, `E_TRUNCATED`, `E_UNSUPPORTED_VERSION`.
 * @example
 * const raw = decodeMpr(bytes, "run.mpr");
 * raw.columns.map((c) => c.header); // ["mode", "ox/red", …, "time/s", "Ewe/V", …]
 */
export function decodeMpr(bytes: Uint8Array, source?: string): BiologicRaw {
  const reader = new ByteReader(bytes, source);
  const modules = listMprModules(reader);
  const dataModules = modules.filter((m) => m.shortName === "VMP data");
  const data =
    dataModules[0] ??
    reader.formatError(
      reader.length,
      "the .mpr file has no data module (VMP data)",
      "the experiment may not have recorded any point yet; open the finished file",
    );
  const settingsModule = modules.find((m) => m.shortName === "VMP Set");
  const settings = settingsModule ? readMprSettings(reader, settingsModule) : { notes: {} };
  const logModule = modules.find((m) => m.shortName === "VMP LOG");
  const log = logModule ? readMprLog(reader, logModule) : {};
  if (log.startTime !== undefined) settings.startTime = log.startTime;
  const software = log.softwareVersion === undefined ? "" : ` ${log.softwareVersion}`;
  settings.instrument = `BioLogic EC-Lab/BT-Lab${software}`;
  if (log.deviceSerial !== undefined) settings.notes.deviceSerial = log.deviceSerial;
  if (log.fileName !== undefined) settings.notes.originalFileName = log.fileName;
  const loopModule = modules.find((m) => m.shortName === "VMP loop");
  const loops = loopModule ? readMprLoops(reader, loopModule) : [];

  const layout = readMprDataLayout(reader, data);
  const warnings = [...layout.warnings];
  if (dataModules.length > 1) {
    warnings.push({
      code: "W_EXTRA_MODULE",
      message: `the file has ${dataModules.length} data modules; only the first was read`,
      offset: (dataModules[1] as { offset: number }).offset,
    });
  }
  const { points, recordSize, dataStart } = layout;
  // Columns decode on first access: a reader only pays for the columns it maps (each column
  // is one strided pass over the records, so unused flag and range columns would cost as much).
  const columns: BiologicColumn[] = [];
  for (const flag of layout.flags) {
    columns.push(
      lazyColumn(flag.header, flag.id, () =>
        decodeMprFlag(bytes, dataStart, points, recordSize, flag.offset, flag.mask),
      ),
    );
  }
  for (const field of layout.values) {
    columns.push(
      lazyColumn(field.header, field.id, () =>
        decodeMprColumn(reader.view, dataStart, points, recordSize, field.offset, field.dtype),
      ),
    );
  }
  settings.notes.columnIds = layout.ids.join(",");
  return {
    format: "biologic-mpr",
    formatVersion: layout.formatVersion,
    columns,
    points,
    settings,
    loops,
    warnings,
  };
}

function lazyColumn(header: string, id: number, decode: () => Float64Array): BiologicColumn {
  let values: Float64Array | undefined;
  return {
    header,
    id,
    get values(): Float64Array {
      values ??= decode();
      return values;
    },
  };
}
