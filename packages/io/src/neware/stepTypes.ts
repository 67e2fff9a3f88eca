/**
 * Neware step-type codes (the `Step_Type` of Step.xml and the status byte of records) → names
 * as BTSDA prints them. Source: fastnda `dicts.py` (BSD-3) and the research notes
 * (`shared/research/cycling.md` §2.3); 6 marks the end step in Step.xml.
 */
export const NEWARE_STEP_TYPES: Readonly<Record<number, string>> = {
  1: "CC Chg",
  2: "CC DChg",
  3: "CV Chg",
  4: "Rest",
  5: "Cycle",
  6: "End",
  7: "CCCV Chg",
  8: "CP DChg",
  9: "CP Chg",
  10: "CR DChg",
  13: "Pause",
  16: "Pulse",
  17: "SIM",
  18: "PCCCV Chg",
  19: "CV DChg",
  20: "CCCV DChg",
  21: "Control",
  22: "OCV",
  25: "Ramp",
  26: "CPCV DChg",
  27: "CPCV Chg",
};

const BY_NAME = new Map<string, number>(
  Object.entries(NEWARE_STEP_TYPES).map(([code, name]) => [normalizeStepType(name), Number(code)]),
);

function normalizeStepType(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_]+/g, "")
    .replace("pulsestep", "pulse");
}

/**
 * The step-type code of a name as BTSDA exports write it (`CC Chg`, `CC_DChg`, `CC Dchg`,
 * `Rest`); `NaN` for an unknown name.
 *
 * @example
 * stepTypeCode("CC Dchg"); // 2
 */
export function stepTypeCode(name: string): number {
  return BY_NAME.get(normalizeStepType(name)) ?? Number.NaN;
}
