import { brent } from "@lmb/numerics";
import type { ResolvedCell } from "../config/resolveCellConfig.js";
import type { InterphaseGrowth } from "../interphase/interphaseGrowth.js";
import type { CellState, ElectrodeState } from "./cellState.js";

/** How one electrode changes during a constant-current step (closed forms in the time τ). */
export interface ElectrodeEvolution {
  /** Li inventory at τ, C m⁻². */
  inventory(tau: number): number;
  /** Interphase thickness at τ, m. */
  thickness(tau: number): number;
  /** Leakage current density at τ, A m⁻² (0 when not leaking). */
  leakage(tau: number): number;
  /** Li consumed by its interphase up to τ, C m⁻². */
  consumed(tau: number): number;
  /** Li flows out of it (it is being stripped or delithiated). */
  source: boolean;
  /** When its inventory reaches 0 (source) or its capacity (cathode sink), s; ∞ if not in the step. */
  exhaustion: number;
}

/**
 * The closed-form evolution of one electrode while the cell carries j (A m⁻²) out of it
 * (`outflow` > 0: source; < 0: sink). Metal sinks keep CE of what arrives; a metal electrode with
 * an interphase loses Li at i_leak through the Deal–Grove law; the inventory is
 *
 *   Q(τ) = Q0 + r·τ − F(δ(τ) − δ0)/V_m,  r = −outflow (source) or CE·|outflow| (metal sink),
 *
 * and if the leak would empty a non-source electrode at τ_dry its interphase stops growing there
 * (no Li left to react). Source exhaustion is the first root of Q(τ) = 0, found by Brent's method
 * (Q is convex in τ because the leak slows down).
 */
export function electrodeEvolution(
  e: ElectrodeState,
  outflow: number,
  coulombicEfficiency: number,
  growth: InterphaseGrowth | undefined,
  horizon: number,
): ElectrodeEvolution {
  return new ElectrodeTrack(e, outflow, coulombicEfficiency, growth, horizon);
}

/** {@link ElectrodeEvolution} as a class: methods, not closures, so a step allocates little. */
class ElectrodeTrack implements ElectrodeEvolution {
  readonly source: boolean;
  readonly exhaustion: number;
  private readonly q0: number;
  private readonly d0: number;
  private readonly rate: number;
  private readonly growth: InterphaseGrowth | undefined;
  /** When a non-source electrode's leak empties it (its interphase stops growing), s. */
  private readonly dry: number;

  constructor(
    e: ElectrodeState,
    outflow: number,
    coulombicEfficiency: number,
    growth: InterphaseGrowth | undefined,
    horizon: number,
  ) {
    const metal = e.kind !== "cathode";
    const source = outflow > 0;
    const rate = source ? -outflow : metal ? -outflow * coulombicEfficiency : -outflow;
    const q0 = e.inventory;
    const d0 = e.thickness;
    const leaking =
      metal &&
      growth !== undefined &&
      growth.leakageCurrentDensity(d0) > 0 &&
      (q0 > 0 || rate > growth.leakageCurrentDensity(d0));
    this.source = source;
    this.q0 = q0;
    this.d0 = d0;
    this.rate = rate;
    this.growth = leaking ? growth : undefined;
    const balance = (tau: number) => q0 + rate * tau - this.consumedUndried(tau);
    // first time the inventory reaches zero within [0, horizon], if it does
    let zero = Number.POSITIVE_INFINITY;
    if (!leaking) {
      if (rate < 0) zero = Math.max(0, q0) / -rate;
    } else if (q0 <= 0) {
      zero = 0;
    } else {
      let end = rate < 0 ? Math.min(horizon, q0 / -rate) : horizon;
      if (rate > 0) {
        // Q is convex: its minimum is where i_leak(δ) = rate, δ* = σ_e(U/rate − r_rxn)
        const g = growth as InterphaseGrowth;
        const dStar =
          g.law.electronicConductivity * (g.law.drivingPotential / rate - g.law.reactionResistance);
        end = dStar > d0 ? Math.min(horizon, g.timeToConsume(d0, g.consumedCharge(d0, dStar))) : 0;
      }
      // a source always runs out by its ideal exhaustion time q0/|rate| (the leak only hastens it)
      const ideal = rate < 0 && end === q0 / -rate;
      if (Number.isFinite(end) && end > 0) {
        const last = balance(end);
        if (last < 0) zero = brent(balance, 0, end, { xtol: 1e-13 * end }).root;
        else if (last === 0 || ideal) zero = end;
      }
    }
    const capacityFull =
      !metal && !source && rate > 0 ? (e.capacity - q0) / rate : Number.POSITIVE_INFINITY;
    this.exhaustion = source ? zero : capacityFull;
    this.dry = source ? Number.POSITIVE_INFINITY : zero;
  }

  private consumedUndried(tau: number): number {
    const g = this.growth;
    return g === undefined ? 0 : g.consumedCharge(this.d0, g.thicknessAt(this.d0, tau));
  }

  inventory(tau: number): number {
    return this.q0 + this.rate * tau - this.consumed(tau);
  }

  thickness(tau: number): number {
    const g = this.growth;
    return g === undefined ? this.d0 : g.thicknessAt(this.d0, Math.min(tau, this.dry));
  }

  leakage(tau: number): number {
    const g = this.growth;
    return g !== undefined && tau < this.dry ? g.leakageCurrentDensity(this.thickness(tau)) : 0;
  }

  consumed(tau: number): number {
    return this.growth === undefined ? 0 : this.consumedUndried(Math.min(tau, this.dry));
  }
}

/** Both electrodes and the dead-Li account during one step. */
export interface StepEvolution {
  working: ElectrodeEvolution;
  counter: ElectrodeEvolution;
  /** Dead Li at τ, C m⁻². */
  deadLithium(tau: number): number;
  /** Interphase loss at τ, C m⁻². */
  interphaseLoss(tau: number): number;
}

/**
 * The closed-form evolution of a cell through a constant-current step of signed current density
 * j (A m⁻², + = Li leaves the working electrode) or a rest (j = 0), up to `horizon` s.
 */
export function stepEvolution(
  cell: ResolvedCell,
  state: CellState,
  j: number,
  horizon: number,
): StepEvolution {
  return new StepTrack(cell, state, j, horizon);
}

class StepTrack implements StepEvolution {
  readonly working: ElectrodeEvolution;
  readonly counter: ElectrodeEvolution;
  private readonly dead0: number;
  private readonly deadRate: number;
  private readonly loss0: number;

  constructor(cell: ResolvedCell, state: CellState, j: number, horizon: number) {
    const ce = cell.coulombicEfficiency;
    const growth = cell.interphase?.growth;
    this.working = new ElectrodeTrack(state.working, j, ce, growth, horizon);
    this.counter = new ElectrodeTrack(state.counter, -j, ce, growth, horizon);
    const sinkIsMetal = j > 0 ? state.counter.kind !== "cathode" : state.working.kind !== "cathode";
    this.deadRate = j !== 0 && sinkIsMetal ? Math.abs(j) * (1 - ce) : 0;
    this.dead0 = state.deadLithium;
    this.loss0 = state.interphaseLoss;
  }

  deadLithium(tau: number): number {
    return this.dead0 + this.deadRate * tau;
  }

  interphaseLoss(tau: number): number {
    return this.loss0 + this.working.consumed(tau) + this.counter.consumed(tau);
  }
}
