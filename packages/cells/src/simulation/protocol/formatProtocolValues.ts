import type { ProtocolCurrent, ProtocolStep, StepLimit } from "@lmb/schemas";

/** A number with at most 12 significant digits, shortest form (`0.5`, `1e-7`). */
export function formatProtocolNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * A current as protocol text: a density in mA cm⁻² (SI A m⁻² ÷ 10), a current in mA below 1 A
 * and in A above, a C-rate as `C/n` when 1/n is the rate to rounding, else `2C` (so the text
 * reads back to the same number: C/602839 is not 1.65881769e-6 C).
 *
 * @example formatProtocolCurrent({ kind: "density", value: 5 }); // "0.5 mA cm-2"
 */
export function formatProtocolCurrent(current: ProtocolCurrent): string {
  const v = current.value;
  if (current.kind === "density") return `${formatProtocolNumber(v / 10)} mA cm-2`;
  if (current.kind === "current")
    return v < 1 ? `${formatProtocolNumber(v * 1000)} mA` : `${formatProtocolNumber(v)} A`;
  const inverse = 1 / v;
  const whole = Math.round(inverse);
  if (v < 1 && whole >= 2 && Math.abs(1 / whole - v) <= 4 * Number.EPSILON * v) return `C/${whole}`;
  return `${formatProtocolNumber(v)}C`;
}

/**
 * A duration as protocol text: whole hours in h, whole minutes in min, else s.
 *
 * @example formatProtocolDuration(600); // "10 min"
 */
export function formatProtocolDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${formatProtocolNumber(seconds)} s`;
}

/**
 * A limit as protocol text: `for 1 h`, `for 1 mAh cm-2` (C m⁻² ÷ 36 000), `for 1 mAh`
 * (C ÷ 3.6), `until 1 V`.
 *
 * @example formatProtocolLimit({ kind: "areal-capacity", value: 36000 }); // "for 1 mAh cm-2"
 */
export function formatProtocolLimit(limit: StepLimit): string {
  switch (limit.kind) {
    case "duration":
      return `for ${formatProtocolDuration(limit.seconds)}`;
    case "areal-capacity":
      return `for ${formatProtocolNumber(limit.value / 36_000)} mAh cm-2`;
    case "capacity":
      return `for ${formatProtocolNumber(limit.value / 3.6)} mAh`;
    case "voltage":
      return `until ${formatProtocolNumber(limit.volts)} V`;
  }
}

/** `plate` → `Plate`. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * One expanded step as protocol text (its cycle, tags and source are not written).
 *
 * @example formatProtocolStep(parseProtocol("Rest for 10 min").steps[0]); // "Rest for 10 min"
 */
export function formatProtocolStep(step: ProtocolStep): string {
  if (step.kind === "rest") return `Rest for ${formatProtocolDuration(step.seconds)}`;
  const limits = step.limits.map(formatProtocolLimit).join(" or ");
  return `${capitalize(step.direction)} at ${formatProtocolCurrent(step.current)} ${limits}`;
}
