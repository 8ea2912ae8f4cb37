/* malloc/free and function pointers: qsort with comparators chosen through
 * a table, over arrays of several sizes made by a fixed LCG. */
#include <stdio.h>
#include <stdlib.h>

static unsigned lcg = 12345;
static int next(void) { lcg = lcg * 1103515245u + 12345u; return (int)((lcg >> 8) % 100000); }

static int up(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int down(const void *a, const void *b) { return *(const int *)b - *(const int *)a; }
static int by_digits(const void *a, const void *b) {
    int x = *(const int *)a % 1000, y = *(const int *)b % 1000;
    return x != y ? x - y : up(a, b);
}
typedef int (*cmp_fn)(const void *, const void *);
static cmp_fn cmps[] = {up, down, by_digits};
static const char *names[] = {"up", "down", "by_digits"};

int main(void) {
    unsigned total = 0;
    for (int round = 0; round < 9; round++) {
        int n = 50 + round * 400;
        int *v = malloc(n * sizeof *v);
        for (int i = 0; i < n; i++) v[i] = next();
        int k = round % 3;
        qsort(v, n, sizeof *v, cmps[k]);
        unsigned h = 0;
        for (int i = 0; i < n; i++) {
            if (i && cmps[k](&v[i - 1], &v[i]) > 0) { printf("round %d: not sorted at %d\n", round, i); return 1; }
            h = h * 31 + (unsigned)v[i];
        }
        printf("round %2d: %5d values %-9s first %5d last %5d hash %u\n", round, n, names[k], v[0], v[n - 1], h % 1000000007u);
        total += h % 1000;
        free(v);
    }
    printf("total %u\n", total);
    return 0;
}
