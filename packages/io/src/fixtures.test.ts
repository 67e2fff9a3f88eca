import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isLmbError } from "@lmb/errors";
import type { Dataset } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { enableNodeReaders } from "./node.js";
import { readBytes } from "./read.js";

// Every file in <repo>/../shared/data/{cycling,eis} must have an expectation here, so a new
// fixture cannot be skipped silently. Point counts are those SOURCES.md gives (or, where it gives
// lines or nothing, the table's data rows counted in the file); per-format value checks live in
// each reader's own tests.

// .res files need the Node-only MS Access reader.
enableNodeReaders();
const DATA = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));

type Expectation =
  | { format: string; kind: Dataset["kind"]; points: number }
  | { error: string; because: string };

const EXPECTED: Record<string, Expectation> = {
  "cycling/battery-data-format/GCPL-0.mpr": { format: "biologic-mpr", kind: "cycling", points: 4 },
  "cycling/battery-data-format/MB-0.mpr": { format: "biologic-mpr", kind: "cycling", points: 2 },
  "cycling/battery-data-format/MB-1.mpr": { format: "biologic-mpr", kind: "cycling", points: 13 },
  "cycling/battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv": {
    format: "landt-csv",
    kind: "cycling",
    points: 25162,
  },
  "cycling/battery-data-format/filetype14-0.ndax": {
    format: "neware-ndax",
    kind: "cycling",
    points: 67,
  },
  "cycling/battery-data-format/mits7-0.res.gz": { format: "arbin-res", kind: "cycling", points: 8 },
  "cycling/beep/2017-05-09_test-TC-contact_CH33.csv": {
    format: "csv",
    kind: "cycling",
    points: 287,
  },
  "cycling/beep/2017-05-09_test-TC-contact_CH33_Metadata.csv": {
    error: "E_NO_DATA",
    because: "BEEP metadata companion",
  },
  "cycling/beep/FastCharge_000025_CH8.csv": { format: "csv", kind: "cycling", points: 248 },
  "cycling/beep/FastCharge_000025_CH8_Metadata.csv": {
    error: "E_NO_DATA",
    because: "BEEP metadata companion",
  },
  "cycling/beep/PredictionDiagnostics_000151_test.052": {
    format: "maccor-txt",
    kind: "cycling",
    points: 333,
  },
  "cycling/beep/maccor_test_file_4267-66-6519.041": {
    format: "maccor-txt",
    kind: "cycling",
    points: 74,
  },
  "cycling/beep/maccor_test_file_4267-66-6519.EDA0001.041": {
    format: "impedance-csv",
    kind: "impedance",
    points: 60,
  },
  "cycling/beep/test_Nova_Form-CH01-01_short.csv": {
    format: "novonix-csv",
    kind: "cycling",
    points: 3942,
  },
  "cycling/beep/test_Nova_Form-CH01-01_short_metadata.csv": {
    error: "E_NO_DATA",
    because: "Novonix summary companion",
  },
  "cycling/beep/test_loopsnewoutput_MB_CE1_short10k.csv": {
    format: "biologic-mpt",
    kind: "cycling",
    points: 9999,
  },
  "cycling/beep/test_loopsnewoutput_MB_CE1_short10k.mpl": {
    error: "E_NO_DATA",
    because: "BT-Lab log file",
  },
  "cycling/biologic-converter/jdb11-1.mps": { error: "E_NO_DATA", because: "EC-Lab settings" },
  "cycling/biologic-converter/jdb11-4.mpr": {
    format: "biologic-mpr",
    kind: "cycling",
    points: 38189,
  },
  "cycling/biologic-converter/jdb11-4.mps": { error: "E_NO_DATA", because: "EC-Lab settings" },
  "cycling/biologic-converter/test.mpr": {
    format: "biologic-mpr",
    kind: "transient",
    points: 4501,
  },
  "cycling/biologic-converter/test.mps": { error: "E_NO_DATA", because: "EC-Lab settings" },
  "cycling/cellpy/20160805_test001_45_cc_01.res": {
    format: "arbin-res",
    kind: "cycling",
    points: 10261,
  },
  "cycling/cellpy/20260302_IFE_BTS85_2_9_8_1.ndax": {
    format: "neware-ndax",
    kind: "cycling",
    points: 252951,
  },
  "cycling/cellpy/Test25195.csv": { format: "pec-csv", kind: "cycling", points: 19 },
  "cycling/cellpy/batmo_bdf.csv": { format: "bdf-csv", kind: "cycling", points: 21206 },
  "cycling/cellpy/biol.mpr": { format: "biologic-mpr", kind: "cycling", points: 23561 },
  "cycling/cellpy/custom_data_001.csv": { format: "prime-csv", kind: "cycling", points: 2442 },
  "cycling/cellpy/maccor_002.txt": { format: "maccor-txt", kind: "cycling", points: 7446 },
  "cycling/cellpy/maccor_three.txt": { format: "maccor-txt", kind: "cycling", points: 4009 },
  // 214 rows, the last cut short mid-row: dropped with W_TRUNCATED.
  "cycling/cellpy/maccor_two.txt": { format: "maccor-txt", kind: "cycling", points: 213 },
  "cycling/cellpy/neware_uio.csv": { format: "neware-btsda-csv", kind: "cycling", points: 9065 },
  "cycling/cellpy/nw_regular_export_ife_example.csv": {
    format: "neware-btsda-csv",
    kind: "cycling",
    points: 9295,
  },
  "cycling/fastnda/21_10_7_85.ndax": { format: "neware-ndax", kind: "cycling", points: 141 },
  "cycling/fastnda/TESTCELL0001-Test_Data_Collection_Ndc17.ndax": {
    format: "neware-ndax",
    kind: "cycling",
    points: 80,
  },
  "cycling/fastnda/TestFile.nda.zip": { format: "neware-nda", kind: "cycling", points: 6670 },
  "cycling/fastnda/interp-test.csv": { format: "neware-btsda-csv", kind: "cycling", points: 333 },
  "cycling/fastnda/interp-test.ndax": { format: "neware-ndax", kind: "cycling", points: 333 },
  "cycling/fastnda/nda_v22.nda.zip": { format: "neware-nda", kind: "cycling", points: 1380 },
  "cycling/fastnda/nw4-120-1-6-53.ndax": { format: "neware-ndax", kind: "cycling", points: 18700 },
  "cycling/ixdat/Pt_poly_cv_CUT.mpt": { format: "biologic-mpt", kind: "voltammogram", points: 223 },
  "cycling/navani/00_test_01_OCV_C01.mpr": { format: "biologic-mpr", kind: "cycling", points: 2 },
  "cycling/navani/00_test_02_MB_C01.mpr": { format: "biologic-mpr", kind: "cycling", points: 11 },
  "cycling/navani/00_test_04_MB_C01.mpr": { format: "biologic-mpr", kind: "cycling", points: 1501 },
  "cycling/navani/arbin_example.res": { format: "arbin-res", kind: "cycling", points: 2150 },
  "cycling/navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx": {
    format: "arbin-xlsx",
    kind: "cycling",
    points: 4526,
  },
  "cycling/navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr": {
    format: "biologic-mpr",
    kind: "cycling",
    points: 46102,
  },
  "cycling/navani/test.nda": { format: "neware-nda", kind: "cycling", points: 439 },
  "cycling/navani/test.ndax": { format: "neware-ndax", kind: "cycling", points: 1464 },
  "eis/hybrid-drt/EISGALV_EISTest3.DTA": { format: "gamry-dta", kind: "impedance", points: 71 },
  "eis/hybrid-drt/PEIS_LPSCl_IonBlocking_-25C.txt": {
    format: "biologic-mpt",
    kind: "impedance",
    points: 79,
  },
  "eis/hybrid-drt/PEIS_LPSCl_IonBlocking_-25C_RelaxIS.txt": {
    format: "impedance-csv",
    kind: "impedance",
    points: 79,
  },
  "eis/hybrid-drt/PEIS_SSB.derived.csv": { format: "impedance-csv", kind: "impedance", points: 89 },
  "eis/hybrid-drt/PEIS_SSB.mpr": { format: "biologic-mpr", kind: "impedance", points: 89 },
  "eis/hybrid-drt/sample_info.txt": { error: "E_FORMAT", because: "upstream notes, not data" },
  "eis/impedance.py/exampleData.csv": { format: "impedance-csv", kind: "impedance", points: 66 },
  "eis/impedance.py/exampleDataAutolab.txt": { format: "zview-z", kind: "impedance", points: 41 },
  "eis/impedance.py/exampleDataBioLogic.mpt": {
    format: "biologic-mpt",
    kind: "impedance",
    points: 43,
  },
  "eis/impedance.py/exampleDataCHInstruments.txt": {
    format: "chi-txt",
    kind: "impedance",
    points: 73,
  },
  "eis/impedance.py/exampleDataGamry.DTA": { format: "gamry-dta", kind: "impedance", points: 72 },
  "eis/impedance.py/exampleDataParstat.txt": {
    format: "impedance-csv",
    kind: "impedance",
    points: 31,
  },
  "eis/impedance.py/exampleDataPowersuite.txt": {
    format: "impedance-csv",
    kind: "impedance",
    points: 30,
  },
  "eis/impedance.py/exampleDataVersaStudio.par": {
    format: "versastudio-par",
    kind: "impedance",
    points: 61,
  },
  "eis/impedance.py/exampleDataZPlot.z": { format: "zview-z", kind: "impedance", points: 21 },
  "eis/pyDRTtools/LIB_data.txt": { format: "impedance-csv", kind: "impedance", points: 107 },
  "eis/pyDRTtools/LIB_data_2.txt": { format: "impedance-csv", kind: "impedance", points: 100 },
};

/** Reference exports and notes that are not instrument files. */
const NOT_INPUTS = /\.(md|parquet)$/i;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const FILES = ["cycling", "eis"]
  .flatMap((d) => walk(join(DATA, d)))
  .map((p) => relative(DATA, p).split("\\").join("/"))
  .filter((p) => !NOT_INPUTS.test(p))
  .sort();

describe("every shared fixture", () => {
  it("has an expectation (a new fixture must be added here)", () => {
    expect(FILES.filter((f) => EXPECTED[f] === undefined)).toEqual([]);
    expect(Object.keys(EXPECTED).filter((f) => !FILES.includes(f))).toEqual([]);
  });

  for (const file of FILES) {
    const expected = EXPECTED[file];
    if (expected === undefined) continue;
    const fileName = file.split("/").pop() as string;
    if ("error" in expected) {
      it(`${file} is refused with ${expected.error} (${expected.because})`, () => {
        try {
          readBytes(new Uint8Array(readFileSync(join(DATA, file))), { fileName });
          expect.unreachable();
        } catch (error) {
          expect(isLmbError(error) && error.code).toBe(expected.error);
          expect((error as Error).message).toContain(fileName);
        }
      });
      continue;
    }
    it(`${file} reads as ${expected.format} ${expected.kind}, ${expected.points} points`, () => {
      const data = readBytes(new Uint8Array(readFileSync(join(DATA, file))), { fileName });
      expect(data.metadata.format).toBe(expected.format);
      expect(data.kind).toBe(expected.kind);
      const first = Object.values(data.columns)[0] as Float64Array;
      expect(first.length).toBe(expected.points);
      expect(data.metadata.sourceFile).toBe(fileName);
    });
  }
});
