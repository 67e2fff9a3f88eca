/**
 * The units {@link toCsv} writes by default, by dataset column key: the customary units of
 * battery research (time s, voltage V, current mA, capacity mAh, energy mWh, power mW,
 * temperature °C, frequency Hz, impedance Ω, conductivity mS/cm). Counters are unit-less.
 */
export const CUSTOMARY_UNITS: Readonly<Record<string, string>> = {
  time: "s",
  stepTime: "s",
  voltage: "V",
  potential: "V",
  counterVoltage: "V",
  bias: "V",
  current: "mA",
  dcCurrent: "mA",
  currentDensity: "mA/cm2",
  capacity: "mAh",
  chargeCapacity: "mAh",
  dischargeCapacity: "mAh",
  energy: "mWh",
  chargeEnergy: "mWh",
  dischargeEnergy: "mWh",
  power: "mW",
  temperature: "°C",
  frequency: "Hz",
  zReal: "Ω",
  zImag: "Ω",
  resistance: "Ω",
  conductivity: "mS/cm",
};

/**
 * Header names {@link toCsv} writes, by column key: names lmb's own readers map back to the
 * same key (`Im(Z)` is the signed imaginary part).
 */
export const CSV_LABELS: Readonly<Record<string, string>> = {
  time: "Time",
  stepTime: "Step Time",
  voltage: "Voltage",
  potential: "Potential",
  counterVoltage: "Counter Voltage",
  current: "Current",
  currentDensity: "Current Density",
  capacity: "Capacity",
  chargeCapacity: "Charge Capacity",
  dischargeCapacity: "Discharge Capacity",
  energy: "Energy",
  chargeEnergy: "Charge Energy",
  dischargeEnergy: "Discharge Energy",
  power: "Power",
  step: "Step",
  stepCount: "Step Count",
  cycle: "Cycle",
  halfCycle: "Half Cycle",
  temperature: "Temperature",
  frequency: "Frequency",
  zReal: "Re(Z)",
  zImag: "Im(Z)",
  bias: "Bias",
  dcCurrent: "DC Current",
  conductivity: "Conductivity",
  resistance: "Resistance",
};
