/**
 * @lmb/io — Readers for cycler and potentiostat files (BioLogic, Neware, Arbin, Maccor, Landt, CSV) into schema datasets.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/io";
