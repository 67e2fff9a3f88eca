import type { ColumnTable } from "./columnSpec.js";

/**
 * Columns of a galvanostatic/potentiostatic cycling record (`CyclingData`), in SI.
 * Current is signed: **positive = oxidation at the working electrode** (charge of a cathode
 * half cell; stripping when Li metal is the working electrode), the convention of BioLogic,
 * Arbin, Neware, Landt and the Battery Data Format. Capacities are cumulative charge as the
 * instrument reported it (its reset rule is recorded in the metadata `notes`), in coulombs.
 */
export const CYCLING_COLUMNS = {
  time: {
    unit: "s",
    required: true,
    finite: true,
    order: "non-decreasing",
    description: "time since the start of the test",
  },
  voltage: {
    unit: "V",
    required: true,
    finite: true,
    description: "cell voltage or working-electrode potential",
  },
  current: {
    unit: "A",
    required: true,
    finite: true,
    description: "current, positive = oxidation at the working electrode (charge)",
  },
  stepTime: {
    unit: "s",
    required: false,
    finite: false,
    description: "time since the start of the current step",
  },
  capacity: {
    unit: "C",
    required: false,
    finite: false,
    description: "charge passed, as the instrument accumulates it (signed or per step)",
  },
  chargeCapacity: {
    unit: "C",
    required: false,
    finite: false,
    description: "charge passed while the current was positive",
  },
  dischargeCapacity: {
    unit: "C",
    required: false,
    finite: false,
    description: "charge passed while the current was negative",
  },
  energy: {
    unit: "J",
    required: false,
    finite: false,
    description: "energy, as the instrument accumulates it",
  },
  chargeEnergy: {
    unit: "J",
    required: false,
    finite: false,
    description: "energy while the current was positive",
  },
  dischargeEnergy: {
    unit: "J",
    required: false,
    finite: false,
    description: "energy while the current was negative",
  },
  power: { unit: "W", required: false, finite: false, description: "power" },
  step: {
    unit: "1",
    required: false,
    finite: false,
    description: "program step index (BioLogic Ns, Arbin Step_Index, Neware step)",
  },
  stepCount: {
    unit: "1",
    required: false,
    finite: false,
    description: "running count of executed steps",
  },
  cycle: {
    unit: "1",
    required: false,
    finite: false,
    description: "cycle index as the instrument numbered it",
  },
  halfCycle: {
    unit: "1",
    required: false,
    finite: false,
    description: "half-cycle index (BioLogic `half cycle`)",
  },
  temperature: {
    unit: "K",
    required: false,
    finite: false,
    description: "temperature; NaN where not logged",
  },
  counterVoltage: {
    unit: "V",
    required: false,
    finite: false,
    description: "counter-electrode potential (3-electrode cells)",
  },
} as const satisfies ColumnTable;

/**
 * Columns of an impedance spectrum (`ImpedanceSpectrum`). `zImag` is the signed imaginary part
 * Im(Z) (negative for a capacitive response); files that store −Im(Z) are converted on read.
 */
export const IMPEDANCE_COLUMNS = {
  frequency: { unit: "Hz", required: true, finite: true, positive: true, description: "frequency" },
  zReal: {
    unit: "Ω",
    required: true,
    finite: true,
    description: "real part of the impedance, Re(Z)",
  },
  zImag: {
    unit: "Ω",
    required: true,
    finite: true,
    description: "imaginary part of the impedance, Im(Z) (negative when capacitive)",
  },
  time: { unit: "s", required: false, finite: false, description: "time of the measurement" },
  temperature: { unit: "K", required: false, finite: false, description: "temperature" },
  bias: {
    unit: "V",
    required: false,
    finite: false,
    description: "DC potential during the measurement",
  },
  dcCurrent: {
    unit: "A",
    required: false,
    finite: false,
    description: "DC current during the measurement",
  },
  cycle: {
    unit: "1",
    required: false,
    finite: false,
    description: "spectrum index within the file (z cycle, loop)",
  },
} as const satisfies ColumnTable;

/** Columns of a cyclic or linear-sweep voltammogram (`Voltammogram`). */
export const VOLTAMMOGRAM_COLUMNS = {
  potential: {
    unit: "V",
    required: true,
    finite: true,
    description: "working-electrode potential",
  },
  current: {
    unit: "A",
    required: true,
    finite: true,
    description: "current, positive = oxidation",
  },
  time: { unit: "s", required: false, finite: true, order: "non-decreasing", description: "time" },
  cycle: { unit: "1", required: false, finite: false, description: "sweep cycle index" },
} as const satisfies ColumnTable;

/** Columns of a chronoamperometric current transient (`CurrentTransient`), e.g. Li nucleation. */
export const TRANSIENT_COLUMNS = {
  time: {
    unit: "s",
    required: true,
    finite: true,
    order: "non-decreasing",
    description: "time since the potential step",
  },
  current: {
    unit: "A",
    required: true,
    finite: true,
    description: "current, positive = oxidation",
  },
  currentDensity: {
    unit: "A m⁻²",
    required: false,
    finite: true,
    description: "current per electrode area",
  },
  potential: { unit: "V", required: false, finite: false, description: "measured potential" },
} as const satisfies ColumnTable;

/** Columns of a conductivity-versus-temperature series (`ConductivitySeries`). */
export const CONDUCTIVITY_COLUMNS = {
  temperature: {
    unit: "K",
    required: true,
    finite: true,
    positive: true,
    description: "absolute temperature",
  },
  conductivity: {
    unit: "S m⁻¹",
    required: false,
    finite: true,
    positive: true,
    description: "ionic conductivity",
  },
  resistance: {
    unit: "Ω",
    required: false,
    finite: true,
    positive: true,
    description: "bulk resistance of the sample",
  },
} as const satisfies ColumnTable;
