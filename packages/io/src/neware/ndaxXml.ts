import { xmlAttributes } from "../xlsx/xmlText.js";
import { NEWARE_STEP_TYPES } from "./stepTypes.js";

/** What TestInfo.xml says about the test. */
export interface NewareTestInfo {
  /** Start, ISO 8601 local time (`2026-02-27T11:17:33`). */
  startTime?: string;
  /** Program (step file) name. */
  stepName?: string;
  /** Channel current range, mA (`CurrRange`). */
  currentRange?: number;
  /** Auxiliary channels in TestInfo order. */
  aux: { auxId: number; realChannel: number; channelType: number }[];
}

/** One program step of Step.xml. Units converted: mA, V, s. */
export interface NewareProgramStep {
  id: number;
  type: number;
  typeName: string;
  current?: number;
  voltage?: number;
  stopVoltage?: number;
  stopCurrent?: number;
  duration?: number;
}

/** What Step.xml says: program steps and active mass. */
export interface NewareStepFile {
  steps: NewareProgramStep[];
  /** Active mass, kg (`Head_Info/SCQ`, stored in µg). */
  activeMass?: number;
}

const number = (text: string | undefined): number | undefined => {
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
};

/**
 * Reads TestInfo.xml (`config/TestInfo` attributes `StartTime`, `StepName`, `CurrRange` and the
 * `Aux<n>` children with `AuxID`, `RealChlID`, `ChlType`; ChlType 103 is temperature).
 *
 * @example
 * parseTestInfo(xml).startTime; // "2026-02-27T11:17:33"
 */
export function parseTestInfo(xml: string): NewareTestInfo {
  const out: NewareTestInfo = { aux: [] };
  const tag = /<TestInfo\b([^>]*)>/.exec(xml);
  if (tag === null) return out;
  const a = xmlAttributes(tag[1] as string);
  const start = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(
    a.StartTime?.trim() ?? "",
  );
  if (start !== null) {
    const [, y, mo, d, h, mi, s] = start;
    out.startTime = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  }
  if (a.StepName !== undefined && a.StepName !== "") out.stepName = a.StepName;
  const range = number(a.CurrRange);
  if (range !== undefined) out.currentRange = range;
  for (const m of xml.matchAll(/<Aux\d+\b([^>]*)\/?>/g)) {
    const aux = xmlAttributes(m[1] as string);
    out.aux.push({
      auxId: number(aux.AuxID) ?? 0,
      realChannel: number(aux.RealChlID) ?? 0,
      channelType: number(aux.ChlType) ?? 0,
    });
  }
  return out;
}

/**
 * Reads VersionInfo.xml: server and client versions (`ZwjVersion` `SvrVer`, `CurrClientVer`).
 *
 * @example
 * parseVersionInfo(xml).server; // "BTSServer(R3)-8.0.4.546 (2025.11.24)"
 */
export function parseVersionInfo(xml: string): { server?: string; client?: string } {
  const tag = /<ZwjVersion\b([^>]*)>/.exec(xml);
  if (tag === null) return {};
  const a = xmlAttributes(tag[1] as string);
  return {
    ...(a.SvrVer ? { server: a.SvrVer } : {}),
    ...(a.CurrClientVer ? { client: a.CurrClientVer } : {}),
  };
}

/**
 * Reads Step.xml: the program steps (`Step_Info/Step<n>` with `Step_ID`, `Step_Type` and
 * `Limit/Main` values — `Curr` mA, `Volt`/`Stop_Volt` 0.1 mV, `Stop_Curr` mA, `Time` ms) and the
 * active mass `Head_Info/SCQ` (µg; fastnda reads it as mass/1000 mg). Source: research notes
 * §2.3 (units observed in the fixtures).
 *
 * @example
 * parseStepFile(xml).steps[1]; // { id: 2, type: 1, typeName: "CC Chg", current: 63, stopVoltage: 1.5 }
 */
export function parseStepFile(xml: string): NewareStepFile {
  const out: NewareStepFile = { steps: [] };
  const head = /<Head_Info>([\s\S]*?)<\/Head_Info>/.exec(xml)?.[1] ?? "";
  const scq = /<SCQ\b([^>]*)\/?>/.exec(head);
  const mass = scq === null ? undefined : number(xmlAttributes(scq[1] as string).Value);
  if (mass !== undefined && mass > 0) out.activeMass = mass * 1e-9;
  for (const m of xml.matchAll(/<Step(\d+)\b([^>]*)>([\s\S]*?)<\/Step\1>/g)) {
    const a = xmlAttributes(m[2] as string);
    const id = number(a.Step_ID);
    const type = number(a.Step_Type);
    if (id === undefined || type === undefined) continue;
    const step: NewareProgramStep = {
      id,
      type,
      typeName: NEWARE_STEP_TYPES[type] ?? `type ${type}`,
    };
    const main = /<Limit>[\s\S]*?<Main>([\s\S]*?)<\/Main>/.exec(m[3] as string)?.[1] ?? "";
    const value = (name: string): number | undefined => {
      const v = new RegExp(`<${name}\\b([^>]*)/?>`).exec(main);
      return v === null ? undefined : number(xmlAttributes(v[1] as string).Value);
    };
    const current = value("Curr");
    const voltage = value("Volt");
    const stopVoltage = value("Stop_Volt");
    const stopCurrent = value("Stop_Curr");
    const duration = value("Time");
    if (current !== undefined) step.current = current;
    if (voltage !== undefined) step.voltage = voltage / 10000;
    if (stopVoltage !== undefined) step.stopVoltage = stopVoltage / 10000;
    if (stopCurrent !== undefined) step.stopCurrent = stopCurrent;
    if (duration !== undefined) step.duration = duration / 1000;
    out.steps.push(step);
  }
  return out;
}

/**
 * One line per program step, for the dataset notes: `2 CC Chg 63 mA → 1.5 V`.
 *
 * @example
 * describeProgram(parseStepFile(xml).steps); // "1 Control; 2 CC Chg 63 mA → 1.5 V; …"
 */
export function describeProgram(steps: readonly NewareProgramStep[]): string {
  return steps
    .map((s) => {
      const parts = [`${s.id} ${s.typeName}`];
      if (s.current !== undefined) parts.push(`${s.current} mA`);
      if (s.voltage !== undefined) parts.push(`at ${s.voltage} V`);
      if (s.stopVoltage !== undefined) parts.push(`→ ${s.stopVoltage} V`);
      if (s.stopCurrent !== undefined) parts.push(`→ ${s.stopCurrent} mA`);
      if (s.duration !== undefined) parts.push(`≤ ${s.duration} s`);
      return parts.join(" ");
    })
    .join("; ");
}
