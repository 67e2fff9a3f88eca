/**
 * The known parameters of the simulated experiments in `apps/cli/examples/demo/` (written by
 * `scripts/generate-demo-data.ts`, recorded in `examples/demo/ATTRIBUTION.md`). SI units: A m⁻²
 * (1 mA cm⁻² = 10 A m⁻²), C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²), Ω m² (1 Ω cm² = 1e-4 Ω m²), s, V,
 * K, J mol⁻¹. Tests import these to check what the report recovers.
 */

/** Electrode area of every simulated cell: a 12 mm disc, π·(0.6 cm)² = 1.131 cm², in m². */
export const DEMO_AREA = Math.PI * 0.006 ** 2;

/** Bare Li‖Li at 1 mA cm⁻², 1 mAh cm⁻² per half cycle: slow kinetics, drifting, shorts. */
export const BARE_SYMMETRIC = {
  file: "li-li_bare_1mA-1mAh.mpt",
  currentDensity: 10,
  arealCapacity: 36_000,
  cycles: 80,
  exchangeCurrentDensity: 5,
  areaSpecificResistance: 2e-3,
  overpotentialDrift: 5e-4,
  /** Hard short 120.5 h into the test (cycle 61). */
  hardShortTime: 120.5 * 3600,
  nucleation: { overpotential: 0.06, tipTime: 120 },
  samplingInterval: 60,
  seed: 11,
} as const;

/** The same cell with a protective coating: faster kinetics, lower resistance, no short. */
export const COATED_SYMMETRIC = {
  file: "li-li_coated_1mA-1mAh.mpt",
  currentDensity: 10,
  arealCapacity: 36_000,
  cycles: 80,
  exchangeCurrentDensity: 15,
  areaSpecificResistance: 1e-3,
  overpotentialDrift: 5e-5,
  nucleation: { overpotential: 0.03, tipTime: 120 },
  samplingInterval: 60,
  seed: 12,
} as const;

/** Li‖Li rate test: 1, 2, 3, 5, 8, 10 mA cm⁻² then back to 1, 1 mAh cm⁻², 5 cycles each. */
export const RATE_TEST = {
  file: "li-li_rate-test.mpt",
  currentDensities: [10, 20, 30, 50, 80, 100, 10],
  arealCapacity: 36_000,
  cyclesPerStep: 5,
  exchangeCurrentDensity: 10,
  areaSpecificResistance: 5e-4,
  samplingInterval: 20,
  seed: 13,
} as const;

/** Li‖Li critical-current-density ladder, 0.1 → 3.2 mA cm⁻², 30 min half cycles; shorts at 1.6. */
export const CCD_LADDER = {
  file: "li-li_ccd-ladder.mpt",
  currentDensities: [1, 2, 4, 8, 16, 32],
  halfCycleDuration: 1800,
  cyclesPerStep: 2,
  criticalCurrentDensity: 16,
  shortFraction: 0.4,
  exchangeCurrentDensity: 10,
  areaSpecificResistance: 5e-4,
  samplingInterval: 20,
  seed: 14,
} as const;

/** Li‖Cu cycle-by-cycle CE at 0.5 mA cm⁻², 1 mAh cm⁻², strip to 1 V. */
export const LITHIUM_COPPER = {
  file: "li-cu_ce_0.5mA-1mAh.mpt",
  currentDensity: 5,
  arealCapacity: 36_000,
  cycles: 30,
  /** CE of cycle 1 (SEI formation on Cu). */
  firstCycleEfficiency: 0.92,
  /** CE of every later cycle. */
  coulombicEfficiency: 0.985,
  platingOverpotential: 0.03,
  strippingOverpotential: 0.025,
  cutoffVoltage: 1,
  nucleation: { overpotential: 0.05, tipTime: 120 },
  samplingInterval: 60,
  seed: 15,
} as const;

/** Potentiostatic Li deposition on Cu: a Scharifker–Mostany transient (1 M Li⁺). */
export const NUCLEATION_TRANSIENT = {
  file: "li-on-cu_chronoamperometry_-100mV.mpt",
  potential: -0.1,
  concentration: 1000,
  diffusivity: 1e-10,
  siteDensity: 1e10,
  nucleationRate: 20,
  duration: 10,
  timeStep: 0.005,
  /** Relative Gaussian noise on the current. */
  noise: 0.005,
  seed: 16,
} as const;

/** Li‖Li impedance at five temperatures: R0-p(R1,CPE1)-p(R2,CPE2), each R Arrhenius. */
export const IMPEDANCE_TEMPERATURES = {
  files: (celsius: number) => `li-li_eis_${celsius}C.mpt`,
  temperaturesCelsius: [0, 10, 25, 40, 60],
  circuit: "R0-p(R1,CPE1)-p(R2,CPE2)",
  /** Values at 25 °C (Ω, F s^(α−1)) and E_a (J mol⁻¹) of each resistance. */
  bulk: { resistance25: 3, activationEnergy: 15e3 },
  sei: { resistance25: 20, activationEnergy: 55e3, q: 2e-6, alpha: 0.9 },
  chargeTransfer: { resistance25: 40, activationEnergy: 65e3, q: 2e-4, alpha: 0.85 },
  frequencyMax: 1e6,
  frequencyMin: 0.1,
  pointsPerDecade: 10,
  /** Relative Gaussian noise on Re Z and Im Z. */
  noise: 0.003,
  seed: 17,
} as const;

/** Ionic conductivity of a solid-electrolyte pellet vs temperature, Arrhenius σ = σ25·e^(−E_a/R·(1/T − 1/T25)). */
export const CONDUCTIVITY_TEMPERATURES = {
  file: "electrolyte_conductivity-vs-T.csv",
  temperaturesCelsius: [-20, 0, 25, 40, 60, 80],
  /** σ at 25 °C, S m⁻¹ (2.5 mS cm⁻¹). */
  conductivity25: 0.25,
  activationEnergy: 32e3,
  noise: 0.01,
  seed: 18,
} as const;
