/* A small bytecode interpreter (the kind of workload pass-params was
 * measured on): a stack machine whose handlers are called through a table
 * of function pointers, running a program that counts primes below a
 * limit by trial division, then the same with a switch. */
#include <stdio.h>
#include <stdlib.h>

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JZ, JMP, HALT, NOPS };
typedef struct { int pc, sp; long stack[64]; long vars[8]; const int *code; } VM;
typedef void (*op_fn)(VM *);

static void op_push(VM *m) { m->stack[m->sp++] = m->code[m->pc++]; }
static void op_load(VM *m) { m->stack[m->sp++] = m->vars[m->code[m->pc++]]; }
static void op_store(VM *m) { m->vars[m->code[m->pc++]] = m->stack[--m->sp]; }
static void op_add(VM *m) { m->sp--; m->stack[m->sp - 1] += m->stack[m->sp]; }
static void op_sub(VM *m) { m->sp--; m->stack[m->sp - 1] -= m->stack[m->sp]; }
static void op_mul(VM *m) { m->sp--; m->stack[m->sp - 1] *= m->stack[m->sp]; }
static void op_mod(VM *m) { m->sp--; m->stack[m->sp - 1] %= m->stack[m->sp]; }
static void op_lt(VM *m) { m->sp--; m->stack[m->sp - 1] = m->stack[m->sp - 1] < m->stack[m->sp]; }
static void op_jz(VM *m) { int t = m->code[m->pc++]; if (!m->stack[--m->sp]) m->pc = t; }
static void op_jmp(VM *m) { m->pc = m->code[m->pc]; }
static op_fn ops[NOPS] = {op_push, op_load, op_store, op_add, op_sub, op_mul, op_mod, op_lt, op_jz, op_jmp, 0};

/* vars: 0 n, 1 d, 2 count, 3 limit, 4 prime flag; main assembles the code. */

static long run_table(const int *code, long limit) {
    VM *m = calloc(1, sizeof *m);
    m->code = code; m->vars[3] = limit;
    while (code[m->pc] != HALT) ops[code[m->pc++]](m);
    long r = m->vars[2];
    free(m);
    return r;
}

static long run_switch(const int *code, long limit) {
    VM m = {0}; m.code = code; m.vars[3] = limit;
    for (;;) {
        switch (code[m.pc++]) {
        case HALT: return m.vars[2];
        default: m.pc--; ops[code[m.pc++]](&m);
        }
    }
}

int main(void) {
    /* The program, assembled here so the jump targets are right. */
    int code[128]; int n = 0, loop, inner, out, notprime, next;
#define E(x) (code[n++] = (x))
    E(PUSH); E(2); E(STORE); E(0);
    loop = n; E(LOAD); E(0); E(LOAD); E(3); E(LT); E(JZ); out = n; E(0);
    E(PUSH); E(1); E(STORE); E(4);
    E(PUSH); E(2); E(STORE); E(1);
    inner = n; E(LOAD); E(1); E(LOAD); E(1); E(MUL); E(LOAD); E(0); E(PUSH); E(1); E(ADD); E(LT); E(JZ); next = n; E(0);
    E(LOAD); E(0); E(LOAD); E(1); E(MOD); E(JZ); notprime = n; E(0);
    E(LOAD); E(1); E(PUSH); E(1); E(ADD); E(STORE); E(1); E(JMP); E(inner);
    code[notprime] = n; E(PUSH); E(0); E(STORE); E(4);
    code[next] = n; E(LOAD); E(2); E(LOAD); E(4); E(ADD); E(STORE); E(2);
    E(LOAD); E(0); E(PUSH); E(1); E(ADD); E(STORE); E(0); E(JMP); E(loop);
    code[out] = n; E(HALT);
    for (long limit = 1000; limit <= 4000; limit *= 2) {
        long a = run_table(code, limit), b = run_switch(code, limit);
        printf("primes below %5ld: %ld (table) %ld (switch)\n", limit, a, b);
    }
    return 0;
}
