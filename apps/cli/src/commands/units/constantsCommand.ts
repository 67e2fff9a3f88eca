import { Command } from "@commander-js/extra-typings";
import {
  type ConstantEntry,
  type ConstantsResult,
  ConstantsResultSchema,
  toQuantityJson,
} from "@lmb/schemas";
import {
  AVOGADRO_CONSTANT,
  BOLTZMANN_CONSTANT,
  ELEMENTARY_CHARGE,
  FARADAY_CONSTANT,
  formatQuantity,
  fromSI,
  GAS_CONSTANT,
  LITHIUM,
  STANDARD_TEMPERATURE,
} from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";

/** A row of the table: SI value, the unit to show it in, and where it comes from. */
type Row = [name: string, symbol: string, si: number, unit: string, source: string];

const CODATA = "CODATA 2018, exact (SI 2019)";

const CONSTANTS: Row[] = [
  ["elementary charge", "e", ELEMENTARY_CHARGE, "C", CODATA],
  ["Avogadro constant", "N_A", AVOGADRO_CONSTANT, "mol-1", CODATA],
  ["Boltzmann constant", "k_B", BOLTZMANN_CONSTANT, "J K-1", CODATA],
  ["Faraday constant", "F", FARADAY_CONSTANT, "C mol-1", `${CODATA}: F = e·N_A`],
  ["molar gas constant", "R", GAS_CONSTANT, "J mol-1 K-1", `${CODATA}: R = N_A·k_B`],
  ["standard temperature", "T°", STANDARD_TEMPERATURE, "K", "IUPAC standard state, 25 °C"],
];

const LITHIUM_FACTS: Row[] = [
  ["molar mass", "M", LITHIUM.molarMass, "g mol-1", "IUPAC 2013 conventional atomic weight"],
  ["density", "ρ", LITHIUM.density, "g cm-3", "solid Li at 293 K (CRC Handbook)"],
  ["gravimetric capacity", "F/M", LITHIUM.gravimetricCapacity, "mAh g-1", "derived: F/M"],
  ["volumetric capacity", "F·ρ/M", LITHIUM.volumetricCapacity, "mAh cm-3", "derived: F·ρ/M"],
  [
    "areal capacity per µm",
    "F·ρ/M",
    LITHIUM.volumetricCapacity,
    "mAh cm-2 um-1",
    "derived: 1 µm of dense Li",
  ],
  ["molar volume", "V_m", LITHIUM.molarVolume, "cm3 mol-1", "derived: M/ρ"],
  [
    "standard potential vs SHE",
    "E°",
    LITHIUM.standardPotential,
    "V",
    "Bard, Parsons & Jordan (1985)",
  ],
];

function entry([name, symbol, si, unit, source]: Row): ConstantEntry {
  return { name, symbol, quantity: toQuantityJson(fromSI(si, unit)), source };
}

function rows(entries: readonly Row[], significantDigits: number): string[][] {
  return entries.map(([name, symbol, si, unit, source]) => [
    name,
    symbol,
    formatQuantity(fromSI(si, unit), { significantDigits }),
    source,
  ]);
}

/**
 * `lmb units constants [--json]`: the physical constants (CODATA 2018, exact) and Li metal
 * facts lmb computes with, each with its source.
 *
 * @example
 * // lmb units constants
 * // Faraday constant  F  96485.33212 C mol⁻¹  CODATA 2018, exact (SI 2019): F = e·N_A
 */
export function constantsCommand(io: CliIo) {
  return new Command("constants")
    .description("print the physical constants and Li metal facts lmb uses, with sources")
    .addOption(jsonOption("ConstantsResult"))
    .action((options) => {
      const result: ConstantsResult = {
        constants: CONSTANTS.map(entry),
        lithium: LITHIUM_FACTS.map(entry),
      };
      writeResult(io, options.json, ConstantsResultSchema, result, () => {
        const constants = formatTable(rows(CONSTANTS, 11), "  ");
        const lithium = formatTable(rows(LITHIUM_FACTS, 5), "  ");
        return `Physical constants\n${constants}\nLithium metal\n${lithium}`;
      });
    });
}
