/* Shared declarations for the dynamically-linked test programs.
 *
 * main.c    -> main module (PIE)      main.wasm
 * libmath.c -> side module            libmath.so.wasm  (dylink name "libmath.so")
 * libstr.c  -> side module            libstr.so.wasm   (dylink name "libstr.so")
 *
 * Everything is freestanding: no libc, no builtins.  All arithmetic that is
 * folded into a checksum is unsigned, so wasm32 and the native build agree.
 * No pointer value is ever folded into a checksum (pointers differ natively).
 */
#ifndef DYLINK_H
#define DYLINK_H

#ifdef __wasm__
#define HOST_IMPORT(n) __attribute__((import_module("env"), import_name(n)))
#else
#define HOST_IMPORT(n)
#endif

/* ---- host imports (module "env") ------------------------------------- */
/* host_log: void, observed by the oracle (arguments + snapshot), no result. */
HOST_IMPORT("host_log") void host_log(int tag, int value);
/* host_add: its result is host-defined (the oracle's host does NOT return
 * a+b).  Only folded into test_host(), never into run_all(). */
HOST_IMPORT("host_add") int host_add(int a, int b);

typedef int (*unop)(int);
typedef int (*binop)(int, int);

/* A stack frame record; chains of these cross module boundaries. */
struct frame {
    int val;
    const struct frame *up;
};
typedef int (*descend_fn)(int depth, const struct frame *up);

/* ---- main.c ------------------------------------------------------------ */
extern int main_data[16];
extern int main_scale;
int main_square(int x);
int main_twice(int x);
int main_mix(int a, int b);
int main_descend(int depth, const struct frame *up);
int main_nest(int depth, int *acc);

int test_stack(void);
int test_callbacks(void);
int test_data(void);
int test_cross(void);
int test_fnptr_identity(void);
int test_host(void);
int run_all(void);

/* ---- libmath.c --------------------------------------------------------- */
extern int math_table[8];
extern unsigned math_calls;
void math_reset(void);
int math_add(int a, int b);
int math_sub(int a, int b);
int math_mul(int a, int b);
int math_neg(int x);
binop math_get_op(int which);
int math_sum(const int *a, int n);
int math_sum_table(void);
int math_fold(const int *a, int n, binop f, int init);
int math_map(int *a, int n, unop f);
int math_fact_frames(int n, int *out);
int math_descend(int depth, const struct frame *up, descend_fn back);
int math_apply_main(int x);
int math_via_ptrtab(int x);
void math_scale_main_data(int k);
int math_host_mix(int a, int b);

/* ---- libstr.c ---------------------------------------------------------- */
extern char str_buf[32];
extern int str_hist[8];
extern int str_ctor_value;  /* set by libstr's constructor */
extern unop str_ctor_fn;    /* set by libstr's constructor */
void str_reset(void);
int str_len(const char *s);
int str_rev_copy(char *dst, const char *src);
unsigned str_hash(const char *s);
int str_digits(int v, char *out);
int str_nest(int depth, int *acc);
int str_bump_math(void);
unop str_pick(int which);
int str_apply_all(int x);

#endif
