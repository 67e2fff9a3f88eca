/**
 * EC-Lab technique codes: the byte at offset 0 of the `.mpr` settings module → short name.
 * Sources: yadg `technique_params_dtypes` (eclab techniques), research notes §2.1 (4 GCPL,
 * 11 OCV, 24 CA, 25 CP, 28 WAIT, 127 Modulo Bat seen in fixtures).
 */
export const MPR_TECHNIQUES: ReadonlyMap<number, string> = new Map([
  [0x04, "GCPL"],
  [0x06, "CV"],
  [0x0b, "OCV"],
  [0x16, "MP"],
  [0x18, "CA"],
  [0x19, "CP"],
  [0x1c, "WAIT"],
  [0x1d, "PEIS"],
  [0x1e, "GEIS"],
  [0x30, "CV"],
  [0x32, "ZIR"],
  [0x33, "CVA"],
  [0x6c, "LSV"],
  [0x75, "coV"],
  [0x76, "coC"],
  [0x77, "GCPL"],
  [0x7f, "MB"],
]);

// Long technique titles as written on line 4 of an .mpt/.mpl header → short names.
const TITLES: readonly (readonly [RegExp, string])[] = [
  [/^galvanostatic cycling/i, "GCPL"],
  [/^modulo bat/i, "MB"],
  [/^open circuit voltage/i, "OCV"],
  [/^potentio electrochemical impedance/i, "PEIS"],
  [/^galvano electrochemical impedance/i, "GEIS"],
  [/^cyclic voltammetry advanced/i, "CVA"],
  [/^cyclic voltammetry/i, "CV"],
  [/^linear sweep voltammetry/i, "LSV"],
  [/^chronoamperometry/i, "CA"],
  [/^chronopotentiometry/i, "CP"],
  [/^wait/i, "WAIT"],
  [/^constant current/i, "CC"],
  [/^constant voltage/i, "CV-hold"],
];

/**
 * Short technique name for an EC-Lab/BT-Lab technique title (`"Cyclic Voltammetry Advanced"` →
 * `"CVA"`), or `undefined` when the title is not one lmb knows.
 *
 * @example
 * techniqueFromTitle("Galvanostatic Cycling with Potential Limitation"); // "GCPL"
 */
export function techniqueFromTitle(title: string): string | undefined {
  const trimmed = title.trim();
  for (const [pattern, name] of TITLES) if (pattern.test(trimmed)) return name;
  return undefined;
}

/**
 * The dataset kind a technique produces when the caller does not ask for one: impedance for
 * PEIS/GEIS, a voltammogram for CV/CVA/LSV, a current transient for CA, cycling otherwise
 * (GCPL, MB, OCV, CP, WAIT and unknown techniques).
 *
 * @example
 * defaultKindForTechnique("PEIS"); // "impedance"
 */
export function defaultKindForTechnique(
  technique: string | undefined,
): "cycling" | "impedance" | "voltammogram" | "transient" {
  switch (technique) {
    case "PEIS":
    case "GEIS":
      return "impedance";
    case "CV":
    case "CVA":
    case "LSV":
      return "voltammogram";
    case "CA":
      return "transient";
    default:
      return "cycling";
  }
}
