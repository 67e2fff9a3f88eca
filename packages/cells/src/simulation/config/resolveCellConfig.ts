import { LmbError } from "@lmb/errors";
import { type CellConfig, CellConfigSchema, parseWithSchema } from "@lmb/schemas";
import {
  area,
  areaSpecificResistance,
  concentration,
  conductivity,
  currentDensity,
  diffusionCoefficient,
  length,
  molarVolume,
  temperature,
  time,
  voltage,
} from "@lmb/units";
import {
  type InterphaseConductivity,
  interphaseElectronicConductivity,
} from "../interphase/interphaseElectronicConductivity.js";
import { createInterphaseGrowth, type InterphaseGrowth } from "../interphase/interphaseGrowth.js";
import { quantityField } from "./quantityField.js";
import { type ResolvedElectrode, resolveElectrode } from "./resolveElectrode.js";

/** What kind of cell a config describes. */
export type SimulatedCellKind = "symmetric" | "asymmetric" | "lithium-copper" | "full-cell";

/** A cell config in SI, checked, with the interphase growth law built. */
export interface ResolvedCell {
  kind: SimulatedCellKind;
  /** m². */
  area: number;
  /** K. */
  temperature: number;
  working: ResolvedElectrode;
  counter: ResolvedElectrode;
  electrolyte: {
    solid: boolean;
    /** Area-specific ohmic resistance L/σ, Ω m². */
    resistance: number;
    /** m. */
    thickness: number;
    /** Salt transport for concentration polarisation (liquid electrolytes that give all three). */
    transport?: { diffusivity: number; concentration: number; transferenceNumber: number };
  };
  interphase?: {
    /** m. */
    initialThickness: number;
    /** S m⁻¹. */
    ionicConductivity: number;
    /** S m⁻¹. */
    electronicConductivity: number;
    /** σ_e from the metal content, when it was computed. */
    percolation?: InterphaseConductivity;
    growth: InterphaseGrowth;
  };
  /** j0 (A m⁻²), α_a, α_c. */
  kinetics: { j0: number; alphaA: number; alphaC: number };
  coulombicEfficiency: number;
  nucleation?: { overpotential: number; tipTime: number };
  voltageLimits: { lower: number; upper: number };
}

function cellKind(working: ResolvedElectrode, counter: ResolvedElectrode): SimulatedCellKind {
  const kinds = `${working.kind}|${counter.kind}`;
  if (kinds === "lithium|lithium") {
    return working.inventory === counter.inventory ? "symmetric" : "asymmetric";
  }
  if (kinds === "copper|lithium" || kinds === "lithium|copper") return "lithium-copper";
  if (kinds === "cathode|lithium" || kinds === "cathode|copper") return "full-cell";
  throw new LmbError(
    "E_INVALID_INPUT",
    `a ${working.kind} working electrode with a ${counter.kind} counter electrode is not a cell lmb simulates`,
    {
      location: { source: "counterElectrode" },
      fix: "use Li‖Li, Cu‖Li (either way round) or cathode‖Li / cathode‖Cu with the cathode as the working electrode",
    },
  );
}

/**
 * Validates a {@link CellConfig} (schema, then physics) and converts it to SI. The interphase's
 * electronic conductivity is taken as given or computed from its metal content at its initial
 * thickness ({@link interphaseElectronicConductivity}).
 *
 * @param config - the config as written (text quantities or SI numbers), or untrusted JSON
 * @param source - where it came from (a file name), for errors
 * @throws LmbError `E_SCHEMA` for a malformed config; `E_INVALID_INPUT` naming the field for a
 *   physically impossible one (negative thickness, a cathode without mass, Cu‖Cu, …)
 * @example
 * resolveCellConfig({ area: "1.13 cm2", workingElectrode: { kind: "lithium", thickness: "20 um" },
 *   counterElectrode: { kind: "lithium", thickness: "100 um" },
 *   electrolyte: { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" } }).kind; // "asymmetric"
 */
export function resolveCellConfig(config: CellConfig | unknown, source?: string): ResolvedCell {
  const c = parseWithSchema(CellConfigSchema, config, {
    what: "cell config",
    ...(source === undefined ? {} : { source }),
  });
  const working = resolveElectrode(c.workingElectrode, "workingElectrode");
  const counter = resolveElectrode(c.counterElectrode, "counterElectrode");
  const kind = cellKind(working, counter);
  const e = c.electrolyte;
  const sigma = quantityField(e.conductivity, conductivity, "electrolyte.conductivity", "positive");
  const thickness = quantityField(e.thickness, length, "electrolyte.thickness", "positive");
  const electrolyte: ResolvedCell["electrolyte"] = {
    solid: e.kind === "solid",
    resistance: thickness / sigma,
    thickness,
  };
  if (e.kind === "liquid" && e.diffusivity !== undefined && e.concentration !== undefined) {
    electrolyte.transport = {
      diffusivity: quantityField(
        e.diffusivity,
        diffusionCoefficient,
        "electrolyte.diffusivity",
        "positive",
      ),
      concentration: quantityField(
        e.concentration,
        concentration,
        "electrolyte.concentration",
        "positive",
      ),
      transferenceNumber: e.transferenceNumber ?? 0.38,
    };
  }
  const resolved: ResolvedCell = {
    kind,
    area: quantityField(c.area, area, "area", "positive"),
    temperature:
      c.temperature === undefined
        ? 298.15
        : quantityField(c.temperature, temperature, "temperature", "positive"),
    working,
    counter,
    electrolyte,
    kinetics: {
      j0: quantityField(
        c.kinetics?.exchangeCurrentDensity ?? 10,
        currentDensity,
        "kinetics.exchangeCurrentDensity",
        "positive",
      ),
      alphaA: c.kinetics?.anodicTransferCoefficient ?? 0.5,
      alphaC: c.kinetics?.cathodicTransferCoefficient ?? 0.5,
    },
    coulombicEfficiency: c.coulombicEfficiency ?? 1,
    voltageLimits: {
      lower: quantityField(c.voltageLimits?.lower ?? -5, voltage, "voltageLimits.lower", "any"),
      upper: quantityField(c.voltageLimits?.upper ?? 5, voltage, "voltageLimits.upper", "any"),
    },
  };
  if (!(resolved.voltageLimits.lower < resolved.voltageLimits.upper)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      "voltageLimits.lower must lie below voltageLimits.upper",
      {
        location: { source: "voltageLimits" },
        fix: "give e.g. lower: -5, upper: 5",
      },
    );
  }
  if (c.nucleation) {
    resolved.nucleation = {
      overpotential: quantityField(
        c.nucleation.overpotential,
        voltage,
        "nucleation.overpotential",
        "nonNegative",
      ),
      tipTime: quantityField(c.nucleation.tipTime ?? 30, time, "nucleation.tipTime", "positive"),
    };
  }
  if (c.interphase)
    resolved.interphase = resolveInterphase(
      c.interphase,
      e.kind === "solid" && e.reducedByLithium === false,
    );
  return resolved;
}

function resolveInterphase(
  i: NonNullable<ReturnType<typeof CellConfigSchema.parse>["interphase"]>,
  inert: boolean,
): NonNullable<ResolvedCell["interphase"]> {
  const initialThickness = quantityField(
    i.initialThickness,
    length,
    "interphase.initialThickness",
    "nonNegative",
  );
  const ionicConductivity = quantityField(
    i.ionicConductivity,
    conductivity,
    "interphase.ionicConductivity",
    "positive",
  );
  if (i.metal !== undefined && i.electronicConductivity !== undefined) {
    throw new LmbError(
      "E_INVALID_INPUT",
      "interphase: give electronicConductivity or metal, not both",
      {
        location: { source: "interphase.metal" },
        fix: "drop one of them",
      },
    );
  }
  let electronicConductivity = 0;
  let percolation: InterphaseConductivity | undefined;
  if (i.metal !== undefined) {
    const diameter = quantityField(
      i.metal.particleDiameter,
      length,
      "interphase.metal.particleDiameter",
      "positive",
    );
    if (!(initialThickness > 0)) {
      throw new LmbError(
        "E_INVALID_INPUT",
        "interphase.initialThickness must be positive to place metal particles in it",
        {
          location: { source: "interphase.initialThickness" },
          fix: 'give the layer a thickness, e.g. "20 nm"',
        },
      );
    }
    percolation = interphaseElectronicConductivity({
      metalFraction: i.metal.fraction,
      aspectRatio: i.metal.aspectRatio ?? 1,
      thicknessInDiameters: initialThickness / diameter,
      ...(i.metal.metalConductivity === undefined
        ? {}
        : {
            metalConductivity: quantityField(
              i.metal.metalConductivity,
              conductivity,
              "interphase.metal.metalConductivity",
              "positive",
            ),
          }),
      ...(i.metal.insulatorConductivity === undefined
        ? {}
        : {
            insulatorConductivity: quantityField(
              i.metal.insulatorConductivity,
              conductivity,
              "interphase.metal.insulatorConductivity",
              "nonNegative",
            ),
          }),
    });
    electronicConductivity = percolation.conductivity;
  } else if (i.electronicConductivity !== undefined) {
    electronicConductivity = quantityField(
      i.electronicConductivity,
      conductivity,
      "interphase.electronicConductivity",
      "nonNegative",
    );
  }
  const drivingPotential = inert
    ? 0
    : quantityField(i.drivingPotential ?? 0, voltage, "interphase.drivingPotential", "nonNegative");
  const reactionResistance = quantityField(
    i.reactionResistance ?? 1e3,
    areaSpecificResistance,
    "interphase.reactionResistance",
    "nonNegative",
  );
  if (
    reactionResistance === 0 &&
    initialThickness === 0 &&
    drivingPotential > 0 &&
    electronicConductivity > 0
  ) {
    throw new LmbError(
      "E_INVALID_INPUT",
      "interphase: with no initial thickness the reaction resistance must be positive (the leak current would be infinite)",
      {
        location: { source: "interphase.reactionResistance" },
        fix: 'give reactionResistance > 0, e.g. "1e4 ohm cm2", or an initial thickness',
      },
    );
  }
  const growth = createInterphaseGrowth({
    drivingPotential,
    electronicConductivity,
    reactionResistance,
    molarVolume: quantityField(
      i.molarVolume ?? 1.4e-5,
      molarVolume,
      "interphase.molarVolume",
      "positive",
    ),
  });
  return {
    initialThickness,
    ionicConductivity,
    electronicConductivity,
    ...(percolation === undefined ? {} : { percolation }),
    growth,
  };
}
