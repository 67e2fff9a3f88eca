import { LmbError } from "@lmb/errors";
import type { ByteReader } from "../binary/ByteReader.js";
import type { BiologicWarning } from "./biologicRaw.js";
import { MPR_COLUMNS, MPR_DTYPE_WIDTH, MPR_FLAG_COLUMNS, type MprDtype } from "./mprColumnTable.js";
import type { MprModule } from "./mprModules.js";

/** A value column's place in a record. */
export interface MprValueField {
  id: number;
  header: string;
  dtype: MprDtype;
  /** Byte offset within the record. */
  offset: number;
}

/** A flag column's place: a bit field of the flag byte at `offset`. */
export interface MprFlagField {
  id: number;
  header: string;
  mask: number;
  offset: number;
}

/** How the records of a `VMP data` module are laid out. */
export interface MprDataLayout {
  /** Number of records. */
  points: number;
  /** Bytes per record. */
  recordSize: number;
  /** Absolute byte offset of the first record. */
  dataStart: number;
  /** Column IDs in file order. */
  ids: number[];
  values: MprValueField[];
  flags: MprFlagField[];
  /** Human description of the layout, e.g. `"data module 3"`. */
  formatVersion: string;
  warnings: BiologicWarning[];
}

/** Offset of the first record from the module body, by data-module version (research notes §2.1). */
function knownDataStart(module: MprModule): number | undefined {
  if (module.newLayout) return 0x3ef;
  if (module.version === 0) return 100;
  if (module.version === 2) return 0x195;
  if (module.version === 3) return 0x196;
  return undefined;
}

type Slot =
  | { kind: "flags"; width: 1; ids: number[] }
  | { kind: "value"; id: number; width: number; header: string; dtype: MprDtype }
  | { kind: "unknown"; id: number; idOffset: number };

function unsupported(reader: ByteReader, offset: number, problem: string): never {
  throw new LmbError("E_UNSUPPORTED_VERSION", problem, {
    location: { ...(reader.source === undefined ? {} : { source: reader.source }), offset },
    fix: "export the file to .mpt text in EC-Lab (Experiment › Export as text) and read that, or report the column ID with a sample file",
  });
}

/**
 * Works out the record layout of a `VMP data` module. Body: `n_points u32 @0`, `n_columns u8 @4`,
 * column IDs from @5 — u8 in version 0, u16 little-endian in versions 2/3, u16 **big-endian** in
 * EC-Lab ≥ 11.50 files (new module header). All flag IDs share one byte at the first flag's
 * position. Records are packed little-endian rows occupying the **last** `n_points × record_size`
 * bytes of the module (FFPE's rule; = offset 0x195 in v2, 0x196 in v3, 0x3EF in ≥ 11.50).
 *
 * An unknown column ID does not abort: when the version's data offset is known, the record
 * size is `(length − offset) / n_points` and one contiguous block of unknown columns is skipped
 * with a `W_UNKNOWN_COLUMN` warning naming the ID and its byte position (and, for IDs ≥ 256, the
 * `ID mod 256` twin it may be — not decoded as such, since that rule is not universal).
 *
 * @throws LmbError `E_UNSUPPORTED_VERSION` naming the unknown IDs when their widths cannot be
 * determined; `E_FORMAT`/`E_TRUNCATED` when counts do not fit the module.
 * @example
 * const layout = readMprDataLayout(reader, dataModule); // { points: 46102, recordSize: 53, … }
 */
export function readMprDataLayout(reader: ByteReader, module: MprModule): MprDataLayout {
  const body = module.bodyOffset;
  const length = module.length;
  if (length < 5) reader.formatError(body, "the data module is too short for its header");
  const points = reader.u32(body);
  const columnCount = reader.u8(body + 4);
  const idWidth = !module.newLayout && module.version === 0 ? 1 : 2;
  const bigEndian = module.newLayout;
  const headerEnd = 5 + idWidth * columnCount;
  if (headerEnd > length) {
    reader.formatError(
      body + 4,
      `the data module announces ${columnCount} columns but is too short`,
    );
  }
  const ids: number[] = [];
  const slots: Slot[] = [];
  let flagSlot: (Slot & { kind: "flags" }) | undefined;
  for (let i = 0; i < columnCount; i++) {
    const idOffset = body + 5 + idWidth * i;
    const id = idWidth === 1 ? reader.u8(idOffset) : reader.u16(idOffset, !bigEndian);
    ids.push(id);
    if (MPR_FLAG_COLUMNS.has(id)) {
      if (flagSlot === undefined) {
        flagSlot = { kind: "flags", width: 1, ids: [] };
        slots.push(flagSlot);
      }
      flagSlot.ids.push(id);
      continue;
    }
    const def = MPR_COLUMNS.get(id);
    if (def === undefined) slots.push({ kind: "unknown", id, idOffset });
    else
      slots.push({
        kind: "value",
        id,
        width: MPR_DTYPE_WIDTH[def.dtype],
        header: def.header,
        dtype: def.dtype,
      });
  }
  const warnings: BiologicWarning[] = [];
  const knownSize = slots.reduce((sum, s) => sum + (s.kind === "unknown" ? 0 : s.width), 0);
  const unknown = slots.filter((s): s is Slot & { kind: "unknown" } => s.kind === "unknown");
  const start = knownDataStart(module);
  const formatVersion = module.newLayout
    ? `data module ${module.version} (EC-Lab ≥ 11.50 layout)`
    : `data module ${module.version}`;

  let recordSize = knownSize;
  let dataStart: number;
  if (unknown.length === 0) {
    if (points * recordSize > length - headerEnd) {
      reader.formatError(
        body,
        `the data module announces ${points} records of ${recordSize} bytes but holds only ${length - headerEnd} bytes of data`,
      );
    }
    dataStart = body + length - points * recordSize;
  } else {
    const names = unknown.map((u) => u.id).join(", ");
    if (start === undefined) {
      unsupported(
        reader,
        (unknown[0] as Slot & { kind: "unknown" }).idOffset,
        `unknown .mpr column ID ${names} in data module version ${module.version}, whose record offset lmb does not know, so the column width cannot be determined`,
      );
    }
    const available = length - start;
    if (available < 0) reader.formatError(body, "the data module is shorter than its header");
    if (points > 0) {
      if (available % points !== 0 || available / points <= knownSize) {
        unsupported(
          reader,
          (unknown[0] as Slot & { kind: "unknown" }).idOffset,
          `unknown .mpr column ID ${names}: the record size cannot be determined from the data length (${available} bytes for ${points} points)`,
        );
      }
      recordSize = available / points;
    }
    const first = slots.indexOf(unknown[0] as Slot);
    const last = slots.indexOf(unknown[unknown.length - 1] as Slot);
    if (last - first + 1 !== unknown.length) {
      unsupported(
        reader,
        (unknown[0] as Slot & { kind: "unknown" }).idOffset,
        `unknown .mpr column IDs ${names} are separated by known columns, so their widths cannot be determined`,
      );
    }
    dataStart = body + start;
    const blockWidth = recordSize - knownSize;
    // Replace the block by a single skipped slot of the inferred width.
    slots.splice(first, unknown.length, {
      kind: "value",
      id: -1,
      width: blockWidth,
      header: "",
      dtype: "u8",
    });
    let recordOffset = 0;
    for (let i = 0; i < first; i++) recordOffset += (slots[i] as Slot & { width: number }).width;
    for (const u of unknown) {
      const twin = u.id >= 256 ? MPR_COLUMNS.get(u.id % 256) : undefined;
      const hint = twin === undefined ? "" : `; ID ${u.id % 256} is "${twin.header}"`;
      warnings.push({
        code: "W_UNKNOWN_COLUMN",
        message: `skipped unknown .mpr column ID ${u.id} (ID at byte ${u.idOffset}; ${unknown.length > 1 ? `with IDs ${names}, ` : ""}${blockWidth} bytes at record byte ${recordOffset}${hint})`,
        offset: u.idOffset,
      });
    }
  }

  const values: MprValueField[] = [];
  const flags: MprFlagField[] = [];
  let offset = 0;
  for (const slot of slots) {
    if (slot.kind === "flags") {
      for (const id of slot.ids) {
        const def = MPR_FLAG_COLUMNS.get(id);
        if (def !== undefined && !flags.some((f) => f.id === id))
          flags.push({ id, header: def.header, mask: def.mask, offset });
      }
    } else if (slot.kind === "value" && slot.id >= 0) {
      values.push({ id: slot.id, header: slot.header, dtype: slot.dtype, offset });
    }
    offset += slot.kind === "unknown" ? 0 : slot.width;
  }
  return {
    points,
    recordSize,
    dataStart,
    ids,
    values,
    flags,
    formatVersion,
    warnings,
  };
}
