/**
 * Test fixture (not part of the published API): the 27 NIST StRD nonlinear models, hand-written
 * with analytic Jacobians. `x` holds the predictor columns of the dataset.
 *
 * Source: model formulas as printed in each NIST StRD `.dat` file.
 */

/** A NIST model: writes f(x_i; b) into `out`, and ∂f_i/∂b_j row-major (n × p) into `jac`. */
export interface NistModel {
  model(b: Float64Array, x: Float64Array[], out: Float64Array): void;
  jacobian(b: Float64Array, x: Float64Array[], jac: Float64Array): void;
  /** Nelson fits log(y), not y. */
  transformResponse?: (y: number) => number;
}

type Point = (b: Float64Array, x: number, x2: number) => number;
type Gradient = (b: Float64Array, x: number, x2: number, g: Float64Array) => void;

function pointwise(f: Point, grad: Gradient): NistModel {
  return {
    model(b, x, out) {
      const x1 = x[0] as Float64Array;
      const x2 = x[1];
      for (let i = 0; i < out.length; i++)
        out[i] = f(b, x1[i] as number, x2 ? (x2[i] as number) : 0);
    },
    jacobian(b, x, jac) {
      const x1 = x[0] as Float64Array;
      const x2 = x[1];
      const p = b.length;
      const g = new Float64Array(p);
      for (let i = 0; i < x1.length; i++) {
        grad(b, x1[i] as number, x2 ? (x2[i] as number) : 0, g);
        for (let j = 0; j < p; j++) jac[i * p + j] = g[j] as number;
      }
    },
  };
}

const b = (v: Float64Array, k: number): number => v[k - 1] as number;

const misra1a = pointwise(
  (v, x) => b(v, 1) * (1 - Math.exp(-b(v, 2) * x)),
  (v, x, _x2, g) => {
    const e = Math.exp(-b(v, 2) * x);
    g[0] = 1 - e;
    g[1] = b(v, 1) * x * e;
  },
);

const chwirut = pointwise(
  (v, x) => Math.exp(-b(v, 1) * x) / (b(v, 2) + b(v, 3) * x),
  (v, x, _x2, g) => {
    const d = b(v, 2) + b(v, 3) * x;
    const f = Math.exp(-b(v, 1) * x) / d;
    g[0] = -x * f;
    g[1] = -f / d;
    g[2] = (-x * f) / d;
  },
);

const lanczos = pointwise(
  (v, x) =>
    b(v, 1) * Math.exp(-b(v, 2) * x) +
    b(v, 3) * Math.exp(-b(v, 4) * x) +
    b(v, 5) * Math.exp(-b(v, 6) * x),
  (v, x, _x2, g) => {
    for (let k = 0; k < 3; k++) {
      const e = Math.exp(-(v[2 * k + 1] as number) * x);
      g[2 * k] = e;
      g[2 * k + 1] = -(v[2 * k] as number) * x * e;
    }
  },
);

const gauss = pointwise(
  (v, x) =>
    b(v, 1) * Math.exp(-b(v, 2) * x) +
    b(v, 3) * Math.exp(-((x - b(v, 4)) ** 2) / b(v, 5) ** 2) +
    b(v, 6) * Math.exp(-((x - b(v, 7)) ** 2) / b(v, 8) ** 2),
  (v, x, _x2, g) => {
    const e = Math.exp(-b(v, 2) * x);
    g[0] = e;
    g[1] = -b(v, 1) * x * e;
    for (const k of [2, 5]) {
      const a = v[k] as number;
      const c = v[k + 1] as number;
      const w = v[k + 2] as number;
      const gk = Math.exp(-((x - c) ** 2) / w ** 2);
      g[k] = gk;
      g[k + 1] = (a * gk * 2 * (x - c)) / w ** 2;
      g[k + 2] = (a * gk * 2 * (x - c) ** 2) / w ** 3;
    }
  },
);

const danWood = pointwise(
  (v, x) => b(v, 1) * x ** b(v, 2),
  (v, x, _x2, g) => {
    const t = x ** b(v, 2);
    g[0] = t;
    g[1] = b(v, 1) * t * Math.log(x);
  },
);

const misra1b = pointwise(
  (v, x) => b(v, 1) * (1 - (1 + (b(v, 2) * x) / 2) ** -2),
  (v, x, _x2, g) => {
    const u = 1 + (b(v, 2) * x) / 2;
    g[0] = 1 - u ** -2;
    g[1] = b(v, 1) * x * u ** -3;
  },
);

/** (Σ_{k<m} b_k x^k) / (1 + Σ_{k≥1} b_{m+k} x^k) with m numerator terms and d denominator terms. */
function rational(m: number, d: number): NistModel {
  return pointwise(
    (v, x) => {
      let num = 0;
      for (let k = m - 1; k >= 0; k--) num = num * x + (v[k] as number);
      let den = 0;
      for (let k = d; k >= 1; k--) den = (den + (v[m + k - 1] as number)) * x;
      return num / (1 + den);
    },
    (v, x, _x2, g) => {
      let num = 0;
      for (let k = m - 1; k >= 0; k--) num = num * x + (v[k] as number);
      let den = 0;
      for (let k = d; k >= 1; k--) den = (den + (v[m + k - 1] as number)) * x;
      den += 1;
      let xk = 1;
      for (let k = 0; k < m; k++) {
        g[k] = xk / den;
        xk *= x;
      }
      xk = x;
      for (let k = 1; k <= d; k++) {
        g[m + k - 1] = (-num * xk) / (den * den);
        xk *= x;
      }
    },
  );
}

const nelson: NistModel = {
  ...pointwise(
    (v, x1, x2) => b(v, 1) - b(v, 2) * x1 * Math.exp(-b(v, 3) * x2),
    (v, x1, x2, g) => {
      const e = Math.exp(-b(v, 3) * x2);
      g[0] = 1;
      g[1] = -x1 * e;
      g[2] = b(v, 2) * x1 * x2 * e;
    },
  ),
  transformResponse: Math.log,
};

const mgh17 = pointwise(
  (v, x) => b(v, 1) + b(v, 2) * Math.exp(-x * b(v, 4)) + b(v, 3) * Math.exp(-x * b(v, 5)),
  (v, x, _x2, g) => {
    const e4 = Math.exp(-x * b(v, 4));
    const e5 = Math.exp(-x * b(v, 5));
    g[0] = 1;
    g[1] = e4;
    g[2] = e5;
    g[3] = -b(v, 2) * x * e4;
    g[4] = -b(v, 3) * x * e5;
  },
);

const misra1c = pointwise(
  (v, x) => b(v, 1) * (1 - (1 + 2 * b(v, 2) * x) ** -0.5),
  (v, x, _x2, g) => {
    const u = 1 + 2 * b(v, 2) * x;
    g[0] = 1 - u ** -0.5;
    g[1] = b(v, 1) * x * u ** -1.5;
  },
);

const misra1d = pointwise(
  (v, x) => (b(v, 1) * b(v, 2) * x) / (1 + b(v, 2) * x),
  (v, x, _x2, g) => {
    const u = 1 + b(v, 2) * x;
    g[0] = (b(v, 2) * x) / u;
    g[1] = (b(v, 1) * x) / (u * u);
  },
);

const roszman1 = pointwise(
  (v, x) => b(v, 1) - b(v, 2) * x - Math.atan(b(v, 3) / (x - b(v, 4))) / Math.PI,
  (v, x, _x2, g) => {
    const d = x - b(v, 4);
    const u = b(v, 3) / d;
    const s = 1 / (1 + u * u) / Math.PI;
    g[0] = 1;
    g[1] = -x;
    g[2] = -s / d;
    g[3] = (-s * b(v, 3)) / (d * d);
  },
);

const enso = pointwise(
  (v, x) => {
    const t = 2 * Math.PI * x;
    return (
      b(v, 1) +
      b(v, 2) * Math.cos(t / 12) +
      b(v, 3) * Math.sin(t / 12) +
      b(v, 5) * Math.cos(t / b(v, 4)) +
      b(v, 6) * Math.sin(t / b(v, 4)) +
      b(v, 8) * Math.cos(t / b(v, 7)) +
      b(v, 9) * Math.sin(t / b(v, 7))
    );
  },
  (v, x, _x2, g) => {
    const t = 2 * Math.PI * x;
    g[0] = 1;
    g[1] = Math.cos(t / 12);
    g[2] = Math.sin(t / 12);
    for (const k of [3, 6]) {
      const period = v[k] as number;
      const c = Math.cos(t / period);
      const s = Math.sin(t / period);
      g[k + 1] = c;
      g[k + 2] = s;
      g[k] = ((-(v[k + 1] as number) * s + (v[k + 2] as number) * c) * -t) / (period * period);
    }
  },
);

const mgh09 = pointwise(
  (v, x) => (b(v, 1) * (x * x + x * b(v, 2))) / (x * x + x * b(v, 3) + b(v, 4)),
  (v, x, _x2, g) => {
    const n = x * x + x * b(v, 2);
    const d = x * x + x * b(v, 3) + b(v, 4);
    g[0] = n / d;
    g[1] = (b(v, 1) * x) / d;
    g[2] = (-b(v, 1) * n * x) / (d * d);
    g[3] = (-b(v, 1) * n) / (d * d);
  },
);

const rat42 = pointwise(
  (v, x) => b(v, 1) / (1 + Math.exp(b(v, 2) - b(v, 3) * x)),
  (v, x, _x2, g) => {
    const e = Math.exp(b(v, 2) - b(v, 3) * x);
    const u = 1 + e;
    g[0] = 1 / u;
    g[1] = (-b(v, 1) * e) / (u * u);
    g[2] = (b(v, 1) * x * e) / (u * u);
  },
);

const mgh10 = pointwise(
  (v, x) => b(v, 1) * Math.exp(b(v, 2) / (x + b(v, 3))),
  (v, x, _x2, g) => {
    const d = x + b(v, 3);
    const e = Math.exp(b(v, 2) / d);
    g[0] = e;
    g[1] = (b(v, 1) * e) / d;
    g[2] = (-b(v, 1) * e * b(v, 2)) / (d * d);
  },
);

const eckerle4 = pointwise(
  (v, x) => (b(v, 1) / b(v, 2)) * Math.exp(-0.5 * ((x - b(v, 3)) / b(v, 2)) ** 2),
  (v, x, _x2, g) => {
    const z = (x - b(v, 3)) / b(v, 2);
    const e = Math.exp(-0.5 * z * z);
    g[0] = e / b(v, 2);
    g[1] = ((b(v, 1) * e) / b(v, 2) ** 2) * (z * z - 1);
    g[2] = ((b(v, 1) * e) / b(v, 2) ** 2) * z;
  },
);

const rat43 = pointwise(
  (v, x) => b(v, 1) / (1 + Math.exp(b(v, 2) - b(v, 3) * x)) ** (1 / b(v, 4)),
  (v, x, _x2, g) => {
    const e = Math.exp(b(v, 2) - b(v, 3) * x);
    const u = 1 + e;
    const q = 1 / b(v, 4);
    const uq = u ** -q;
    g[0] = uq;
    g[1] = (-b(v, 1) * q * uq * e) / u;
    g[2] = (b(v, 1) * q * uq * x * e) / u;
    g[3] = b(v, 1) * uq * Math.log(u) * q * q;
  },
);

const bennett5 = pointwise(
  (v, x) => b(v, 1) * (b(v, 2) + x) ** (-1 / b(v, 3)),
  (v, x, _x2, g) => {
    const u = b(v, 2) + x;
    const q = 1 / b(v, 3);
    const uq = u ** -q;
    g[0] = uq;
    g[1] = (-b(v, 1) * q * uq) / u;
    g[2] = b(v, 1) * uq * Math.log(u) * q * q;
  },
);

/** The 27 models by NIST dataset name, in NIST's order of difficulty. */
export const nistModels: Record<string, NistModel> = {
  Misra1a: misra1a,
  Chwirut2: chwirut,
  Chwirut1: chwirut,
  Lanczos3: lanczos,
  Gauss1: gauss,
  Gauss2: gauss,
  DanWood: danWood,
  Misra1b: misra1b,
  Kirby2: rational(3, 2),
  Hahn1: rational(4, 3),
  Nelson: nelson,
  MGH17: mgh17,
  Lanczos1: lanczos,
  Lanczos2: lanczos,
  Gauss3: gauss,
  Misra1c: misra1c,
  Misra1d: misra1d,
  Roszman1: roszman1,
  ENSO: enso,
  MGH09: mgh09,
  Thurber: rational(4, 3),
  BoxBOD: misra1a,
  Rat42: rat42,
  MGH10: mgh10,
  Eckerle4: eckerle4,
  Rat43: rat43,
  Bennett5: bennett5,
};

/** NIST's 27 nonlinear dataset names, lower → average → higher difficulty. */
export const nistNames: string[] = Object.keys(nistModels);
