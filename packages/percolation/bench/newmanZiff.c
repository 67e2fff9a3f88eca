/*
 * Reference C implementation of the Newman–Ziff site sweep that bench/newmanZiff.bench.ts
 * compares against in the same run: simple cubic L×L×L, periodic in x and y, open in z with two
 * virtual face nodes, union by size, path halving, Fisher–Yates permutation from xoshiro128**.
 * It is src/lattice/cubicSiteSweep.ts and src/lattice/permutation.ts line by line (the same
 * neighbour arithmetic with two integer divisions per site, the same join, the face roots
 * followed once per step), so the ratio measures the language, not the algorithm. The one
 * difference: the Fisher–Yates index is ⌊u·(i+1)/2³²⌋ by a 64-bit multiply here and by a double
 * multiply in JavaScript (one instruction each; C has no cheaper path for the same stream).
 *
 *   cc -O3 -march=native -o newmanZiff newmanZiff.c && ./newmanZiff 128 5 [seed]
 * prints: CPU ns per site for the permutation, for the sweep, and the mean first spanning
 * fraction (process CPU time, so time spent descheduled on a loaded machine is not counted).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static uint32_t st[4];
static inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static inline uint32_t next(void) {
  uint32_t r = rotl(st[1] * 5, 7) * 9, t = st[1] << 9;
  st[2] ^= st[0]; st[3] ^= st[1]; st[1] ^= st[2]; st[0] ^= st[3]; st[2] ^= t; st[3] = rotl(st[3], 11);
  return r;
}
static inline uint32_t bounded(uint32_t n) { return (uint32_t)(((uint64_t)next() * n) >> 32); }

/* join(): find nb's root with path halving, link by size, return the merged cluster's root. */
static inline int32_t join(int32_t *parent, int32_t root, int32_t r) {
  for (;;) {
    int32_t p = parent[r];
    if (p < 0) break;
    int32_t gp = parent[p];
    if (gp < 0) { r = p; break; }
    parent[r] = gp; r = gp;
  }
  if (r == root) return root;
  int32_t a = parent[root], b = parent[r];
  if (a > b) { parent[r] = a + b; parent[root] = r; return r; }
  parent[root] = a + b; parent[r] = root; return root;
}

static double cpu(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  int32_t L = argc > 1 ? atoi(argv[1]) : 128, runs = argc > 2 ? atoi(argv[2]) : 5;
  uint32_t seed = argc > 3 ? (uint32_t)atol(argv[3]) : 1;
  int32_t H = L, layer = L * L, n = layer * H, bottom = n, top = n + 1, empty = -(n + 3);
  int32_t last = L - 1, wrapY = last * L;
  int32_t *parent = malloc(sizeof(int32_t) * (n + 2));
  int32_t *order = malloc(sizeof(int32_t) * n);
  /* any non-zero state; JavaScript derives its state from the seed by splitmix32 */
  st[0] = seed; st[1] = 0x9e3779b9u; st[2] = 0x85ebca6bu; st[3] = 0xc2b2ae35u;
  double permTime = 0, sweepTime = 0, spanSum = 0;
  for (int run = 0; run < runs; run++) {
    double t0 = cpu();
    for (int32_t i = 0; i < n; i++) order[i] = i;
    for (int32_t i = n - 1; i > 0; i--) {
      int32_t j = (int32_t)bounded((uint32_t)i + 1), t = order[i];
      order[i] = order[j]; order[j] = t;
    }
    double t1 = cpu();
    for (int32_t i = 0; i < n; i++) parent[i] = empty;
    parent[bottom] = -1; parent[top] = -1;
    int32_t bottomRoot = bottom, topRoot = top, spanning = -1;
    for (int32_t step = 0; step < n; step++) {
      int32_t s = order[step], root = s;
      parent[s] = -1;
      int32_t q = s / L, x = s - q * L, z = q / L, y = q - z * L;
      int32_t n0 = x == last ? s - last : s + 1;
      int32_t n1 = x == 0 ? s + last : s - 1;
      int32_t n2 = y == last ? s - wrapY : s + L;
      int32_t n3 = y == 0 ? s + wrapY : s - L;
      int32_t n4 = z + 1 < H ? s + layer : top;
      int32_t n5 = z > 0 ? s - layer : bottom;
      if (parent[n0] != empty) root = join(parent, root, n0);
      if (parent[n1] != empty) root = join(parent, root, n1);
      if (parent[n2] != empty) root = join(parent, root, n2);
      if (parent[n3] != empty) root = join(parent, root, n3);
      if (parent[n4] != empty) root = join(parent, root, n4);
      if (parent[n5] != empty) root = join(parent, root, n5);
      if (parent[bottomRoot] >= 0) bottomRoot = root;
      if (parent[topRoot] >= 0) topRoot = root;
      if (spanning < 0 && bottomRoot == topRoot) spanning = step + 1;
    }
    permTime += t1 - t0;
    sweepTime += cpu() - t1;
    spanSum += (double)spanning / n;
  }
  printf("%.2f %.2f %.5f\n", permTime / runs / n * 1e9, sweepTime / runs / n * 1e9, spanSum / runs);
  free(parent);
  free(order);
  return 0;
}
