#!/usr/bin/env python3
"""Dump what a dynamic-linking loader needs to know about a .wasm file.

Standard library only.  Prints the dylink.0 custom section (every
subsection, byte-exact), imports (module, name, kind, type), exports,
the start function, element and data segments with their offset
expressions, and the target_features section.

    python3 wasminfo.py FILE.wasm...          # text
    python3 wasminfo.py --json FILE.wasm...   # JSON (used by refloader.py)
"""
import json
import sys

VALTYPES = {0x7F: "i32", 0x7E: "i64", 0x7D: "f32", 0x7C: "f64", 0x7B: "v128",
            0x70: "funcref", 0x6F: "externref"}
DYLINK_SUBSECTIONS = {1: "WASM_DYLINK_MEM_INFO", 2: "WASM_DYLINK_NEEDED",
                      3: "WASM_DYLINK_EXPORT_INFO", 4: "WASM_DYLINK_IMPORT_INFO",
                      5: "WASM_DYLINK_RUNTIME_PATH"}
KINDS = {0: "func", 1: "table", 2: "memory", 3: "global", 4: "tag"}


class Reader:
    def __init__(self, data, pos=0, end=None):
        self.data = data
        self.pos = pos
        self.end = len(data) if end is None else end

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def uleb(self):
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return result

    def sleb(self, bits=64):
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                if b & 0x40:
                    result -= 1 << shift
                return result

    def bytes(self, n):
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def name(self):
        return self.bytes(self.uleb()).decode("utf-8")

    def done(self):
        return self.pos >= self.end


def limits(r):
    flags = r.byte()
    lo = r.uleb()
    hi = r.uleb() if flags & 1 else None
    return {"min": lo, "max": hi, "shared": bool(flags & 2)}


def const_expr(r, global_names):
    """Decode a constant expression into a readable string."""
    parts = []
    while True:
        op = r.byte()
        if op == 0x0B:
            return " ".join(parts)
        if op == 0x41:
            parts.append("i32.const %d" % r.sleb())
        elif op == 0x42:
            parts.append("i64.const %d" % r.sleb())
        elif op == 0x23:
            idx = r.uleb()
            parts.append("global.get %d(%s)" % (idx, global_names.get(idx, "?")))
        elif op == 0x6A:
            parts.append("i32.add")
        elif op == 0xD2:
            parts.append("ref.func %d" % r.uleb())
        elif op == 0xD0:
            parts.append("ref.null %s" % VALTYPES.get(r.byte(), "?"))
        else:
            parts.append("op0x%02x" % op)
            # unknown: cannot continue reliably
            return " ".join(parts) + " ..."


def parse_dylink(payload):
    r = Reader(payload)
    subs = []
    while not r.done():
        sid = r.byte()
        size = r.uleb()
        start = r.pos
        body = payload[start:start + size]
        s = {"id": sid, "name": DYLINK_SUBSECTIONS.get(sid, "unknown"), "len": size,
             "bytes": body.hex()}
        sr = Reader(payload, start, start + size)
        if sid == 1:
            s.update(memorysize=sr.uleb(), memoryalignment_log2=sr.uleb(),
                     tablesize=sr.uleb(), tablealignment_log2=sr.uleb())
        elif sid in (2, 5):
            s["entries"] = [sr.name() for _ in range(sr.uleb())]
        elif sid == 3:
            s["entries"] = [{"name": sr.name(), "flags": sr.uleb()} for _ in range(sr.uleb())]
        elif sid == 4:
            s["entries"] = [{"module": sr.name(), "field": sr.name(), "flags": sr.uleb()}
                            for _ in range(sr.uleb())]
        r.pos = start + size
        subs.append(s)
    return subs


def parse(data):
    assert data[:4] == b"\0asm", "not a wasm binary"
    r = Reader(data, 8)
    info = {"sections": [], "dylink.0": None, "types": [], "imports": [], "exports": [],
            "functions": [], "globals": [], "start": None, "elem": [], "data": [],
            "target_features": [], "table": None}
    types = []
    global_names = {}
    n_imported_funcs = n_imported_globals = 0
    first = True
    while r.pos < len(data):
        sid = r.byte()
        size = r.uleb()
        start = r.pos
        end = start + size
        sr = Reader(data, start, end)
        if sid == 0:
            name = sr.name()
            info["sections"].append("custom:" + name)
            payload = data[sr.pos:end]
            if name == "dylink.0":
                info["dylink.0"] = {"first_section": first, "payload_len": len(payload),
                                    "subsections": parse_dylink(payload)}
            elif name == "target_features":
                fr = Reader(payload)
                for _ in range(fr.uleb()):
                    prefix = chr(fr.byte())
                    info["target_features"].append(prefix + fr.name())
        else:
            info["sections"].append(sid)
        if sid == 1:
            for _ in range(sr.uleb()):
                form = sr.byte()
                assert form == 0x60
                params = [VALTYPES[sr.byte()] for _ in range(sr.uleb())]
                results = [VALTYPES[sr.byte()] for _ in range(sr.uleb())]
                types.append((params, results))
            info["types"] = ["(%s) -> (%s)" % (", ".join(p), ", ".join(q)) for p, q in types]
        elif sid == 2:
            for _ in range(sr.uleb()):
                mod = sr.name()
                field = sr.name()
                kind = sr.byte()
                imp = {"module": mod, "name": field, "kind": KINDS[kind]}
                if kind == 0:
                    t = sr.uleb()
                    imp["type"] = info["types"][t]
                    imp["params"], imp["results"] = types[t]
                    imp["index"] = n_imported_funcs
                    n_imported_funcs += 1
                elif kind == 1:
                    et = VALTYPES[sr.byte()]
                    imp["type"] = et
                    imp["limits"] = limits(sr)
                elif kind == 2:
                    imp["limits"] = limits(sr)
                elif kind == 3:
                    vt = VALTYPES[sr.byte()]
                    mut = sr.byte()
                    imp["type"] = ("mut " if mut else "") + vt
                    imp["mutable"] = bool(mut)
                    imp["index"] = n_imported_globals
                    global_names[n_imported_globals] = "%s.%s" % (mod, field)
                    n_imported_globals += 1
                info["imports"].append(imp)
        elif sid == 3:
            info["functions"] = [sr.uleb() for _ in range(sr.uleb())]
        elif sid == 4:
            for _ in range(sr.uleb()):
                et = VALTYPES[sr.byte()]
                info["table"] = {"type": et, "limits": limits(sr)}
        elif sid == 6:
            for i in range(sr.uleb()):
                vt = VALTYPES[sr.byte()]
                mut = sr.byte()
                idx = n_imported_globals + i
                init = const_expr(sr, global_names)
                info["globals"].append({"index": idx, "type": ("mut " if mut else "") + vt,
                                        "init": init})
        elif sid == 7:
            for _ in range(sr.uleb()):
                name = sr.name()
                kind = KINDS[sr.byte()]
                info["exports"].append({"name": name, "kind": kind, "index": sr.uleb()})
        elif sid == 8:
            info["start"] = sr.uleb()
        elif sid == 9:
            for _ in range(sr.uleb()):
                flags = sr.uleb()
                seg = {"flags": flags}
                if flags in (0, 2, 4, 6):
                    if flags in (2, 6):
                        seg["table"] = sr.uleb()
                    seg["offset"] = const_expr(sr, global_names)
                    if flags == 2:
                        sr.byte()  # elemkind
                    if flags == 6:
                        sr.byte()  # reftype
                    if flags in (0, 2):
                        seg["funcs"] = [sr.uleb() for _ in range(sr.uleb())]
                    else:
                        seg["exprs"] = [const_expr(sr, global_names) for _ in range(sr.uleb())]
                else:
                    seg["unparsed"] = True
                    info["elem"].append(seg)
                    break
                info["elem"].append(seg)
        elif sid == 11:
            for _ in range(sr.uleb()):
                flags = sr.uleb()
                seg = {"flags": flags, "mode": "active" if flags in (0, 2) else "passive"}
                if flags == 2:
                    seg["memory"] = sr.uleb()
                if flags in (0, 2):
                    seg["offset"] = const_expr(sr, global_names)
                n = sr.uleb()
                seg["size"] = n
                sr.pos += n
                info["data"].append(seg)
        first = False
        r.pos = end
    # resolve function export names for elem entries and start
    fnames = {e["index"]: e["name"] for e in info["exports"] if e["kind"] == "func"}
    for imp in info["imports"]:
        if imp["kind"] == "func":
            fnames.setdefault(imp["index"], "%s.%s(import)" % (imp["module"], imp["name"]))
    info["func_names"] = {str(k): v for k, v in fnames.items()}
    return info


def show(path, info):
    out = ["== %s" % path]
    d = info["dylink.0"]
    if d is None:
        out.append("dylink.0: none")
    else:
        out.append("dylink.0 (first section: %s, %d payload bytes):"
                   % (d["first_section"], d["payload_len"]))
        for s in d["subsections"]:
            desc = {k: v for k, v in s.items() if k not in ("id", "name", "len", "bytes")}
            out.append("  subsection %d %s len=%d bytes=%s %s"
                       % (s["id"], s["name"], s["len"], s["bytes"], json.dumps(desc)))
    out.append("imports (%d):" % len(info["imports"]))
    for imp in info["imports"]:
        extra = imp.get("type", "")
        if "limits" in imp:
            extra = (extra + " " if extra else "") + "min=%s max=%s" % (
                imp["limits"]["min"], imp["limits"]["max"])
        out.append("  %-8s %-10s %-28s %s" % (imp["kind"], imp["module"], imp["name"], extra))
    out.append("globals defined: " + "; ".join("g%d %s = %s" % (g["index"], g["type"], g["init"])
                                               for g in info["globals"]))
    out.append("exports (%d): " % len(info["exports"]) +
               ", ".join("%s:%s" % (e["kind"], e["name"]) for e in info["exports"]))
    fn = info["func_names"]
    out.append("start: %s" % ("none" if info["start"] is None else
                              "func %d (%s)" % (info["start"], fn.get(str(info["start"]), "internal"))))
    for seg in info["elem"]:
        out.append("elem: offset=[%s] funcs=%s" % (
            seg.get("offset"), [fn.get(str(f), "internal#%d" % f) for f in seg.get("funcs", [])]))
    for seg in info["data"]:
        out.append("data: %s offset=[%s] size=%d" % (seg["mode"], seg.get("offset", ""), seg["size"]))
    out.append("target_features: " + " ".join(info["target_features"]))
    return "\n".join(out)


def main(argv):
    as_json = "--json" in argv
    paths = [a for a in argv if a != "--json"]
    res = {}
    for p in paths:
        with open(p, "rb") as f:
            info = parse(f.read())
        if as_json:
            res[p] = info
        else:
            print(show(p, info))
    if as_json:
        print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
