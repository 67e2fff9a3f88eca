import { DATASET_COLUMNS, type DatasetKind } from "@lmb/schemas";

/**
 * The required columns of `kind` missing from `keys`, with the kinds' alternatives: a current
 * transient may derive current from a current density (given an area), a conductivity series
 * needs conductivity or resistance.
 *
 * @example
 * missingColumns("cycling", new Set(["time", "voltage"])); // ["current"]
 */
export function missingColumns(kind: DatasetKind, keys: ReadonlySet<string>): string[] {
  const missing = Object.entries(DATASET_COLUMNS[kind])
    .filter(([key, spec]) => spec.required && !keys.has(key))
    .map(([key]) => key);
  if (kind === "transient" && keys.has("currentDensity")) {
    return missing.filter((k) => k !== "current");
  }
  if (kind === "conductivity" && !keys.has("conductivity") && !keys.has("resistance")) {
    missing.push("conductivity or resistance");
  }
  return missing;
}
