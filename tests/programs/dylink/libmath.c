/* libmath: side module.  No direct calls into main (so it can be
 * instantiated before main without trampolines); it reaches main only
 * through function pointers (GOT.func) and data addresses (GOT.mem). */
#include "dylink.h"

/* Initialised data, written by main and libstr through GOT.mem. */
int math_table[8] = {11, 22, 33, 44, 55, 66, 77, 88};
/* Zero-initialised data (bss): the loader must zero the reserved region. */
unsigned math_calls;

static const int math_table_init[8] = {11, 22, 33, 44, 55, 66, 77, 88};

/* A table of function pointers in static data, mixing this module's own
 * functions and main's: needs runtime data relocations
 * (__wasm_apply_data_relocs) that read __table_base and GOT.func.*. */
static unop math_ptrtab[4] = {math_neg, main_square, main_twice, 0};

void math_reset(void)
{
    for (int i = 0; i < 8; i++)
        math_table[i] = math_table_init[i];
    math_calls = 0;
}

int math_add(int a, int b) { math_calls++; return (int)((unsigned)a + (unsigned)b); }
int math_sub(int a, int b) { math_calls++; return (int)((unsigned)a - (unsigned)b); }
int math_mul(int a, int b) { math_calls++; return (int)((unsigned)a * (unsigned)b); }
int math_neg(int x) { math_calls++; return (int)(0u - (unsigned)x); }

/* Returns a pointer to one of this module's own functions. */
binop math_get_op(int which)
{
    switch (which & 3) {
    case 0: return math_add;
    case 1: return math_sub;
    case 2: return math_mul;
    default: return main_mix; /* a pointer to a *main* function */
    }
}

/* Reads an array that lives on the caller's shadow stack. */
int math_sum(const int *a, int n)
{
    unsigned s = 0;
    for (int i = 0; i < n; i++)
        s += (unsigned)a[i] * (unsigned)(i + 1);
    math_calls++;
    return (int)s;
}

int math_sum_table(void) { return math_sum(math_table, 8); }

/* Calls a callback supplied by the caller (call_indirect into main). */
int math_fold(const int *a, int n, binop f, int init)
{
    int acc = init;
    for (int i = 0; i < n; i++)
        acc = f(acc, a[i]);
    return acc;
}

/* Writes through a pointer into the caller's stack, via a callback. */
int math_map(int *a, int n, unop f)
{
    unsigned s = 0;
    for (int i = 0; i < n; i++) {
        a[i] = f(a[i]);
        s = s * 31u + (unsigned)a[i];
    }
    return (int)s;
}

/* Recursion with a local array per frame; each level writes to out[]
 * (which lives in the caller's frame, another module). */
int math_fact_frames(int n, int *out)
{
    int local[4];
    for (int i = 0; i < 4; i++)
        local[i] = n * 4 + i;
    if (n <= 1) {
        out[0] = 1;
        host_log(0x4d01, local[3]);
        return 1;
    }
    int r = math_fact_frames(n - 1, out);
    unsigned v = (unsigned)r * (unsigned)n;
    out[n - 1] = (int)v;
    /* the local array must have survived the deeper frames */
    return (int)(v + (unsigned)(local[0] + local[1] + local[2] + local[3]) - (unsigned)(16 * n + 6));
}

static int walk(const struct frame *f)
{
    unsigned s = 0, k = 1;
    for (; f; f = f->up, k++)
        s += (unsigned)f->val * k;
    return (int)s;
}

/* Cross-module recursion through a callback: main_descend -> math_descend
 * -> (call_indirect) main_descend -> ...  Every level links a frame on the
 * shared shadow stack into a chain that the bottom level walks. */
int math_descend(int depth, const struct frame *up, descend_fn back)
{
    struct frame f;
    int local[5];
    f.val = depth * 7 + 2;
    f.up = up;
    for (int i = 0; i < 5; i++)
        local[i] = depth + i * 3;
    if (depth == 0) {
        host_log(0x4d02, walk(&f));
        return walk(&f);
    }
    unsigned r = (unsigned)back(depth - 1, &f);
    return (int)(r * 3u + (unsigned)math_sum(local, 5));
}

/* Calls main functions through pointers taken here (GOT.func.main_twice,
 * GOT.func.main_square).  The volatile keeps clang from turning the
 * indirect calls back into direct calls (which would import env.main_*
 * and make libmath depend on main at instantiation time). */
int math_apply_main(int x)
{
    unop volatile f = main_twice;
    unop volatile g = main_square;
    return (int)((unsigned)f(x) * 5u + (unsigned)g(x + 1));
}

/* Calls through the statically-initialised pointer table. */
int math_via_ptrtab(int x)
{
    unsigned s = 0;
    for (int i = 0; i < 4 && math_ptrtab[i]; i++)
        s = s * 17u + (unsigned)math_ptrtab[i](x + i);
    return (int)s;
}

/* Writes main's global array through GOT.mem.main_data / main_scale. */
void math_scale_main_data(int k)
{
    for (int i = 0; i < 16; i++)
        main_data[i] = main_data[i] * k + main_scale;
}

/* The only libmath function whose result depends on the host. */
int math_host_mix(int a, int b)
{
    return host_add(a, b) * 3 + a;
}
