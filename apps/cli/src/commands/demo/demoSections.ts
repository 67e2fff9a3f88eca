import type { DemoProtocol, DemoSection } from "@lmb/schemas";
import { activationEnergySection } from "./sections/activationEnergySection.js";
import { conductivitySection } from "./sections/conductivitySection.js";
import { fullCellSection } from "./sections/fullCellSection.js";
import { lithiumInventorySection } from "./sections/lithiumInventorySection.js";
import { symmetricCyclingSection } from "./sections/symmetricCyclingSection.js";

/** Builds one section of the demo walkthrough from the protocol. */
export type DemoSectionBuilder = (protocol: DemoProtocol) => DemoSection;

/**
 * The sections of `lmb demo`, in order. To add one as a package lands: write
 * `sections/<name>Section.ts` (a {@link DemoSectionBuilder} returning a section with a new
 * kebab-case `id`), add any inputs it needs to `DemoProtocolSchema` and
 * `examples/demo-protocol.json`, and append it here.
 *
 * @example
 * const sections = DEMO_SECTIONS.map((build) => build(protocol));
 */
export const DEMO_SECTIONS: readonly DemoSectionBuilder[] = [
  lithiumInventorySection,
  symmetricCyclingSection,
  fullCellSection,
  conductivitySection,
  activationEnergySection,
];
