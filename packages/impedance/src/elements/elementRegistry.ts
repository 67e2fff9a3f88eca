import { capacitor } from "./capacitor.js";
import { constantPhaseElement } from "./constantPhaseElement.js";
import type { ElementDefinition } from "./elementDefinition.js";
import { finiteGerischer } from "./finiteGerischer.js";
import { gerischer } from "./gerischer.js";
import { inductor } from "./inductor.js";
import { modifiedInductance } from "./modifiedInductance.js";
import { rcElement } from "./rcElement.js";
import { resistor } from "./resistor.js";
import { warburg } from "./warburg.js";
import { warburgOpen } from "./warburgOpen.js";
import { warburgShort } from "./warburgShort.js";
import { zarc } from "./zarc.js";

/**
 * Every built-in circuit element, by its type name in circuit strings (impedance.py's names):
 * R, C, L, CPE, W, Wo, Ws, G, Gs, La, K, Zarc.
 *
 * @example
 * CIRCUIT_ELEMENTS.CPE.parameters.map((p) => p.symbol); // ["Q", "alpha"]
 */
export const CIRCUIT_ELEMENTS: Readonly<Record<string, ElementDefinition>> = Object.freeze({
  R: resistor,
  C: capacitor,
  L: inductor,
  CPE: constantPhaseElement,
  W: warburg,
  Wo: warburgOpen,
  Ws: warburgShort,
  G: gerischer,
  Gs: finiteGerischer,
  La: modifiedInductance,
  K: rcElement,
  Zarc: zarc,
});

/**
 * The element definition for a type name, or undefined.
 *
 * @example
 * elementDefinition("Wo")?.title; // "finite-length Warburg, reflective (open) boundary"
 */
export function elementDefinition(type: string): ElementDefinition | undefined {
  return Object.hasOwn(CIRCUIT_ELEMENTS, type) ? CIRCUIT_ELEMENTS[type] : undefined;
}
