/**
 * Elementary charge e, in C. Exact by the 2019 SI definition.
 * Source: CODATA 2018 (Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021)); NIST SP 330.
 *
 * @example
 * ELEMENTARY_CHARGE; // 1.602176634e-19
 */
export const ELEMENTARY_CHARGE = 1.602176634e-19;

/**
 * Avogadro constant N_A, in mol⁻¹. Exact by the 2019 SI definition.
 * Source: CODATA 2018; NIST SP 330.
 *
 * @example
 * AVOGADRO_CONSTANT; // 6.02214076e23
 */
export const AVOGADRO_CONSTANT = 6.02214076e23;

/**
 * Boltzmann constant k_B, in J K⁻¹. Exact by the 2019 SI definition.
 * Source: CODATA 2018; NIST SP 330.
 *
 * @example
 * BOLTZMANN_CONSTANT; // 1.380649e-23
 */
export const BOLTZMANN_CONSTANT = 1.380649e-23;

/**
 * Faraday constant F = e·N_A, in C mol⁻¹: 96485.33212331001… (exact, CODATA 2018; the
 * CODATA table rounds it to 96485.33212).
 *
 * @example
 * FARADAY_CONSTANT; // 96485.33212331001
 */
export const FARADAY_CONSTANT = ELEMENTARY_CHARGE * AVOGADRO_CONSTANT;

/**
 * Molar gas constant R = N_A·k_B, in J mol⁻¹ K⁻¹: 8.31446261815324 (exact, CODATA 2018;
 * tabulated as 8.314462618).
 *
 * @example
 * GAS_CONSTANT; // 8.31446261815324
 */
export const GAS_CONSTANT = AVOGADRO_CONSTANT * BOLTZMANN_CONSTANT;

/**
 * Standard temperature of electrochemical data, 298.15 K (25 °C; IUPAC standard state
 * convention). At this temperature RT/F = 25.693 mV.
 *
 * @example
 * (GAS_CONSTANT * STANDARD_TEMPERATURE) / FARADAY_CONSTANT; // 0.025692579…
 */
export const STANDARD_TEMPERATURE = 298.15;
