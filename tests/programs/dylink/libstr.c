/* libstr: side module.  Calls libmath directly (side -> side) and main
 * directly (side -> main), so main and libstr import each other's
 * functions: a cycle the loader must break (see README). */
#include "dylink.h"

char str_buf[32];   /* bss */
int str_hist[8];    /* bss, written by str_hash, read by main via GOT.mem */

static int str_inc(int x) { return x + 1; }
static int str_dbl_neg(int x) { return math_neg(x * 2); }

/* Static table mixing a static function of this module, a main function
 * and a libmath function: data relocations via __table_base, GOT.func. */
static unop str_ops[4] = {str_inc, main_square, math_neg, str_dbl_neg};

int str_ctor_value;  /* bss */
unop str_ctor_fn;    /* bss */

/* A constructor: exercises __wasm_call_ctors.  It calls libmath directly
 * and stores a pointer to a main function, so it must run after every
 * module's GOT is filled and data relocations are applied.  str_reset()
 * does not touch these two. */
__attribute__((constructor)) static void str_init(void)
{
    str_ctor_value = math_add(40, 2) * 1000 + str_hist[3];
    str_ctor_fn = main_twice;
}

void str_reset(void)
{
    for (int i = 0; i < 8; i++)
        str_hist[i] = i;            /* not zero: no memset idiom */
    for (int i = 0; i < 32; i++)
        str_buf[i] = (char)('a' + (i % 26));
}

int str_len(const char *s)
{
    int n = 0;
    while (s[n])
        n++;
    return n;
}

/* Recursive reverse copy: one frame per character, each with a local. */
static int rev_rec(char *dst, const char *src, int i, int n)
{
    char c = src[i];
    if (i == n - 1) {
        dst[0] = c;
        return 1;
    }
    int k = rev_rec(dst, src, i + 1, n);
    dst[k] = c;
    return k + 1;
}

int str_rev_copy(char *dst, const char *src)
{
    int n = str_len(src);
    if (n == 0) {
        dst[0] = 0;
        return 0;
    }
    int k = rev_rec(dst, src, 0, n);
    dst[k] = 0;
    return k;
}

/* Direct calls into libmath (side -> side) and updates our own bss. */
unsigned str_hash(const char *s)
{
    unsigned h = 5381;
    for (int i = 0; s[i]; i++) {
        h = (unsigned)math_add((int)(h * 33u), (unsigned char)s[i]);
        str_hist[(unsigned char)s[i] & 7]++;
    }
    return h;
}

/* Writes the decimal digits of v into out (a caller's stack buffer), and
 * calls main directly (side -> main). */
int str_digits(int v, char *out)
{
    char tmp[12];
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    int n = 0;
    do {
        tmp[n++] = (char)('0' + u % 10u);
        u /= 10u;
    } while (u);
    int k = 0;
    if (v < 0)
        out[k++] = '-';
    while (n)
        out[k++] = tmp[--n];
    out[k] = 0;
    return main_square(k) + k;
}

/* Direct mutual recursion between libstr and main: str_nest -> main_nest
 * -> str_nest -> ...; acc points into the outermost caller's frame. */
int str_nest(int depth, int *acc)
{
    char local[6];
    for (int i = 0; i < 6; i++)
        local[i] = (char)(depth + i);
    *acc = *acc * 3 + depth;
    if (depth <= 0)
        return local[5];
    int r = main_nest(depth - 1, acc);
    return r * 2 + local[0] + local[5];
}

/* Writes libmath's global array through GOT.mem.math_table (side -> side data). */
int str_bump_math(void)
{
    for (int i = 0; i < 8; i++)
        math_table[i] += str_hist[i] + i;
    return math_sum_table();
}

/* Returns a pointer to our own function, a main function or a libmath one. */
unop str_pick(int which)
{
    switch (which & 3) {
    case 0: return str_inc;
    case 1: return main_square;
    case 2: return math_neg;
    default: return str_ops[3];
    }
}

int str_apply_all(int x)
{
    unsigned s = 0;
    for (int i = 0; i < 4; i++)
        s = s * 13u + (unsigned)str_ops[i](x + i);
    return (int)s;
}
