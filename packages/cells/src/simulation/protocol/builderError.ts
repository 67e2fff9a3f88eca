import { LmbError } from "@lmb/errors";
import { PROTOCOL_INVALID_ERROR } from "./protocolError.js";

/** An `E_PROTOCOL_INVALID` error for a builder option (`options.<name>`). */
export function invalidOption(name: string, problem: string, fix: string): LmbError {
  return new LmbError(PROTOCOL_INVALID_ERROR, problem, {
    location: { source: `options.${name}` },
    fix,
  });
}

/** Checks that `options[name]` is a positive finite number. */
export function requirePositive(name: string, value: unknown, unit: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0)
    throw invalidOption(
      name,
      `${name} must be a positive number (${unit}), got ${String(value)}`,
      `give ${name} in ${unit}, above zero`,
    );
  return value;
}

/** Checks that `options[name]` is a whole number ≥ 1. */
export function requireCount(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1)
    throw invalidOption(
      name,
      `${name} must be a whole number ≥ 1, got ${String(value)}`,
      `give ${name} as 1, 2, 3, …`,
    );
  return value;
}
