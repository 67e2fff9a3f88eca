import { LmbError } from "@lmb/errors";

/** Throws `E_NOT_FINITE` unless `value` is finite, `E_OUT_OF_RANGE` unless it is > 0 (or ≥ 0). */
export function requireValue(
  name: string,
  value: number,
  rule: "positive" | "nonNegative" | "finite",
): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new LmbError("E_NOT_FINITE", `${name} is ${String(value)}, not a finite number`, {
      fix: `give a finite ${name}`,
      details: { argument: name },
    });
  }
  if ((rule === "positive" && !(value > 0)) || (rule === "nonNegative" && !(value >= 0))) {
    throw new LmbError(
      "E_OUT_OF_RANGE",
      `${name} must be ${rule === "positive" ? "> 0" : "≥ 0"}, got ${value}`,
      {
        fix: `give a ${rule === "positive" ? "positive" : "non-negative"} ${name}`,
        details: { argument: name },
      },
    );
  }
}
