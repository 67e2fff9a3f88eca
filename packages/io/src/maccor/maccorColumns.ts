/** Where each quantity sits in a Maccor table header, and the unit the header names. */
export interface MaccorColumns {
  time?: { index: number; unit?: string };
  stepTime?: { index: number; unit?: string };
  current?: { index: number; unit: string };
  voltage?: { index: number; unit: string };
  capacity?: { index: number; unit: string };
  energy?: { index: number; unit: string };
  state?: number;
  cycle?: number;
  step?: number;
  stamp?: number;
  temperature?: { index: number; unit: string };
}

/** The unit in `Cap. [Ah]` or `Test (Sec)`, normalised (`sec` → `s`). */
function bracketUnit(header: string): string | undefined {
  const m = /[[(]\s*([^\])]+?)\s*[\])]\s*$/.exec(header);
  if (!m) return undefined;
  const unit = (m[1] as string).toLowerCase();
  if (unit === "sec" || unit === "s") return "s";
  if (unit === "min") return "min";
  if (unit === "hr" || unit === "h") return "h";
  return m[1];
}

function find(headers: readonly string[], pattern: RegExp): number {
  return headers.findIndex((h) => pattern.test(h.trim()));
}

/** `Amps`/`mAmps`, `Volts`/`mVolts`, `Amp-hr`/`mAmp-hr`, `Watt-hr`/`mWatt-hr` → SI-prefixed unit. */
function maccorWordUnit(word: string, base: "A" | "V" | "Ah" | "Wh"): string {
  return /^m/i.test(word.trim()) ? `m${base}` : base;
}

function quantity(
  headers: readonly string[],
  word: RegExp,
  named: RegExp,
  base: "A" | "V" | "Ah" | "Wh",
): { index: number; unit: string } | undefined {
  const byWord = find(headers, word);
  if (byWord >= 0) return { index: byWord, unit: maccorWordUnit(headers[byWord] as string, base) };
  const byName = find(headers, named);
  if (byName >= 0) {
    return { index: byName, unit: bracketUnit(headers[byName] as string) ?? base };
  }
  return undefined;
}

function timeColumn(
  headers: readonly string[],
  pattern: RegExp,
): { index: number; unit?: string } | undefined {
  const index = find(headers, pattern);
  if (index < 0) return undefined;
  const unit = bracketUnit(headers[index] as string);
  return unit === undefined ? { index } : { index, unit };
}

/**
 * Locates Maccor's columns in both header layouts: the raw export (`Rec#, Cyc#, Step,
 * TestTime | Test (Sec), StepTime | Step (Sec), Amp-hr, Watt-hr, Amps, Volts, State, ES,
 * DPt Time`, optionally with `m` prefixes) and the MaccorExport text layout (`Rec, Cycle P,
 * Cycle C, Step, TestTime, StepTime, Cap. [Ah], Ener. [Wh], Current [A], Voltage [V], Md, ES,
 * DPT Time`). Matching is case-insensitive on trimmed headers.
 *
 * @example
 * maccorColumns(["Rec#", "Cyc#", "Step", "Test (Sec)", "Amps", "Volts", "State"]).time; // { index: 3, unit: "s" }
 */
export function maccorColumns(headers: readonly string[]): MaccorColumns {
  const columns: MaccorColumns = {};
  const time = timeColumn(headers, /^(test\s*time|test)\s*([[(].*[\])])?$/i);
  if (time) columns.time = time;
  const stepTime = timeColumn(headers, /^(step\s*time\s*([[(].*[\])])?|step\s*[[(].*[\])])$/i);
  if (stepTime) columns.stepTime = stepTime;
  const current = quantity(headers, /^m?amps$/i, /^current\b/i, "A");
  if (current) columns.current = current;
  const voltage = quantity(headers, /^m?volts$/i, /^voltage\b/i, "V");
  if (voltage) columns.voltage = voltage;
  const capacity = quantity(headers, /^m?amp-?hr$/i, /^cap(acity)?\.?(\s|\[|$)/i, "Ah");
  if (capacity) columns.capacity = capacity;
  const energy = quantity(headers, /^m?watt-?hr$/i, /^ener(gy)?\.?(\s|\[|$)/i, "Wh");
  if (energy) columns.energy = energy;
  const state = find(headers, /^(state|md)$/i);
  if (state >= 0) columns.state = state;
  for (const pattern of [/^cycle\s*c$/i, /^cyc#$/i, /^cycle\s*p$/i, /^cycle$/i]) {
    const cycle = find(headers, pattern);
    if (cycle >= 0) {
      columns.cycle = cycle;
      break;
    }
  }
  const step = find(headers, /^step$/i);
  if (step >= 0) columns.step = step;
  const stamp = find(headers, /^dpt\s*time$/i);
  if (stamp >= 0) columns.stamp = stamp;
  const temperature = find(headers, /^temp(erature)?\s*\d*\b/i);
  if (temperature >= 0) {
    columns.temperature = {
      index: temperature,
      unit: bracketUnit(headers[temperature] as string) ?? "°C",
    };
  }
  return columns;
}
