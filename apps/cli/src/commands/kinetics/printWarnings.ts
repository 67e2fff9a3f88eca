import type { KineticsWarning } from "@lmb/schemas";

/**
 * Warnings as text lines after a table ("warning W_CODE: message"), or "" when there are none.
 *
 * @example printWarnings([{ code: "W_CENSORED", message: "…" }]); // "warning W_CENSORED: …\n"
 */
export function printWarnings(warnings: readonly KineticsWarning[]): string {
  return warnings.map((w) => `warning ${w.code}: ${w.message}\n`).join("");
}
