/**
 * @lmb/kinetics — Tafel, Butler–Volmer (electrode and symmetric cell), Arrhenius, Randles–Sevcik, conductivity and capacity fade.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/kinetics";
