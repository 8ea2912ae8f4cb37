#!/usr/bin/env python3
"""A small reference loader for the DynamicLinking.md ABI, used only to
check these test programs (expected.txt) under a second implementation.

Needs the `wasmtime` Python package (pip install wasmtime); build.sh skips
this check when it is missing.  It is a model of what ccoracle's loader has
to do, step by step:

 1. parse dylink.0 of every module; lay out one shared memory (a guard
    area, each module's region aligned as requested, then the shadow
    stack) and one shared table (slot 0 stays null; each module's region;
    then one slot per GOT.func symbol that no element segment places);
 2. fill memory with address-derived bytes, then zero every module region
    (the ABI requires the reserved region to be zeroed);
 3. instantiate the modules in dependency order (libmath, libstr, main),
    giving each its own immutable __memory_base/__table_base, the shared
    memory, table, mutable __stack_pointer, host functions, functions
    exported by modules instantiated before, and PLT trampolines (a tiny
    wasm module doing call_indirect through the function's canonical
    table slot) for functions of modules not instantiated yet;
 4. after each instantiation, store its exported functions into the
    canonical slots the loader allocated for them;
 5. fill GOT.mem.X = owner's __memory_base + value of owner's exported
    global X, and GOT.func.X = canonical slot of X;
 6. call __wasm_apply_data_relocs of every module that exports it, then
    __wasm_call_ctors of every module that exports it (load order);
 7. call the test exports and compare with expected.txt.

    python3 refloader.py [--dir DIR] [--expected FILE]
"""
import argparse
import os
import sys

import wasmtime as wt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import wasminfo  # noqa: E402

PAGE = 65536
MEM_PAGES = 4
GUARD = 1024           # [0, GUARD) is never handed to a module
STACK_SIZE = 64 * 1024
GOT_POISON = 0x7EAD0000  # a GOT entry read before it is filled is recognisable
TESTS = ["test_stack", "test_callbacks", "test_data", "test_cross",
         "test_fnptr_identity", "test_host", "run_all"]


def align(x, log2):
    a = 1 << log2
    return (x + a - 1) & ~(a - 1)


def pattern_byte(addr):
    return ((addr * 0x9E) ^ (addr >> 8) ^ (addr >> 16) ^ 0x5A) & 0xFF


def vt(name):
    return {"i32": wt.ValType.i32(), "i64": wt.ValType.i64(),
            "f32": wt.ValType.f32(), "f64": wt.ValType.f64()}[name]


class Loader:
    def __init__(self, files, host_add=lambda a, b: (a + b) & 0xFFFFFFFF):
        """files: list of (name, path) in load order, main module last."""
        self.engine = wt.Engine()
        self.store = wt.Store(self.engine)
        self.host_calls = []
        self.host_add = host_add
        self.mods = []
        for name, path in files:
            with open(path, "rb") as f:
                data = f.read()
            info = wasminfo.parse(data)
            mi = next(s for s in info["dylink.0"]["subsections"] if s["id"] == 1)
            self.mods.append({"name": name, "info": info, "mi": mi,
                              "module": wt.Module(self.engine, data), "inst": None})
        self.layout()

    # -- step 1: memory and table layout ---------------------------------
    def layout(self):
        nxt = GUARD
        slot = 1  # table slot 0 stays null: a null function pointer traps
        self.canon = {}   # function symbol -> table slot
        self.owner = {}   # symbol -> module dict (first definition wins, main first)
        for m in self.mods:
            nxt = align(nxt, m["mi"]["memoryalignment_log2"])
            m["memory_base"] = nxt
            nxt += m["mi"]["memorysize"]
            slot = align(slot, m["mi"]["tablealignment_log2"])
            m["table_base"] = slot
            slot += m["mi"]["tablesize"]
        self.stack_lo = align(nxt, 4)
        self.stack_top = self.stack_lo + STACK_SIZE
        assert self.stack_top <= MEM_PAGES * PAGE
        # symbol owners: main module first, then the side modules in load order
        for m in sorted(self.mods, key=lambda m: m is not self.mods[-1]):
            for e in m["info"]["exports"]:
                self.owner.setdefault((e["kind"], e["name"]), m)
        # canonical slots of functions that a module's own element segment places
        for m in self.mods:
            fnames = {e["index"]: e["name"] for e in m["info"]["exports"] if e["kind"] == "func"}
            for seg in m["info"]["elem"]:
                assert seg["offset"].startswith("global.get") and "__table_base" in seg["offset"], seg
                for i, f in enumerate(seg["funcs"]):
                    if f in fnames and self.owner.get(("func", fnames[f])) is m:
                        self.canon.setdefault(fnames[f], m["table_base"] + i)
        # one more slot for every GOT.func symbol not placed by an element segment
        self.to_install = {}  # slot -> symbol, filled after its owner is instantiated
        for m in self.mods:
            for imp in m["info"]["imports"]:
                if imp["module"] == "GOT.func" and imp["name"] not in self.canon:
                    self.canon[imp["name"]] = slot
                    self.to_install[slot] = imp["name"]
                    slot += 1
        self.table_size = slot

    def plt_slot(self, name):
        if name not in self.canon:
            self.canon[name] = self.table_size
            self.to_install[self.table_size] = name
            self.table_size += 1
            self.table.grow(self.store, 1, None)
        return self.canon[name]

    # -- steps 2-6 ---------------------------------------------------------
    def load(self):
        st = self.store
        self.memory = wt.Memory(st, wt.MemoryType(wt.Limits(MEM_PAGES, None)))
        self.memory.write(st, bytes(pattern_byte(a) for a in range(MEM_PAGES * PAGE)), 0)
        for m in self.mods:
            self.memory.write(st, bytes(m["mi"]["memorysize"]), m["memory_base"])
        self.table = wt.Table(st, wt.TableType(wt.ValType.funcref(), wt.Limits(self.table_size, None)), None)
        self.sp = wt.Global(st, wt.GlobalType(wt.ValType.i32(), True), wt.Val.i32(self.stack_top))
        self.got = {}
        for m in self.mods:
            self.instantiate(m)
            for slot, name in list(self.to_install.items()):
                if self.owner.get(("func", name)) is m:
                    self.table.set(st, slot, m["inst"].exports(st)[name])
                    del self.to_install[slot]
        assert not self.to_install, "functions never defined: %s" % self.to_install
        for (space, name), g in self.got.items():
            if space == "GOT.mem":
                owner = self.owner.get(("global", name))
                assert owner, "no module exports data symbol " + name
                rel = owner["inst"].exports(st)[name].value(st)
                g.set_value(st, wt.Val.i32(owner["memory_base"] + rel))
            else:
                g.set_value(st, wt.Val.i32(self.canon[name]))
        for m in self.mods:
            f = m["inst"].exports(st).get("__wasm_apply_data_relocs")
            if f:
                f(st)
        for m in self.mods:
            f = m["inst"].exports(st).get("__wasm_call_ctors")
            if f:
                f(st)
        self.main = self.mods[-1]["inst"]

    def host_func(self, imp):
        st = self.store
        ft = wt.FuncType([vt(p) for p in imp["params"]], [vt(r) for r in imp["results"]])
        if imp["name"] == "host_log":
            def f(tag, value):
                self.host_calls.append(("host_log", tag, value, self.sp.value(st)))
            return wt.Func(st, ft, f)
        if imp["name"] == "host_add":
            def f(a, b):
                r = self.host_add(a, b)
                self.host_calls.append(("host_add", a, b, r))
                return r - (1 << 32) if r >= 1 << 31 else r
            return wt.Func(st, ft, f)
        return None

    def plt(self, imp):
        """A wasm trampoline that calls the function through its table slot."""
        slot = self.plt_slot(imp["name"])
        params = " ".join(imp["params"])
        results = " ".join(imp["results"])
        gets = " ".join("local.get %d" % i for i in range(len(imp["params"])))
        wat = """(module
  (import "env" "__indirect_function_table" (table 0 funcref))
  (type $t (func (param %s) (result %s)))
  (func (export "f") (type $t) %s i32.const %d call_indirect (type $t)))""" % (
            params, results, gets, slot)
        inst = wt.Instance(self.store, wt.Module(self.engine, wat), [self.table])
        return inst.exports(self.store)["f"]

    def instantiate(self, m):
        st = self.store
        m["g_memory_base"] = wt.Global(st, wt.GlobalType(wt.ValType.i32(), False), wt.Val.i32(m["memory_base"]))
        m["g_table_base"] = wt.Global(st, wt.GlobalType(wt.ValType.i32(), False), wt.Val.i32(m["table_base"]))
        imports = []
        m["plts"] = []
        for imp in m["info"]["imports"]:
            mod, name, kind = imp["module"], imp["name"], imp["kind"]
            if mod == "env" and name == "memory":
                imports.append(self.memory)
            elif mod == "env" and name == "__indirect_function_table":
                imports.append(self.table)
            elif mod == "env" and name == "__stack_pointer":
                imports.append(self.sp)
            elif mod == "env" and name == "__memory_base":
                imports.append(m["g_memory_base"])
            elif mod == "env" and name == "__table_base":
                imports.append(m["g_table_base"])
            elif mod in ("GOT.mem", "GOT.func"):
                key = (mod, name)
                if key not in self.got:
                    self.got[key] = wt.Global(st, wt.GlobalType(wt.ValType.i32(), True),
                                              wt.Val.i32(GOT_POISON | len(self.got)))
                imports.append(self.got[key])
            elif mod == "env" and kind == "func":
                owner = self.owner.get(("func", name))
                if owner is not None and owner["inst"] is not None:
                    imports.append(owner["inst"].exports(st)[name])
                elif owner is not None:
                    m["plts"].append(name)
                    imports.append(self.plt(imp))
                else:
                    h = self.host_func(imp)
                    assert h is not None, "unresolved import env.%s" % name
                    imports.append(h)
            else:
                raise AssertionError("unexpected import %s.%s" % (mod, name))
        m["inst"] = wt.Instance(st, m["module"], imports)

    def call(self, name):
        r = self.main.exports(self.store)[name](self.store)
        assert self.sp.value(self.store) == self.stack_top, "stack pointer not restored"
        return r


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--dir", default=here)
    ap.add_argument("--main", default="main.wasm")
    ap.add_argument("--expected", default=os.path.join(here, "expected.txt"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    expected = {}
    with open(a.expected) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                k, v = line.split()
                expected[k] = int(v)
    files = [("libmath", os.path.join(a.dir, "libmath.wasm")),
             ("libstr", os.path.join(a.dir, "libstr.wasm")),
             ("main", os.path.join(a.dir, a.main))]
    fails = 0
    for order in (TESTS, list(reversed(TESTS)), TESTS + TESTS):
        ld = Loader(files)
        ld.load()
        if a.v and order is TESTS:
            for m in ld.mods:
                print("  %-8s memory_base=%d table_base=%d plts=%s" % (
                    m["name"], m["memory_base"], m["table_base"], m["plts"]))
            print("  stack [%d, %d) table size %d canonical slots %s" % (
                ld.stack_lo, ld.stack_top, ld.table_size, ld.canon))
        for t in order:
            got = ld.call(t)
            ok = got == expected[t]
            fails += not ok
            if not ok or a.v:
                print("%s %s %d (expected %d)" % ("ok  " if ok else "FAIL", t, got, expected[t]))
        if a.v and order is TESTS:
            print("  host calls of the first pass: %d, e.g. %s" % (len(ld.host_calls), ld.host_calls[:3]))
    print("refloader %s: %d passed, %d failed" % (os.path.join(a.dir, a.main),
                                                  3 * len(TESTS) + len(TESTS) - fails, fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
