import {
  ccdLadderTrace,
  lithiumCopperTrace,
  type SyntheticTrace,
  symmetricCellTrace,
} from "@lmb/cells";
import { circuitImpedance } from "@lmb/impedance";
import { LITHIUM_MOLAR_VOLUME, mostanyCurrentDensity } from "@lmb/nucleation";
import { createRng } from "@lmb/numerics";
import type { CyclingData } from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import {
  BARE_SYMMETRIC,
  CCD_LADDER,
  COATED_SYMMETRIC,
  CONDUCTIVITY_TEMPERATURES,
  DEMO_AREA,
  IMPEDANCE_TEMPERATURES,
  LITHIUM_COPPER,
  NUCLEATION_TRANSIENT,
  RATE_TEST,
} from "./demoParameters.js";
import { writeMpt } from "./writeMpt.js";

/** A simulated file: its name and bytes. */
export interface DemoFile {
  name: string;
  bytes: Buffer;
}

const AREA_CM2 = DEMO_AREA * 1e4;
const GCPL = "Galvanostatic Cycling with Potential Limitation";
const ELECTROLYTE = "1 M LiPF6 in EC/DEC (simulated)";

function cyclingFile(
  name: string,
  trace: SyntheticTrace<unknown>,
  comments: string,
  material = "Li metal",
): DemoFile {
  const { time, voltage, current } = (trace.data as CyclingData).columns;
  const milliamps = Float64Array.from(current, (i) => i * 1e3);
  return {
    name,
    bytes: writeMpt(
      {
        technique: GCPL,
        areaSquareCentimetres: AREA_CM2,
        comments,
        electrodeMaterial: material,
        electrolyte: ELECTROLYTE,
      },
      [
        { header: "time/s", values: time, digits: 9 },
        { header: "Ewe/V", values: voltage, digits: 6 },
        { header: "I/mA", values: milliamps, digits: 6 },
      ],
    ),
  };
}

function symmetricFiles(): DemoFile[] {
  const bare = BARE_SYMMETRIC;
  const coated = COATED_SYMMETRIC;
  return [
    cyclingFile(
      bare.file,
      symmetricCellTrace({
        area: DEMO_AREA,
        steps: [
          {
            currentDensity: bare.currentDensity,
            arealCapacity: bare.arealCapacity,
            cycles: bare.cycles,
          },
        ],
        exchangeCurrentDensity: bare.exchangeCurrentDensity,
        areaSpecificResistance: bare.areaSpecificResistance,
        overpotentialDrift: bare.overpotentialDrift,
        hardShort: { time: bare.hardShortTime },
        nucleation: bare.nucleation,
        samplingInterval: bare.samplingInterval,
        seed: bare.seed,
      }),
      "bare Li | 1 M LiPF6 EC/DEC | bare Li, symmetric, 1 mA cm-2, 1 mAh cm-2 (simulated)",
      "bare Li foil",
    ),
    cyclingFile(
      coated.file,
      symmetricCellTrace({
        area: DEMO_AREA,
        steps: [
          {
            currentDensity: coated.currentDensity,
            arealCapacity: coated.arealCapacity,
            cycles: coated.cycles,
          },
        ],
        exchangeCurrentDensity: coated.exchangeCurrentDensity,
        areaSpecificResistance: coated.areaSpecificResistance,
        overpotentialDrift: coated.overpotentialDrift,
        nucleation: coated.nucleation,
        samplingInterval: coated.samplingInterval,
        seed: coated.seed,
      }),
      "coated Li | 1 M LiPF6 EC/DEC | coated Li, symmetric, 1 mA cm-2, 1 mAh cm-2 (simulated)",
      "coated Li foil",
    ),
  ];
}

function rateTestFile(): DemoFile {
  const r = RATE_TEST;
  return cyclingFile(
    r.file,
    symmetricCellTrace({
      area: DEMO_AREA,
      steps: r.currentDensities.map((j) => ({
        currentDensity: j,
        arealCapacity: r.arealCapacity,
        cycles: r.cyclesPerStep,
      })),
      exchangeCurrentDensity: r.exchangeCurrentDensity,
      areaSpecificResistance: r.areaSpecificResistance,
      samplingInterval: r.samplingInterval,
      seed: r.seed,
    }),
    "Li | Li rate test 1-2-3-5-8-10-1 mA cm-2, 1 mAh cm-2 (simulated)",
  );
}

function ccdFile(): DemoFile {
  const c = CCD_LADDER;
  return cyclingFile(
    c.file,
    ccdLadderTrace({
      area: DEMO_AREA,
      currentDensities: c.currentDensities,
      halfCycleDuration: c.halfCycleDuration,
      cyclesPerStep: c.cyclesPerStep,
      criticalCurrentDensity: c.criticalCurrentDensity,
      shortFraction: c.shortFraction,
      exchangeCurrentDensity: c.exchangeCurrentDensity,
      areaSpecificResistance: c.areaSpecificResistance,
      samplingInterval: c.samplingInterval,
      seed: c.seed,
    }),
    "Li | Li critical current density ladder, 30 min half cycles (simulated)",
  );
}

function copperFile(): DemoFile {
  const c = LITHIUM_COPPER;
  return cyclingFile(
    c.file,
    lithiumCopperTrace({
      area: DEMO_AREA,
      currentDensity: c.currentDensity,
      arealCapacity: c.arealCapacity,
      cycles: c.cycles,
      coulombicEfficiency: (k) => (k === 1 ? c.firstCycleEfficiency : c.coulombicEfficiency),
      platingOverpotential: c.platingOverpotential,
      strippingOverpotential: c.strippingOverpotential,
      cutoffVoltage: c.cutoffVoltage,
      nucleation: c.nucleation,
      samplingInterval: c.samplingInterval,
      seed: c.seed,
    }),
    "Li | Cu, plate 1 mAh cm-2 at 0.5 mA cm-2, strip to 1 V (simulated)",
    "Cu foil",
  );
}

function transientFile(): DemoFile {
  const p = NUCLEATION_TRANSIENT;
  const n = Math.round(p.duration / p.timeStep);
  const rng = createRng(p.seed);
  const time = new Float64Array(n);
  const current = new Float64Array(n);
  const potential = new Float64Array(n).fill(p.potential);
  const conditions = { concentration: p.concentration, molarVolume: LITHIUM_MOLAR_VOLUME };
  const parameters = {
    diffusivity: p.diffusivity,
    siteDensity: p.siteDensity,
    nucleationRate: p.nucleationRate,
  };
  for (let k = 0; k < n; k++) {
    const t = (k + 1) * p.timeStep;
    const j = mostanyCurrentDensity(t, parameters, conditions, FARADAY_CONSTANT);
    time[k] = t;
    // deposition is a reduction: negative current, mA
    current[k] = -j * DEMO_AREA * 1e3 * (1 + p.noise * rng.normal());
  }
  return {
    name: p.file,
    bytes: writeMpt(
      {
        technique: "Chronoamperometry / Chronocoulometry",
        areaSquareCentimetres: AREA_CM2,
        comments: "Li deposition on Cu at -100 mV vs Li, 1 M Li+ (simulated)",
        electrodeMaterial: "Cu foil",
        electrolyte: ELECTROLYTE,
      },
      [
        { header: "time/s", values: time, digits: 7 },
        { header: "Ewe/V", values: potential, digits: 6 },
        { header: "I/mA", values: current, digits: 6 },
      ],
    ),
  };
}

/** R(T) = R25·exp[(E_a/R)·(1/T − 1/298.15 K)]: a resistance whose inverse is Arrhenius. */
function arrheniusResistance(r25: number, activationEnergy: number, kelvin: number): number {
  return r25 * Math.exp((activationEnergy / GAS_CONSTANT) * (1 / kelvin - 1 / 298.15));
}

function impedanceFiles(): DemoFile[] {
  const p = IMPEDANCE_TEMPERATURES;
  const decades = Math.log10(p.frequencyMax / p.frequencyMin);
  const count = Math.round(decades * p.pointsPerDecade) + 1;
  const frequency = Float64Array.from(
    { length: count },
    (_, k) => p.frequencyMax * 10 ** (-k / p.pointsPerDecade),
  );
  return p.temperaturesCelsius.map((celsius, index) => {
    const kelvin = celsius + 273.15;
    const values = [
      arrheniusResistance(p.bulk.resistance25, p.bulk.activationEnergy, kelvin),
      arrheniusResistance(p.sei.resistance25, p.sei.activationEnergy, kelvin),
      p.sei.q,
      p.sei.alpha,
      arrheniusResistance(p.chargeTransfer.resistance25, p.chargeTransfer.activationEnergy, kelvin),
      p.chargeTransfer.q,
      p.chargeTransfer.alpha,
    ];
    const { zReal, zImag } = circuitImpedance(p.circuit, frequency, values);
    const rng = createRng(p.seed + index);
    const minusImag = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      const modulus = Math.hypot(zReal[k] as number, zImag[k] as number);
      zReal[k] = (zReal[k] as number) + p.noise * modulus * rng.normal();
      minusImag[k] = -((zImag[k] as number) + p.noise * modulus * rng.normal());
    }
    const time = Float64Array.from({ length: count }, (_, k) => 2 * k + 1);
    return {
      name: p.files(celsius),
      bytes: writeMpt(
        {
          technique: "Potentio Electrochemical Impedance Spectroscopy",
          areaSquareCentimetres: AREA_CM2,
          comments: `Li | Li symmetric cell at ${celsius} °C, 10 mV amplitude (simulated)`,
          electrodeMaterial: "Li metal",
          electrolyte: ELECTROLYTE,
        },
        [
          { header: "freq/Hz", values: frequency, digits: 7 },
          { header: "Re(Z)/Ohm", values: zReal, digits: 7 },
          { header: "-Im(Z)/Ohm", values: minusImag, digits: 7 },
          { header: "time/s", values: time },
          { header: "Temperature/°C", values: new Float64Array(count).fill(celsius) },
        ],
      ),
    };
  });
}

function conductivityFile(): DemoFile {
  const p = CONDUCTIVITY_TEMPERATURES;
  const rng = createRng(p.seed);
  const rows = p.temperaturesCelsius.map((celsius) => {
    const sigma =
      p.conductivity25 /
      (arrheniusResistance(1, p.activationEnergy, celsius + 273.15) * (1 + p.noise * rng.normal()));
    // S m⁻¹ → mS cm⁻¹ (× 10)
    return `${celsius},${(sigma * 10).toPrecision(5)}`;
  });
  const text = [
    "# lmb kind: conductivity",
    "Temperature (°C),Conductivity (mS/cm)",
    ...rows,
    "",
  ].join("\n");
  return { name: p.file, bytes: Buffer.from(text, "utf8") };
}

/**
 * Every simulated file of the demo, generated from {@link demoParameters}' known values with
 * the synthetic generators of `@lmb/cells` and the model functions of `@lmb/nucleation` and
 * `@lmb/impedance`; seeded, so the bytes are the same on every run.
 *
 * @example
 * for (const f of simulateDemoFiles()) writeFileSync(f.name, f.bytes);
 */
export function simulateDemoFiles(): DemoFile[] {
  return [
    ...symmetricFiles(),
    rateTestFile(),
    ccdFile(),
    copperFile(),
    transientFile(),
    ...impedanceFiles(),
    conductivityFile(),
  ];
}
