import { parseUnit } from "../parseUnit.js";
import type { Unit } from "../Unit.js";

const cache = new Map<string, Unit>();

/** A unit, parsing strings once (the cache keeps the last 256 spellings). */
export function resolveUnit(u: Unit | string): Unit {
  if (typeof u !== "string") return u;
  const hit = cache.get(u);
  if (hit) return hit;
  const unit = parseUnit(u);
  if (cache.size >= 256) cache.delete(cache.keys().next().value as string);
  cache.set(u, unit);
  return unit;
}
