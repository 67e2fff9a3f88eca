import { butlerVolmerOverpotential } from "@lmb/kinetics";
import type { ResolvedCell } from "../config/resolveCellConfig.js";
import type { CellState, ElectrodeState } from "./cellState.js";
import type { ConcentrationStep } from "./concentrationPolarization.js";
import type { ElectrodeEvolution, StepEvolution } from "./stepEvolution.js";

/** Butler–Volmer overpotentials by current density, so repeated steps solve once. */
export type OverpotentialCache = Map<number, number>;

/**
 * η of one Li interface carrying j (A m⁻², + oxidation), from `@lmb/kinetics` (Brent on the
 * Butler–Volmer equation, any α_a, α_c; SCIENCE.md §3), cached by j.
 */
export function electrodeOverpotential(
  j: number,
  cell: ResolvedCell,
  cache: OverpotentialCache,
): number {
  if (j === 0) return 0;
  const known = cache.get(j);
  if (known !== undefined) return known;
  const eta = butlerVolmerOverpotential(j, {
    exchangeCurrentDensity: cell.kinetics.j0,
    anodicTransferCoefficient: cell.kinetics.alphaA,
    cathodicTransferCoefficient: cell.kinetics.alphaC,
    temperature: cell.temperature,
  });
  cache.set(j, eta);
  return eta;
}

function openCircuit(
  e: ElectrodeState,
  cell: ResolvedCell["working"],
  evolution: ElectrodeEvolution,
): (tau: number) => number {
  const ocv = cell.openCircuitVoltage;
  if (e.kind !== "cathode" || ocv === undefined) return () => 0;
  const capacity = e.capacity;
  return (tau) => ocv(1 - evolution.inventory(tau) / capacity);
}

/** The nucleation spike of a plating on a fresh surface: η_nuc·(τ/t_tip)·e^(1 − τ/t_tip), V. */
export function nucleationSpike(overpotential: number, tipTime: number): (tau: number) => number {
  return (tau) => {
    const x = tau / tipTime;
    return overpotential * x * Math.exp(1 - x);
  };
}

/**
 * The cell voltage V = E_working − E_counter (V) through a step of signed current density j:
 *
 *   V = U_w(τ) − U_c(τ) + j·(L/σ + δ_w(τ)/σ_i + δ_c(τ)/σ_i) + η_w(j) − η_c(−j) + sgn(j)·η_nuc(τ)
 *       + (2RT/F)(1 − t₊)·ln(c_w(τ)/c_c(τ)),
 *
 * with U the open-circuit potential vs Li (0 for Li and Cu, the cathode's curve at its state of
 * charge), L/σ the electrolyte's area-specific resistance, δ/σ_i each Li surface's interphase
 * (growing as it consumes Li), η the Butler–Volmer overpotential of each interface
 * (`@lmb/kinetics`), η_nuc the nucleation spike when Li is plated on a fresh surface and the
 * last term the concentration polarisation of a liquid electrolyte (`concentrationStep`)
 * (SCIENCE.md §1, §3, §5, §7).
 *
 * @returns V(τ) and whether the step nucleates (and on which electrode)
 */
export function stepVoltage(
  cell: ResolvedCell,
  state: CellState,
  evolution: StepEvolution,
  j: number,
  cache: OverpotentialCache,
  concentration?: ConcentrationStep,
): { voltage: (tau: number) => number; nucleates?: "working" | "counter" } {
  const uw = openCircuit(state.working, cell.working, evolution.working);
  const uc = openCircuit(state.counter, cell.counter, evolution.counter);
  const eta = electrodeOverpotential(j, cell, cache) - electrodeOverpotential(-j, cell, cache);
  const ohmic = j * cell.electrolyte.resistance;
  const sigmaIon = cell.interphase?.ionicConductivity;
  const metalW = state.working.kind !== "cathode" && sigmaIon !== undefined;
  const metalC = state.counter.kind !== "cathode" && sigmaIon !== undefined;
  const jw = metalW ? j / (sigmaIon as number) : 0;
  const jc = metalC ? j / (sigmaIon as number) : 0;
  const sink = j < 0 ? state.working : j > 0 ? state.counter : undefined;
  let spike: ((tau: number) => number) | undefined;
  let nucleates: "working" | "counter" | undefined;
  if (cell.nucleation && sink && sink.kind !== "cathode" && (!sink.plated || sink.inventory <= 0)) {
    spike = nucleationSpike(cell.nucleation.overpotential, cell.nucleation.tipTime);
    nucleates = j < 0 ? "working" : "counter";
  }
  const sign = Math.sign(j);
  const { working: ew, counter: ec } = evolution;
  const base = eta + ohmic;
  const voltage = (tau: number) => {
    let v = uw(tau) - uc(tau) + base;
    if (jw !== 0) v += jw * ew.thickness(tau);
    if (jc !== 0) v += jc * ec.thickness(tau);
    if (spike) v += sign * spike(tau);
    if (concentration) v += concentration.overpotential(tau);
    return v;
  };
  return nucleates === undefined ? { voltage } : { voltage, nucleates };
}
