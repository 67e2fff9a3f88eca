import fc from "fast-check";

/**
 * Families of units of one dimension each, as researchers write them; the property tests
 * draw conversions inside a family (test helper, not exported from the package).
 */
export const UNIT_FAMILIES: readonly (readonly string[])[] = [
  ["A m-2", "mA cm-2", "mA/cm2", "µA cm⁻²", "A/cm2", "mA mm-2"],
  ["C m-2", "mAh cm-2", "mA h cm^-2", "µAh/cm2", "Ah m-2", "C/cm2"],
  ["m", "µm", "um", "nm", "cm", "mm", "Å"],
  ["S m-1", "mS cm-1", "S/cm", "µS cm⁻¹", "mS/mm"],
  ["J mol-1", "kJ mol-1", "kJ/mol", "kcal/mol", "eV"],
  ["K", "°C", "degC", "mK"],
  ["s", "h", "min", "ms", "d"],
  ["mol m-3", "M", "mM", "mol L-1", "mmol/mL"],
  ["Ω m2", "Ω cm²", "ohm cm2", "kOhm cm2", "mΩ m^2"],
  ["C kg-1", "mAh/g", "Ah kg-1", "mAh g⁻¹", "C/g"],
  ["m2 s-1", "cm2 s-1", "cm²/s", "µm2/s"],
  ["V s-1", "mV s-1", "mV/s", "V/min"],
];

/** A family index and three units drawn from it. */
export const unitTriple = fc.integer({ min: 0, max: UNIT_FAMILIES.length - 1 }).chain((i) => {
  const family = UNIT_FAMILIES[i] as readonly string[];
  const pick = fc.constantFrom(...family);
  return fc.tuple(pick, pick, pick);
});

/** Finite doubles of laboratory size, both signs. */
export const labValue = fc.oneof(
  fc.double({ min: 1e-9, max: 1e9, noNaN: true }),
  fc.double({ min: -1e9, max: -1e-9, noNaN: true }),
  fc.constant(0),
);
