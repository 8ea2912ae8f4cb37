//! `ccoracle explain`: every Wasm call site of a case's functions, with and
//! without pass-params side by side, at the IR level.

use super::{Callee, CaseIr, IrFunction, LlvmCall, Site};
use crate::prepare::PreparedCase;
use std::fmt::Write;

/// Which functions to show: all, or one (`module:function index`).
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub module: Option<String>,
    pub function: Option<u32>,
}

impl Filter {
    /// `m1:3` (module name or instance number, function index with
    /// imports counted).
    pub fn parse(s: &str) -> Result<Filter, String> {
        let (m, f) = s.split_once(':').ok_or_else(|| format!("--function {s}: expected MODULE:INDEX, like m1:3"))?;
        let f = f.parse().map_err(|_| format!("--function {s}: {f} is not a function index"))?;
        Ok(Filter { module: Some(m.to_string()), function: Some(f) })
    }

    fn wants(&self, k: usize, name: &str, index: u32) -> bool {
        let module_ok = self.module.as_deref().is_none_or(|m| m == name || m == k.to_string());
        module_ok && self.function.is_none_or(|f| f == index)
    }
}

fn callee_text(case: &PreparedCase, k: usize, imports: u32, f: &IrFunction, site: &Site) -> String {
    match &site.callee {
        Callee::Local(l) => format!("call of function {} (local {l}) of the same module", imports + l),
        Callee::SelfCall => format!("call of itself (function {})", imports + f.local),
        Callee::Import => "call of an imported function (through the pointer in the caller's vmctx)".into(),
        Callee::Indirect => "call_indirect (through a table entry)".into(),
        Callee::Pointer(p) => format!("call through {p}"),
    }
    .replace("of the same module", &format!("of {}", case.modules[k].name))
}

fn call_lines(c: &LlvmCall, indent: &str) -> String {
    let mut s = String::new();
    let m0 = match &c.m0 {
        Some(src) => format!("m0 = {src}"),
        None => "no m0".into(),
    };
    let tail = if c.tail { ", tail call" } else { "" };
    let _ = writeln!(s, "{indent}[{}] vmctx = {}; {m0}{tail}", c.block, c.vmctx);
    let _ = writeln!(s, "{indent}  {}", c.text);
    s
}

fn site_lines(site: Option<&Site>, label: &str) -> String {
    let mut s = String::new();
    let Some(site) = site else {
        let _ = writeln!(s, "    {label}: (no such call site)");
        return s;
    };
    let how = match (&site.callee, site.calls.len(), &site.dispatch) {
        (Callee::Import, 2, _) => " — two arms, chosen at run time by the import's include_m0_param flag \
                                   (set for every Wasm import, clear for host functions)"
            .to_string(),
        (_, _, Some(d)) => {
            let local: Vec<String> = d.cases.iter().filter(|(_, l)| **l).map(|(v, _)| v.to_string()).collect();
            let foreign: Vec<String> = d.cases.iter().filter(|(_, l)| !**l).map(|(v, _)| v.to_string()).collect();
            format!(
                " — dispatch on the table index: {{{}}} with m0, {{{}}} without, any other index {}",
                local.join(", "),
                foreign.join(", "),
                if d.default_unreachable { "reaches `unreachable`" } else { "takes the default" }
            )
        }
        _ => String::new(),
    };
    let _ = writeln!(s, "    {label}:{how}");
    for c in &site.calls {
        s.push_str(&call_lines(c, "      "));
    }
    s
}

/// The explanation of `case` (every module, or the filtered function).
pub fn explain(case: &PreparedCase, ir: &CaseIr, filter: &Filter) -> String {
    let mut s = String::new();
    for (k, (with, without)) in ir.modules.iter().enumerate() {
        let name = &case.modules[k].name;
        let imports = case.modules[k].func_imports();
        for (local, fw) in &with.functions {
            let index = imports + local;
            if !filter.wants(k, name, index) {
                continue;
            }
            let fo = without.functions.get(local);
            if fw.sites.is_empty() && filter.function.is_none() {
                continue;
            }
            let _ = writeln!(s, "== {name} (instance {k}) function {index} ({}):", fw.symbol);
            let _ = writeln!(s, "  with pass-params:    ({})", fw.params.join(", "));
            if let Some(fo) = fo {
                let _ = writeln!(s, "  without pass-params: ({})", fo.params.join(", "));
            }
            let n = fw.sites.len().max(fo.map(|f| f.sites.len()).unwrap_or(0));
            for i in 0..n {
                let site = fw.sites.get(i).or_else(|| fo.and_then(|f| f.sites.get(i))).unwrap();
                let _ = writeln!(s, "  call site {}: {}", i + 1, callee_text(case, k, imports, fw, site));
                s.push_str(&site_lines(fw.sites.get(i), "with pass-params"));
                s.push_str(&site_lines(fo.and_then(|f| f.sites.get(i)), "without pass-params"));
            }
            s.push('\n');
        }
    }
    if s.is_empty() {
        s.push_str("no function with a call site matches\n");
    }
    s
}

/// The "At the IR level" section of a bug report: each call site the
/// static audit flags, with and without pass-params side by side, the
/// hidden arguments named (which value is vmctx, which is m0, and where
/// each comes from). `compiled` says which configuration the IR is of.
pub fn report_section(case: &PreparedCase, ir: &CaseIr, audit: &super::audit::Audit, compiled: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "## At the IR level
"
    );
    if audit.findings.is_empty() {
        let _ = writeln!(
            s,
            "The static audit (`ccoracle audit`) finds no call site in Wasmer's IR ({compiled}) that breaks the \
             convention: the divergence is not in which hidden arguments a call passes (for example a stale \
             table copy), or it is at a call site the audit could not pair with the Wasm{}. \
             `ccoracle explain CASE` shows every call site.\n",
            if audit.unpaired.is_empty() { String::new() } else { format!(" ({})", audit.unpaired.join("; ")) }
        );
        return s;
    }
    let _ = writeln!(
        s,
        "The static audit (`ccoracle audit`) of Wasmer's pre-optimisation IR ({compiled}) flags {} call site(s); \
         each is shown as compiled with and without pass-params (`vmctx` and `m0` are the hidden arguments; \
         `ccoracle explain CASE --function MODULE:INDEX` shows the whole function).\n",
        audit.findings.len()
    );
    for f in &audit.findings {
        let at = if f.site == 0 { String::new() } else { format!(", call site {}", f.site) };
        let _ = writeln!(s, "- **{}** in `{}` function {}{at}: {}\n", f.rule, f.module, f.function, f.detail);
        let Some(k) = case.modules.iter().position(|m| m.name == f.module) else { continue };
        let imports = case.modules[k].func_imports();
        let Some(local) = f.function.checked_sub(imports) else { continue };
        let (with, without) = &ir.modules[k];
        let block = if f.site == 0 {
            let mut b = String::new();
            for (label, m) in [("with pass-params", with), ("without pass-params", without)] {
                if let Some(func) = m.functions.get(&local) {
                    let _ = writeln!(b, "    {label}: define @{}({})", func.symbol, func.params.join(", "));
                }
            }
            b
        } else {
            let site =
                |m: &super::IrModule| m.functions.get(&local).and_then(|func| func.sites.get(f.site - 1)).cloned();
            let mut b = site_lines(site(with).as_ref(), "with pass-params");
            b.push_str(&site_lines(site(without).as_ref(), "without pass-params"));
            b
        };
        let _ = writeln!(s, "  ```llvm");
        for l in block.lines() {
            // The call instructions as LLVM prints them; the rest as IR comments.
            let t = l.trim_start();
            let ir = ["%", "call ", "tail call ", "musttail call ", "define "].iter().any(|p| t.starts_with(p));
            let _ = writeln!(s, "  {}{t}", if ir { "  " } else { "; " });
        }
        let _ = writeln!(s, "  ```\n");
    }
    s
}
