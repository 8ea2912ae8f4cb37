/* main: the main module (PIE).  Calls both side modules directly, hands
 * them callbacks, calls pointers they return, and reads and writes their
 * global data.  Every test_* export resets the state it uses first, so its
 * result does not depend on which exports ran before it. */
#include "dylink.h"

int main_data[16];          /* bss, written by libmath via GOT.mem */
int main_scale = 3;         /* data, read by libmath via GOT.mem */

/* Data holding addresses of other modules' data (exported, so clang
 * cannot fold it): needs __wasm_apply_data_relocs reading GOT.mem.*. */
int *main_data_ptrs[3] = {&math_table[2], &str_hist[1], &main_data[3]};

struct op {
    binop fn;
    int k;
};
static struct op ops[5] = {
    {math_add, 1}, {math_sub, 2}, {math_mul, 3}, {main_mix, 4}, {0, 0}};

static const char text[] = "dynamic linking";

int main_square(int x) { return (int)((unsigned)x * (unsigned)x); }
int main_twice(int x) { return (int)((unsigned)x * 2u); }
int main_mix(int a, int b) { return (int)((unsigned)a * 31u + (unsigned)b); }

static void reset_all(void)
{
    for (int i = 0; i < 16; i++)
        main_data[i] = i + 1;
    main_scale = 3;
    math_reset();
    str_reset();
}

/* Called back (indirectly) by math_descend. */
int main_descend(int depth, const struct frame *up)
{
    struct frame f;
    f.val = depth * 10 + 1;
    f.up = up;
    unsigned r = (unsigned)math_descend(depth, &f, main_descend);
    return (int)(r + (unsigned)f.val);
}

/* Called directly by str_nest. */
int main_nest(int depth, int *acc)
{
    int local[3] = {depth, depth * 2, depth * 3};
    *acc = *acc * 5 + local[2];
    int r = str_nest(depth - 1, acc);
    return r + local[0] + local[1];
}

/* Shadow stack: arrays on main's stack handed to side modules, recursion
 * inside a side module, recursion across modules (indirect and direct). */
int test_stack(void)
{
    reset_all();
    unsigned h = 0;
    int a[12];
    for (int i = 0; i < 12; i++)
        a[i] = i * i + 3;
    h = h * 31u + (unsigned)math_sum(a, 12);

    int facts[7];
    for (int i = 0; i < 7; i++)
        facts[i] = -1 - i;
    h = h * 31u + (unsigned)math_fact_frames(7, facts);
    for (int i = 0; i < 7; i++)
        h = h * 31u + (unsigned)facts[i];
    host_log(0x5001, (int)h);

    h = h * 31u + (unsigned)main_descend(6, 0);

    int acc = 1;
    h = h * 31u + (unsigned)str_nest(7, &acc);
    h = h * 31u + (unsigned)acc;

    char rev[sizeof text];
    h = h * 31u + (unsigned)str_rev_copy(rev, text);
    for (unsigned i = 0; i < sizeof text; i++)
        h = h * 31u + (unsigned char)rev[i];

    char digits[12];
    h = h * 31u + (unsigned)str_digits(-40961, digits);
    for (int i = 0; digits[i]; i++)
        h = h * 31u + (unsigned char)digits[i];

    /* the stack array a[] must be intact after all of that */
    h = h * 31u + (unsigned)math_sum(a, 12);
    host_log(0x5002, (int)h);
    return (int)h;
}

/* Function pointers in both directions and in data structures. */
int test_callbacks(void)
{
    reset_all();
    unsigned h = 0;
    int a[8];
    for (int i = 0; i < 8; i++)
        a[i] = 3 * i - 7;

    /* main -> side, with a main callback that the side calls back */
    h = h * 31u + (unsigned)math_fold(a, 8, main_mix, 7);
    h = h * 31u + (unsigned)math_map(a, 8, main_twice);   /* writes a[] */
    for (int i = 0; i < 8; i++)
        h = h * 31u + (unsigned)a[i];

    /* side returns pointers to its own (and main's) functions */
    for (int k = 0; k < 4; k++) {
        binop f = math_get_op(k);
        h = h * 31u + (unsigned)f(100 + k, 7 - k);
        /* and hands one of them to another side function */
        h = h * 31u + (unsigned)math_fold(a, 8, f, k);
    }

    /* pointers stored in main's static data (relocated at start-up) */
    for (int i = 0; ops[i].fn; i++)
        h = h * 31u + (unsigned)ops[i].fn(ops[i].k, i + 9);

    /* pointers stored in the side modules' static data */
    h = h * 31u + (unsigned)math_via_ptrtab(5);
    h = h * 31u + (unsigned)str_apply_all(6);

    /* pointers returned by libstr: its own static function, main's, libmath's */
    for (int k = 0; k < 4; k++)
        h = h * 31u + (unsigned)str_pick(k)(11 + k);

    /* libmath calls main through pointers it took itself */
    h = h * 31u + (unsigned)math_apply_main(9);
    host_log(0x5003, (int)h);
    return (int)h;
}

/* Global data through GOT.mem in every direction. */
int test_data(void)
{
    reset_all();
    unsigned h = 0;

    /* main writes libmath's array, libmath reads it */
    for (int i = 0; i < 8; i++)
        math_table[i] = math_table[i] * 2 + i;
    h = h * 31u + (unsigned)math_sum_table();

    /* libmath writes main's array (reading main_scale) */
    main_scale = 5;
    math_scale_main_data(7);
    for (int i = 0; i < 16; i++)
        h = h * 31u + (unsigned)main_data[i];

    /* libstr updates its bss (str_hist), then writes libmath's array */
    h = h * 31u + str_hash(text);
    for (int i = 0; i < 8; i++)
        h = h * 31u + (unsigned)str_hist[i];
    h = h * 31u + (unsigned)str_bump_math();
    for (int i = 0; i < 8; i++)
        h = h * 31u + (unsigned)math_table[i];

    /* addresses of other modules' data, stored in main's static data */
    *main_data_ptrs[0] += 1000;
    *main_data_ptrs[1] += 2000;
    *main_data_ptrs[2] += 3000;
    h = h * 31u + (unsigned)math_table[2];
    h = h * 31u + (unsigned)str_hist[1];
    h = h * 31u + (unsigned)main_data[3];

    /* libstr's char buffer, written by main, read by libstr */
    for (int i = 0; i < 10; i++)
        str_buf[i] = text[i];
    str_buf[10] = 0;
    h = h * 31u + (unsigned)str_len(str_buf);
    h = h * 31u + str_hash(str_buf);

    /* the counter in libmath's bss counts every math_* call made above */
    h = h * 31u + math_calls;
    host_log(0x5004, (int)h);
    return (int)h;
}

/* Direct calls in every direction, including side -> side and side -> main. */
int test_cross(void)
{
    reset_all();
    unsigned h = 0;
    h = h * 31u + (unsigned)math_add(40, 2);
    h = h * 31u + (unsigned)math_mul(-6, 7);
    h = h * 31u + str_hash("abc");               /* libstr -> libmath */
    char d[12];
    h = h * 31u + (unsigned)str_digits(123456, d); /* libstr -> main */
    h = h * 31u + (unsigned)str_len(d);
    int acc = 2;
    h = h * 31u + (unsigned)main_nest(4, &acc);  /* main -> libstr -> main ... */
    h = h * 31u + (unsigned)acc;
    h = h * 31u + math_calls;
    /* set once by libstr's constructor (after relocations, before any export) */
    h = h * 31u + (unsigned)str_ctor_value;
    h = h * 31u + (unsigned)str_ctor_fn(5);
    return (int)h;
}

/* Function pointer identity across modules: the same function's address
 * taken in different modules must compare equal (bit k set if the k-th
 * comparison holds).  Needs the loader to give each function one table
 * slot, shared by every GOT.func entry that names it. */
int test_fnptr_identity(void)
{
    int bits = 0;
    if (math_get_op(0) == math_add) bits |= 1;
    if (math_get_op(3) == main_mix) bits |= 2;
    if (str_pick(1) == main_square) bits |= 4;
    if (str_pick(2) == math_neg) bits |= 8;
    if (ops[0].fn == math_add) bits |= 16;
    if (str_pick(0) != str_pick(3)) bits |= 32;
    return bits;
}

/* The only test whose result depends on what the host returns. */
int test_host(void)
{
    unsigned h = 0;
    h = h * 31u + (unsigned)host_add(3, 4);
    h = h * 31u + (unsigned)math_host_mix(10, 20);
    int a[4] = {1, 2, 3, 4};
    for (int i = 0; i < 4; i++)
        a[i] = host_add(a[i], i * 100);
    h = h * 31u + (unsigned)math_sum(a, 4);
    return (int)h;
}

/* Everything but test_host, order fixed. */
int run_all(void)
{
    unsigned h = 0;
    h = h * 31u + (unsigned)test_stack();
    h = h * 31u + (unsigned)test_callbacks();
    h = h * 31u + (unsigned)test_data();
    h = h * 31u + (unsigned)test_cross();
    h = h * 31u + (unsigned)test_fnptr_identity();
    return (int)h;
}
