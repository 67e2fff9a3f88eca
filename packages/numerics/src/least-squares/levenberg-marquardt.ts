import { LmbError } from "@lmb/errors";
import { createJacobianEvaluator } from "./jacobian-evaluator.js";
import type { ParameterLayout } from "./parameters.js";
import { createTrustRegionWork, trustRegionStep } from "./trust-region-step.js";
import type { FiniteDifferenceMethod, ResidualProblem, StopReason } from "./types.js";

/** Resolved solver settings. */
export interface SolverSettings {
  maxIterations: number;
  maxFunctionEvaluations: number;
  costTolerance: number;
  stepTolerance: number;
  gradientTolerance: number;
  initialStepBound: number;
  finiteDifference: FiniteDifferenceMethod;
}

/** What the search found, before statistics. */
export interface SolverOutcome {
  /** All parameters at the solution. */
  x: Float64Array;
  /** Residuals at x. */
  r: Float64Array;
  /** χ² = ‖r‖². */
  chiSquare: number;
  iterations: number;
  functionEvaluations: number;
  jacobianEvaluations: number;
  converged: boolean;
  reason: StopReason;
}

const EPS = Number.EPSILON;

function sumSquares(v: Float64Array): number {
  // Scaled to avoid overflow/underflow of the squares (as MINPACK's enorm).
  let scale = 0;
  for (let i = 0; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i] as number));
  if (scale === 0 || !Number.isFinite(scale)) return scale === 0 ? 0 : Number.POSITIVE_INFINITY;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += ((v[i] as number) / scale) ** 2;
  return s * scale * scale;
}

function firstNonFinite(v: Float64Array): number {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i] as number)) return i;
  return -1;
}

/**
 * Minimises ‖r(p)‖² over the free parameters within box bounds by the Levenberg–Marquardt method
 * in Moré's trust-region form (MINPACK `lmder`): scaling D = diag of the running maximum of the
 * Jacobian column norms (i.e. √diag(JᵀJ)), trust radius updated from the ratio of actual to
 * predicted reduction, stopping on relative cost reduction, scaled step, or gradient angle.
 * Bounds: trial points are projected onto the box, and parameters on a bound whose gradient points
 * outward are held for that iteration, so every evaluated point and the result are inside the box.
 *
 * Non-finite residuals at a trial point reject that step (the trust region shrinks); if the trust
 * region collapses while the model keeps returning non-finite values, the fit fails.
 *
 * Sources: J. J. Moré, "The Levenberg–Marquardt algorithm: implementation and theory", Lecture
 * Notes in Mathematics 630 (1978) 105–116; MINPACK-1 (Moré, Garbow, Hillstrom 1980).
 *
 * @throws LmbError `E_MODEL_NON_FINITE` at the start point, from the Jacobian, or when recovery fails
 * @example
 * const outcome = levenbergMarquardt(problem, layout, settings);
 */
export function levenbergMarquardt(
  problem: ResidualProblem,
  layout: ParameterLayout,
  settings: SolverSettings,
): SolverOutcome {
  const n = problem.residualCount;
  const { free, lower, upper } = layout;
  const m = free.length;
  const jacobian = createJacobianEvaluator(problem, layout, settings.finiteDifference);
  let x = Float64Array.from(layout.initial);
  let xt = Float64Array.from(layout.initial);
  let r = new Float64Array(n);
  let rt = new Float64Array(n);
  const jac = new Float64Array(n * m);
  const a = new Float64Array(m * m);
  const g = new Float64Array(m);
  const d = new Float64Array(m);
  const active = new Uint8Array(m);
  const step = new Float64Array(m);
  const taken = new Float64Array(m);
  const work = createTrustRegionWork(m);

  problem.residuals(x, r);
  let nfev = 1;
  const bad = firstNonFinite(r);
  if (bad >= 0) {
    throw new LmbError(
      "E_MODEL_NON_FINITE",
      `the model gives ${r[bad]} for residual ${bad} at the starting values`,
      {
        fix: "check the model's domain (logs, roots, divisions) and the starting values",
        details: { residual: bad, values: Array.from(x) },
      },
    );
  }
  let fnorm = Math.sqrt(sumSquares(r));
  let njev = 0;
  let iterations = 0;
  let delta = 0;
  let xnorm = 0;
  let mu = 0;
  let reason: StopReason | undefined;
  let converged = false;
  const stop = (why: StopReason, ok: boolean) => {
    reason = why;
    converged = ok;
  };
  const scaledNorm = (v: Float64Array, indexed: boolean) => {
    let s = 0;
    for (let j = 0; j < m; j++) {
      const vj = indexed ? (v[free[j] as number] as number) : (v[j] as number);
      s += ((d[j] as number) * vj) ** 2;
    }
    return Math.sqrt(s);
  };

  while (reason === undefined) {
    if (fnorm === 0) {
      stop("cost", true);
      break;
    }
    if (iterations >= settings.maxIterations) {
      stop("max-iterations", false);
      break;
    }
    nfev += jacobian(x, r, jac);
    njev++;
    // Normal equations A = JᵀJ, g = Jᵀr.
    a.fill(0);
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const ri = r[i] as number;
      const row = i * m;
      for (let j = 0; j < m; j++) {
        const jij = jac[row + j] as number;
        if (jij === 0) continue;
        g[j] = (g[j] as number) + jij * ri;
        for (let k = 0; k <= j; k++)
          a[j * m + k] = (a[j * m + k] as number) + jij * (jac[row + k] as number);
      }
    }
    for (let j = 0; j < m; j++) for (let k = 0; k < j; k++) a[k * m + j] = a[j * m + k] as number;
    // Scaling and active set.
    let gnorm = 0;
    let allActive = true;
    for (let j = 0; j < m; j++) {
      const colNorm = Math.sqrt(a[j * m + j] as number);
      if (njev === 1) d[j] = colNorm > 0 ? colNorm : 1;
      else d[j] = Math.max(d[j] as number, colNorm);
      const k = free[j] as number;
      const xk = x[k] as number;
      const gj = g[j] as number;
      active[j] =
        (xk <= (lower[k] as number) && gj > 0) || (xk >= (upper[k] as number) && gj < 0) ? 1 : 0;
      if (active[j] === 1) continue;
      allActive = false;
      if (colNorm > 0) gnorm = Math.max(gnorm, Math.abs(gj) / (colNorm * fnorm));
    }
    if (njev === 1) {
      xnorm = scaledNorm(x, true);
      delta = settings.initialStepBound * xnorm;
      if (delta === 0) delta = settings.initialStepBound;
    }
    if (allActive || gnorm <= settings.gradientTolerance) {
      stop("gradient", true);
      break;
    }
    iterations++;
    // Inner loop: shrink the trust region until a step reduces χ² enough.
    let lastNonFinite = false;
    for (;;) {
      mu = trustRegionStep(work, a, g, d, active, delta, mu, step);
      let clipped = false;
      xt.set(x);
      for (let j = 0; j < m; j++) {
        const k = free[j] as number;
        let v = (x[k] as number) + (step[j] as number);
        if (v < (lower[k] as number)) {
          v = lower[k] as number;
          clipped = true;
        } else if (v > (upper[k] as number)) {
          v = upper[k] as number;
          clipped = true;
        }
        xt[k] = v;
        taken[j] = v - (x[k] as number);
      }
      const pnorm = scaledNorm(taken, false);
      if (iterations === 1) delta = Math.min(delta, pnorm);
      problem.residuals(xt, rt);
      nfev++;
      lastNonFinite = firstNonFinite(rt) >= 0;
      const fnorm1 = lastNonFinite ? Number.POSITIVE_INFINITY : Math.sqrt(sumSquares(rt));
      const actred = 0.1 * fnorm1 < fnorm ? 1 - (fnorm1 / fnorm) ** 2 : -1;
      // Predicted reduction of the linear model, relative to χ².
      let jd2 = 0;
      let gd = 0;
      for (let i = 0; i < n; i++) {
        let s = 0;
        const row = i * m;
        for (let j = 0; j < m; j++) s += (jac[row + j] as number) * (taken[j] as number);
        jd2 += s * s;
      }
      for (let j = 0; j < m; j++) gd += (g[j] as number) * (taken[j] as number);
      const f2 = fnorm * fnorm;
      let prered: number;
      let dirder: number;
      if (!clipped) {
        const t2 = (mu * pnorm * pnorm) / f2;
        prered = jd2 / f2 + 2 * t2;
        dirder = -(jd2 / f2 + t2);
      } else {
        prered = -(2 * gd + jd2) / f2;
        dirder = gd / f2;
      }
      const ratio = prered !== 0 ? actred / prered : 0;
      if (ratio <= 0.25) {
        let temp = actred >= 0 ? 0.5 : (0.5 * dirder) / (dirder + 0.5 * actred);
        if (0.1 * fnorm1 >= fnorm || !(temp >= 0.1)) temp = 0.1;
        delta = temp * Math.min(delta, pnorm / 0.1);
        mu /= temp;
      } else if (mu === 0 || ratio >= 0.75) {
        delta = pnorm / 0.5;
        mu *= 0.5;
      }
      const accepted = ratio >= 1e-4;
      if (accepted) {
        [x, xt] = [xt, x];
        [r, rt] = [rt, r];
        fnorm = fnorm1;
        xnorm = scaledNorm(x, true);
      }
      const small = Math.abs(actred) <= settings.costTolerance && prered <= settings.costTolerance;
      if ((small && 0.5 * ratio <= 1) || fnorm === 0) stop("cost", true);
      else if (delta <= settings.stepTolerance * xnorm) stop("step", true);
      else if (Math.abs(actred) <= EPS && prered <= EPS && 0.5 * ratio <= 1) stop("cost", true);
      else if (delta <= EPS * xnorm || delta === 0) stop("step", true);
      else if (gnorm <= EPS) stop("gradient", true);
      else if (nfev >= settings.maxFunctionEvaluations) stop("max-evaluations", false);
      if (reason !== undefined) {
        if (!accepted && lastNonFinite && reason === "step") {
          throw new LmbError(
            "E_MODEL_NON_FINITE",
            "the model keeps returning non-finite values however small the step",
            {
              fix: "bound the parameters to the model's domain (min/max) or start elsewhere",
              details: { values: Array.from(x) },
            },
          );
        }
        break;
      }
      if (accepted) break;
    }
  }
  return {
    x,
    r,
    chiSquare: fnorm * fnorm,
    iterations,
    functionEvaluations: nfev,
    jacobianEvaluations: problem.jacobian ? njev : 0,
    converged,
    reason: reason as StopReason,
  };
}
