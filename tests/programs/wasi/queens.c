/* Recursion through the shadow stack: the board lives in each frame and is
 * passed down by pointer (so it is in linear memory, below
 * __stack_pointer), for N-queens with N = 1..9 and for the permutations of
 * a word. */
#include <stdio.h>
#include <string.h>

static int safe(const int *cols, int row, int col) {
    for (int r = 0; r < row; r++) {
        int d = cols[r] - col;
        if (d == 0 || d == row - r || -d == row - r) return 0;
    }
    return 1;
}

static long solve(const int *parent, int n, int row) {
    int cols[16];
    memcpy(cols, parent, sizeof cols);
    if (row == n) return 1;
    long count = 0;
    for (int c = 0; c < n; c++) {
        if (safe(cols, row, c)) {
            cols[row] = c;
            count += solve(cols, n, row + 1);
        }
    }
    return count;
}

static unsigned perms(char *w, int k, int n) {
    if (k == n) {
        unsigned h = 0;
        for (int i = 0; i < n; i++) h = h * 131 + (unsigned char)w[i];
        return h % 1000003;
    }
    unsigned acc = 0;
    for (int i = k; i < n; i++) {
        char copy[16];
        memcpy(copy, w, n);
        char t = copy[k]; copy[k] = copy[i]; copy[i] = t;
        acc += perms(copy, k + 1, n);
    }
    return acc;
}

int main(void) {
    int empty[16] = {0};
    for (int n = 1; n <= 9; n++) printf("queens(%d) = %ld\n", n, solve(empty, n, 0));
    char word[] = "wasmer";
    printf("perms(%s) = %u\n", word, perms(word, 0, (int)strlen(word)));
    return 0;
}
