import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { ByteReader } from "../binary/ByteReader.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { readZip } from "../xlsx/readZip.js";
import { decodeXml } from "../xlsx/xmlText.js";
import { localIso } from "./bytesSearch.js";
import { alignAux, mergeRunInfo, mergeSteps } from "./mergeNdax.js";
import {
  describeProgram,
  type NewareStepFile,
  type NewareTestInfo,
  parseStepFile,
  parseTestInfo,
  parseVersionInfo,
} from "./ndaxXml.js";
import { decodeNdcAux } from "./ndcAux.js";
import { decodeNdcMain, NDC_MAIN_VERSIONS } from "./ndcMain.js";
import { decodeNdcRunInfo } from "./ndcRunInfo.js";
import { decodeNdcSteps } from "./ndcStep.js";
import { newareDataset } from "./newareDataset.js";
import type { NewareRecords } from "./newareRecords.js";

/** Decoded `.ndax` contents: merged records plus the archive's XML metadata. */
export interface DecodedNdax {
  records: NewareRecords;
  /** ndc version of data.ndc (byte 2). */
  ndcVersion: number;
  testInfo?: NewareTestInfo;
  stepFile?: NewareStepFile;
  version: { server?: string; client?: string };
  /** Number of aux channel files in the archive. */
  auxFiles: number;
  warnings: { code: `W_${string}`; message: string; offset?: number }[];
}

const AUX_NAME = /(?:^|\/)data_AUX_(\d+)_(\d+)_(\d+)\.ndc$/;
const TEMPERATURE_TYPE = 103;

function ndcHeader(bytes: Uint8Array, name: string, source: string | undefined) {
  const reader = new ByteReader(bytes, source === undefined ? name : `${source}!${name}`);
  reader.need(0, 3, `${name} header`);
  return { reader, fileType: bytes[0] as number, version: bytes[2] as number };
}

function unsupported(source: string | undefined, name: string, version: number): never {
  throw new LmbError(
    "E_UNSUPPORTED_VERSION",
    `${name} is ndc version ${version}, which lmb does not read (it reads ${NDC_MAIN_VERSIONS.join(", ")})`,
    {
      location: { source: source === undefined ? name : `${source}!${name}`, offset: 2 },
      fix: "export the data from BTSDA as CSV, or report the file so the layout can be added",
    },
  );
}

/**
 * Decodes a Neware `.ndax` (BTS 8+, a ZIP archive): `data.ndc` (voltage/current, or full records
 * in ndc 2/5), merged with `data_runInfo.ndc` (times, capacities, energies; points it lacks are
 * extrapolated with `dt`), `data_step.ndc` (cycle, step index, step type) and the first
 * temperature aux channel (`data_AUX_<RealChlID>_<ChlType−100>_<AuxID>.ndc`, matched to
 * TestInfo.xml; ChlType 103 = temperature); Step.xml, TestInfo.xml and VersionInfo.xml for
 * metadata. ndc versions 2, 5, 8, 9, 11–14, 16, 17 (2, 5, 14, 17 checked against fixtures and
 * BTSDA exports). Layouts from fastnda (BSD-3) and the research notes §2.3.
 *
 * @throws LmbError `E_FORMAT` (not a ZIP, no data.ndc, missing runInfo), `E_UNSUPPORTED_VERSION`,
 * `E_TRUNCATED`.
 * @example
 * const { records, ndcVersion } = decodeNdax(bytes, "run.ndax");
 */
export function decodeNdax(bytes: Uint8Array, source?: string, maxBytes?: number): DecodedNdax {
  const entries = readZip(bytes, {
    ...(source === undefined ? {} : { source }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
    include: (name) =>
      /(?:^|\/)(data|data_runInfo|data_step)\.ndc$/.test(name) ||
      AUX_NAME.test(name) ||
      /(?:^|\/)(Step|TestInfo|VersionInfo)\.xml$/.test(name),
  });
  const find = (base: string): [string, Uint8Array] | undefined => {
    for (const [name, data] of entries)
      if (name === base || name.endsWith(`/${base}`)) return [name, data];
    return undefined;
  };
  const location = source === undefined ? {} : { location: { source } };
  const data = find("data.ndc");
  if (data === undefined) {
    throw new LmbError("E_FORMAT", "the archive has no data.ndc, so it is not a Neware .ndax", {
      ...location,
      fix: "check that the file is a Neware .ndax (BTS 8 or later)",
    });
  }
  const warnings: DecodedNdax["warnings"] = [];
  const main = ndcHeader(data[1], "data.ndc", source);
  if (main.fileType !== 1)
    main.reader.formatError(0, `data.ndc has file type ${main.fileType}, not 1 (data)`);
  const decoded = decodeNdcMain(main.reader, main.version);
  if (decoded === undefined) unsupported(source, "data.ndc", main.version);
  const records = decoded.records;
  if (decoded.trailingBytes !== 0) {
    warnings.push({
      code: "W_TRUNCATED",
      message: `data.ndc ends with ${decoded.trailingBytes} bytes that do not fill a page; they were ignored`,
    });
  }
  if (decoded.unknownRanges.length > 0) {
    warnings.push({
      code: "W_UNKNOWN_RANGE",
      message: `current range codes ${decoded.unknownRanges.join(", ")} are not in lmb's table; scaled like the nearest known range`,
    });
  }
  if (!decoded.complete) {
    const info = find("data_runInfo.ndc");
    if (info === undefined) {
      throw new LmbError(
        "E_FORMAT",
        `the archive has no data_runInfo.ndc, which ndc version ${main.version} needs for times and capacities`,
        { ...location, fix: "export the data from BTSDA as CSV" },
      );
    }
    const runInfo = ndcHeader(info[1], "data_runInfo.ndc", source);
    const rows = decodeNdcRunInfo(runInfo.reader, runInfo.version);
    if (rows === undefined) unsupported(source, "data_runInfo.ndc", runInfo.version);
    mergeRunInfo(records, rows);
    const stepEntry = find("data_step.ndc");
    if (stepEntry !== undefined) {
      const stepHeader = ndcHeader(stepEntry[1], "data_step.ndc", source);
      const steps = decodeNdcSteps(stepHeader.reader, stepHeader.version);
      if (steps === undefined) {
        warnings.push({
          code: "W_SKIPPED_FILE",
          message: `data_step.ndc version ${stepHeader.version} is not read; no cycle/step columns`,
        });
      } else mergeSteps(records, steps);
    }
  }
  const xml = (name: string): string | undefined => {
    const entry = find(name);
    return entry === undefined ? undefined : decodeXml(entry[1]);
  };
  const testInfoXml = xml("TestInfo.xml");
  const stepXml = xml("Step.xml");
  const versionXml = xml("VersionInfo.xml");
  const testInfo = testInfoXml === undefined ? undefined : parseTestInfo(testInfoXml);
  const stepFile = stepXml === undefined ? undefined : parseStepFile(stepXml);
  const version = versionXml === undefined ? {} : parseVersionInfo(versionXml);

  // Aux: pick the first temperature channel.
  const auxEntries = [...entries]
    .map(([name, bytes]) => ({ name, bytes, m: AUX_NAME.exec(name) }))
    .filter((e) => e.m !== null)
    .map((e) => ({ ...e, key: (e.m as RegExpExecArray).slice(1, 4).map(Number) }))
    .sort(
      (a, b) =>
        (a.key[0] as number) - (b.key[0] as number) ||
        (a.key[1] as number) - (b.key[1] as number) ||
        (a.key[2] as number) - (b.key[2] as number),
    );
  for (const [position, aux] of auxEntries.entries()) {
    const [real, typeCode] = aux.key as [number, number, number];
    const described =
      testInfo?.aux.find((a) => a.realChannel === real && a.channelType - 100 === typeCode) ??
      testInfo?.aux[position];
    const channelType = described?.channelType ?? typeCode + 100;
    const header = ndcHeader(aux.bytes, aux.name, source);
    const decodedAux = decodeNdcAux(header.reader, header.version);
    if (decodedAux === undefined) {
      warnings.push({
        code: "W_SKIPPED_FILE",
        message: `${aux.name} (ndc version ${header.version}) has an aux layout lmb does not read`,
      });
      continue;
    }
    const temperature = alignAux(records, decodedAux, (a) =>
      a.temperature?.some((t) => t !== 0)
        ? a.temperature
        : channelType === TEMPERATURE_TYPE
          ? a.value
          : undefined,
    );
    if (temperature !== undefined) {
      records.temperature = temperature;
      break;
    }
  }
  return {
    records,
    ndcVersion: main.version,
    ...(testInfo === undefined ? {} : { testInfo }),
    ...(stepFile === undefined ? {} : { stepFile }),
    version,
    auxFiles: auxEntries.length,
    warnings,
  };
}

/**
 * Reads a Neware `.ndax` into a cycling dataset (see {@link decodeNdax}; columns as described at
 * `newareDataset`). Metadata: start time (TestInfo.xml, else the first record's clock), program
 * name (`technique`), program steps (`notes.program`), active mass (Step.xml `SCQ`), BTS versions.
 *
 * @example
 * const data = readNdax(bytes, { fileName: "run.ndax" });
 * data.metadata.formatVersion; // "ndc 17"
 */
export function readNdax(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const source = options.fileName;
  const d = decodeNdax(bytes, source, options.maxBytes);
  const startTime =
    d.testInfo?.startTime ??
    (d.records.unixTime?.[0] === undefined ? undefined : localIso(d.records.unixTime[0]));
  const activeMass = options.activeMass ?? d.stepFile?.activeMass;
  const notes: Record<string, string | number> = {};
  if (d.stepFile && d.stepFile.steps.length > 0) notes.program = describeProgram(d.stepFile.steps);
  if (d.version.client) notes.client = d.version.client;
  if (d.testInfo?.currentRange !== undefined) notes.currentRange_mA = d.testInfo.currentRange;
  if (d.auxFiles > 0) notes.auxFiles = d.auxFiles;
  notes.capacityReset = "per step (Neware); capacity = charge − discharge";
  return newareDataset(d.records, {
    metadata: {
      format: "neware-ndax",
      formatVersion: `ndc ${d.ndcVersion}`,
      instrument: d.version.server ?? "Neware BTS",
      ...(source === undefined ? {} : { sourceFile: source }),
      ...(startTime === undefined ? {} : { startTime }),
      ...(d.testInfo?.stepName === undefined ? {} : { technique: d.testInfo.stepName }),
      ...(activeMass === undefined ? {} : { activeMass }),
      ...(options.area === undefined ? {} : { area: options.area }),
      notes,
    },
    warnings: d.warnings,
  });
}
