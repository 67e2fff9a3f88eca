/* Jacobi-preconditioned CG on the 7-point 3-D Laplacian in CSR form — the same algorithm and
 * loop fusion as src/sparse/conjugate-gradient.ts, for a TypeScript-vs-C timing comparison.
 * Build: gcc -O2 -o cg cg.c -lm ; run: ./cg 128 20  → prints JSON {n, iterations, seconds, ...}
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 128;
  int iters = argc > 2 ? atoi(argv[2]) : 20;
  int repeats = argc > 3 ? atoi(argv[3]) : 5;
  long size = (long)n * n * n, nn = (long)n * n, nnz = 7 * size - 6 * nn, at = 0;
  int *rowPtr = malloc((size + 1) * sizeof(int)), *colIdx = malloc(nnz * sizeof(int));
  double *val = malloc(nnz * sizeof(double));
  for (long k = 0; k < n; k++)
    for (long j = 0; j < n; j++)
      for (long i = 0; i < n; i++) {
        long row = i + n * j + nn * k;
        rowPtr[row] = at;
        if (k > 0) { colIdx[at] = row - nn; val[at++] = -1; }
        if (j > 0) { colIdx[at] = row - n; val[at++] = -1; }
        if (i > 0) { colIdx[at] = row - 1; val[at++] = -1; }
        colIdx[at] = row; val[at++] = 6;
        if (i < n - 1) { colIdx[at] = row + 1; val[at++] = -1; }
        if (j < n - 1) { colIdx[at] = row + n; val[at++] = -1; }
        if (k < n - 1) { colIdx[at] = row + nn; val[at++] = -1; }
      }
  rowPtr[size] = at;
  double *x = malloc(size * 8), *r = malloc(size * 8), *z = malloc(size * 8), *p = malloc(size * 8),
         *q = malloc(size * 8), *inv = malloc(size * 8), *b = malloc(size * 8);
  double best = 1e30, rrOut = 0;
  for (int rep = 0; rep < repeats; rep++) {
    for (long i = 0; i < size; i++) {
      b[i] = 1;
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++)
        if (colIdx[k] == i) inv[i] = 1 / val[k];
    }
    double t0 = now();
    double rr = 0, rz = 0;
    for (long i = 0; i < size; i++) {
      x[i] = 0; r[i] = b[i]; z[i] = inv[i] * r[i]; p[i] = z[i];
      rr += r[i] * r[i]; rz += r[i] * z[i];
    }
    for (int it = 0; it < iters; it++) {
      double pq = 0;
      for (long i = 0; i < size; i++) {
        double s = 0;
        for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) s += val[k] * p[colIdx[k]];
        q[i] = s;
        pq += p[i] * s;
      }
      double alpha = rz / pq, rzNew = 0;
      rr = 0;
      for (long i = 0; i < size; i++) {
        x[i] += alpha * p[i];
        double ri = r[i] - alpha * q[i];
        r[i] = ri;
        double zi = inv[i] * ri;
        z[i] = zi;
        rr += ri * ri;
        rzNew += ri * zi;
      }
      double beta = rzNew / rz;
      rz = rzNew;
      for (long i = 0; i < size; i++) p[i] = z[i] + beta * p[i];
    }
    double t = now() - t0;
    if (t < best) best = t;
    rrOut = rr;
  }
  printf("{\"n\": %d, \"unknowns\": %ld, \"nnz\": %ld, \"iterations\": %d, \"seconds\": %.6f, "
         "\"residualNorm\": %.17g}\n",
         n, size, nnz, iters, best, sqrt(rrOut));
  return 0;
}
