/*
 * Reference C implementation of the Newman–Ziff site sweep that bench/newmanZiff.bench.ts
 * compares against in the same run: simple cubic L×L×L, periodic in x and y, open in z with two
 * virtual face nodes, union by size, path halving, Fisher–Yates permutation from xoshiro128**.
 * Same algorithm and geometry as src/lattice/siteSweep.ts.
 *
 *   cc -O3 -march=native -o newmanZiff newmanZiff.c && ./newmanZiff 128 5
 * prints: ns per site-add for the full sweep (permutation + union–find), and the mean first
 * spanning fraction.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static uint32_t st[4];
static inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static uint32_t next(void) {
  uint32_t r = rotl(st[1] * 5, 7) * 9, t = st[1] << 9;
  st[2] ^= st[0]; st[3] ^= st[1]; st[1] ^= st[2]; st[0] ^= st[3]; st[2] ^= t; st[3] = rotl(st[3], 11);
  return r;
}
static uint32_t bounded(uint32_t n) { return (uint32_t)(((uint64_t)next() * n) >> 32); }

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  int L = argc > 1 ? atoi(argv[1]) : 128, runs = argc > 2 ? atoi(argv[2]) : 5;
  int32_t n = L * L * L, layer = L * L, bottom = n, top = n + 1, empty = -(n + 3);
  int32_t *parent = malloc(sizeof(int32_t) * (n + 2));
  uint32_t *order = malloc(sizeof(uint32_t) * n);
  st[0] = 1; st[1] = 2; st[2] = 3; st[3] = 4;
  double total = 0, spanSum = 0;
  for (int run = 0; run < runs; run++) {
    double t0 = now();
    for (int32_t i = 0; i < n; i++) order[i] = i;
    for (int32_t i = n - 1; i > 0; i--) { uint32_t j = bounded(i + 1), t = order[i]; order[i] = order[j]; order[j] = t; }
    for (int32_t i = 0; i < n; i++) parent[i] = empty;
    parent[bottom] = -1; parent[top] = -1;
    int32_t spanning = -1;
    for (int32_t step = 0; step < n; step++) {
      int32_t s = order[step], root = s;
      parent[s] = -1;
      int32_t x = s % L, y = (s / L) % L, z = s / layer;
      int32_t nb[8], c = 0;
      nb[c++] = (x + 1 == L ? s - x : s + 1);
      nb[c++] = (x == 0 ? s + L - 1 : s - 1);
      nb[c++] = (y + 1 == L ? s - y * L : s + L);
      nb[c++] = (y == 0 ? s + (L - 1) * L : s - L);
      if (z + 1 < L) nb[c++] = s + layer; else nb[c++] = top;
      if (z > 0) nb[c++] = s - layer; else nb[c++] = bottom;
      for (int k = 0; k < c; k++) {
        int32_t r = nb[k];
        if (parent[r] == empty) continue;
        for (;;) {
          int32_t p = parent[r];
          if (p < 0) break;
          int32_t gp = parent[p];
          if (gp < 0) { r = p; break; }
          parent[r] = gp; r = gp;
        }
        if (r == root) continue;
        if (-parent[root] < -parent[r]) { parent[r] += parent[root]; parent[root] = r; root = r; }
        else { parent[root] += parent[r]; parent[r] = root; }
      }
      if (spanning < 0) {
        int32_t b = bottom, t = top;
        while (parent[b] >= 0) b = parent[b];
        while (parent[t] >= 0) t = parent[t];
        if (b == t) spanning = step + 1;
      }
    }
    total += now() - t0;
    spanSum += (double)spanning / n;
  }
  printf("%.2f %.5f\n", total / runs / n * 1e9, spanSum / runs);
  return 0;
}
