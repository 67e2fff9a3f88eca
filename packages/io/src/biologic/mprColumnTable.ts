/** Storage type of one `.mpr` data column: little-endian unsigned integers or IEEE floats. */
export type MprDtype = "u8" | "u16" | "u32" | "f32" | "f64";

/** Bytes each {@link MprDtype} takes in a record. */
export const MPR_DTYPE_WIDTH: Readonly<Record<MprDtype, number>> = {
  u8: 1,
  u16: 2,
  u32: 4,
  f32: 4,
  f64: 8,
};

/** One entry of the `.mpr` column-ID table: the column as EC-Lab names it in `.mpt` exports. */
export interface MprColumnDef {
  /** Column header as EC-Lab writes it in an `.mpt` export, e.g. `"Ewe/V"`, `"half cycle"`. */
  readonly header: string;
  /** Storage type in the record. */
  readonly dtype: MprDtype;
}

/** A flag column: a bit field of the one packed flag byte per record. */
export interface MprFlagDef {
  /** Column header as in `.mpt` exports, e.g. `"mode"`, `"ox/red"`. */
  readonly header: string;
  /** Bit mask within the flag byte. */
  readonly mask: number;
}

/**
 * The flag column IDs. All flag IDs present in a file share **one** `u8` per record, placed at
 * the position of the first flag ID in the column list: `mode` (bits 0–1: 1 galvanostatic,
 * 2 potentiostatic, 3 rest/OCV), `ox/red` (bit 2), `error` (bit 3), `control changes` (bit 4),
 * `Ns changes` (bit 5), `counter inc.` (bit 7); bit 6 is a "stop" bit on the last point.
 * Sources: galvani `VMPdata_colID_flag_map`, yadg `flag_columns`, research notes §2.1.
 */
export const MPR_FLAG_COLUMNS: ReadonlyMap<number, MprFlagDef> = new Map([
  [1, { header: "mode", mask: 0x03 }],
  [2, { header: "ox/red", mask: 0x04 }],
  [3, { header: "error", mask: 0x08 }],
  [21, { header: "control changes", mask: 0x10 }],
  [31, { header: "Ns changes", mask: 0x20 }],
  [65, { header: "counter inc.", mask: 0x80 }],
]);

// [id, header, dtype]. Facts collected from galvani (echemdata, BioLogic.py VMPdata_colID_dtype_map),
// yadg (dgbowl, extractors/eclab/mpr_columns.py), biologic-converter and the 13 fixtures checked
// in the research notes (§2.1). Where the two disagree on a name but not on the width the name
// of the more recent source is used; on 498–500 (galvani: Q charge / Q discharge / step time,
// f8; yadg: |Ece h2..h4|, f4) galvani's reading is kept, as in the research notes.
const ENTRIES: readonly (readonly [number, string, MprDtype])[] = [
  [4, "time/s", "f64"],
  [5, "control/V/mA", "f32"],
  [6, "Ewe/V", "f32"],
  [7, "dq/mA.h", "f64"],
  [8, "I/mA", "f32"],
  [9, "Ece/V", "f32"],
  [11, "<I>/mA", "f64"],
  [13, "(Q-Qo)/mA.h", "f64"],
  [16, "Analog IN 1/V", "f32"],
  [17, "Analog IN 2/V", "f32"],
  [19, "control/V", "f32"],
  [20, "control/mA", "f32"],
  [23, "dQ/mA.h", "f64"],
  [24, "cycle number", "f64"],
  [26, "Rapp/Ohm", "f32"],
  [27, "Ewe-Ece/V", "f32"],
  [32, "freq/Hz", "f32"],
  [33, "|Ewe|/V", "f32"],
  [34, "|I|/A", "f32"],
  [35, "Phase(Z)/deg", "f32"],
  [36, "|Z|/Ohm", "f32"],
  [37, "Re(Z)/Ohm", "f32"],
  [38, "-Im(Z)/Ohm", "f32"],
  [39, "I Range", "u16"],
  [69, "R/Ohm", "f32"],
  [70, "P/W", "f32"],
  [74, "|Energy|/W.h", "f64"],
  [75, "Analog OUT/V", "f32"],
  [76, "<I>/mA", "f32"],
  [77, "<Ewe>/V", "f32"],
  [78, "Cs-2/µF-2", "f32"],
  [96, "|Ece|/V", "f32"],
  [98, "Phase(Zce)/deg", "f32"],
  [99, "|Zce|/Ohm", "f32"],
  [100, "Re(Zce)/Ohm", "f32"],
  [101, "-Im(Zce)/Ohm", "f32"],
  [123, "Energy charge/W.h", "f64"],
  [124, "Energy discharge/W.h", "f64"],
  [125, "Capacitance charge/µF", "f64"],
  [126, "Capacitance discharge/µF", "f64"],
  [131, "Ns", "u16"],
  [163, "|Estack|/V", "f32"],
  [168, "Rcmp/Ohm", "f32"],
  [169, "Cs/µF", "f32"],
  [172, "Cp/µF", "f32"],
  [173, "Cp-2/µF-2", "f32"],
  [174, "<Ewe>/V", "f32"],
  [178, "(Q-Qo)/C", "f32"],
  [179, "dQ/C", "f32"],
  [182, "step time/s", "f64"],
  [211, "Q charge/discharge/mA.h", "f64"],
  [212, "half cycle", "u32"],
  [213, "z cycle", "u32"],
  [217, "THD Ewe/%", "f32"],
  [218, "THD I/%", "f32"],
  [219, "THD Ece/%", "f32"],
  [220, "NSD Ewe/%", "f32"],
  [221, "NSD I/%", "f32"],
  [222, "NSD Ece/%", "f32"],
  [223, "NSR Ewe/%", "f32"],
  [224, "NSR I/%", "f32"],
  [225, "NSR Ece/%", "f32"],
  [230, "|Ewe h2|/V", "f32"],
  [231, "|Ewe h3|/V", "f32"],
  [232, "|Ewe h4|/V", "f32"],
  [233, "|Ewe h5|/V", "f32"],
  [234, "|Ewe h6|/V", "f32"],
  [235, "|Ewe h7|/V", "f32"],
  [236, "|I h2|/A", "f32"],
  [237, "|I h3|/A", "f32"],
  [238, "|I h4|/A", "f32"],
  [239, "|I h5|/A", "f32"],
  [240, "|I h6|/A", "f32"],
  [241, "|I h7|/A", "f32"],
  [242, "|E2|/V", "f32"],
  [271, "Phase(Z1)/deg", "f32"],
  [272, "Phase(Z2)/deg", "f32"],
  [295, "I Range", "u16"],
  [301, "|Z1|/Ohm", "f32"],
  [302, "|Z2|/Ohm", "f32"],
  [326, "P/W", "f32"],
  [331, "Re(Z1)/Ohm", "f32"],
  [332, "Re(Z2)/Ohm", "f32"],
  [361, "-Im(Z1)/Ohm", "f32"],
  [362, "-Im(Z2)/Ohm", "f32"],
  [379, "Energy charge/W.h", "f64"],
  [380, "Energy discharge/W.h", "f64"],
  [391, "<E1>/V", "f32"],
  [392, "<E2>/V", "f32"],
  [422, "Phase(Zstack)/deg", "f32"],
  [423, "|Zstack|/Ohm", "f32"],
  [424, "Re(Zstack)/Ohm", "f32"],
  [425, "-Im(Zstack)/Ohm", "f32"],
  [426, "<Estack>/V", "f32"],
  [430, "Phase(Zwe-ce)/deg", "f32"],
  [431, "|Zwe-ce|/Ohm", "f32"],
  [432, "Re(Zwe-ce)/Ohm", "f32"],
  [433, "-Im(Zwe-ce)/Ohm", "f32"],
  [434, "(Q-Qo)/C", "f32"],
  [435, "dQ/C", "f32"],
  [438, "step time/s", "f64"],
  [441, "<Ecv>/V", "f32"],
  [462, "Temperature/°C", "f32"],
  [467, "Q charge/discharge/mA.h", "f64"],
  [468, "half cycle", "u32"],
  [469, "z cycle", "u32"],
  [471, "<Ece>/V", "f32"],
  [473, "THD Ewe/%", "f32"],
  [474, "THD I/%", "f32"],
  [475, "THD Ece/%", "f32"],
  [476, "NSD Ewe/%", "f32"],
  [477, "NSD I/%", "f32"],
  [478, "NSD Ece/%", "f32"],
  [479, "NSR Ewe/%", "f32"],
  [480, "NSR I/%", "f32"],
  [481, "NSR Ece/%", "f32"],
  [486, "|Ewe h2|/V", "f32"],
  [487, "|Ewe h3|/V", "f32"],
  [488, "|Ewe h4|/V", "f32"],
  [489, "|Ewe h5|/V", "f32"],
  [490, "|Ewe h6|/V", "f32"],
  [491, "|Ewe h7|/V", "f32"],
  [492, "|I h2|/A", "f32"],
  [493, "|I h3|/A", "f32"],
  [494, "|I h4|/A", "f32"],
  [495, "|I h5|/A", "f32"],
  [496, "|I h6|/A", "f32"],
  [497, "|I h7|/A", "f32"],
  [498, "Q charge/mA.h", "f64"],
  [499, "Q discharge/mA.h", "f64"],
  [500, "step time/s", "f64"],
  [501, "Efficiency/%", "f64"],
  [502, "Capacity/mA.h", "f64"],
  [504, "Rac/Ohm", "f32"],
  [505, "Rdc/Ohm", "f32"],
  [509, "Acir/Dcir Control", "u8"],
];

/**
 * The `.mpr` data-column table: column ID → header (as in `.mpt` exports) and storage type.
 * Covers every ID of the research notes (§2.1) and the union of galvani's and yadg's tables
 * (IDs 4–509, including the +256 aliases such as 467 ≡ 211, 468 ≡ 212, 326 ≡ 70). IDs are kept
 * explicit for both ranges because the "ID mod 256" rule is not universal (498/499).
 *
 * @example
 * MPR_COLUMNS.get(6); // { header: "Ewe/V", dtype: "f32" }
 */
export const MPR_COLUMNS: ReadonlyMap<number, MprColumnDef> = new Map(
  ENTRIES.map(([id, header, dtype]) => [id, { header, dtype }]),
);
