//! Generalising: rewrites that remove a property of a case which its
//! divergence may not need, so that the cause fingerprint of the reduced
//! case names only what matters. A reducer keeps what it cannot delete; a
//! table's maximum is not a line to delete but a fact ("fixed-size table")
//! that would otherwise split one mechanism into two buckets.

use wasm_encoder::reencode::{Error as ReError, Reencode};

/// The module with no maximum on any table (imported or defined); `None`
/// when no table has one. Applied to every module of a case at once, so
/// that imports and exports of a shared table keep matching.
pub fn unbounded_tables(wasm: &[u8]) -> Option<Vec<u8>> {
    let mut any = false;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.ok()? {
            wasmparser::Payload::ImportSection(s) => {
                for imp in s.into_imports() {
                    if let wasmparser::TypeRef::Table(t) = imp.ok()?.ty {
                        any |= t.maximum.is_some();
                    }
                }
            }
            wasmparser::Payload::TableSection(s) => {
                for t in s {
                    any |= t.ok()?.ty.maximum.is_some();
                }
            }
            _ => {}
        }
    }
    if !any {
        return None;
    }
    let mut module = wasm_encoder::Module::new();
    Unbounded.parse_core_module(&mut module, wasmparser::Parser::new(0), wasm).ok()?;
    Some(module.finish())
}

struct Unbounded;

impl Reencode for Unbounded {
    type Error = std::convert::Infallible;

    fn table_type(&mut self, t: wasmparser::TableType) -> Result<wasm_encoder::TableType, ReError<Self::Error>> {
        let mut out = wasm_encoder::reencode::utils::table_type(self, t)?;
        out.maximum = None;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_tables_lose_their_maximum_and_nothing_else_changes() {
        let wasm = wat::parse_str(
            r#"(module
                 (import "m" "t" (table 4 4 funcref))
                 (table $own 8 8 funcref)
                 (func $f (result i32) (i32.const 7))
                 (elem (table $own) (i32.const 1) func $f)
                 (export "own" (table $own)))"#,
        )
        .unwrap();
        let out = unbounded_tables(&wasm).unwrap();
        let text = crate::prepare::to_wat(&out);
        assert!(text.contains("(import \"m\" \"t\" (table (;0;) 4 funcref))"), "{text}");
        assert!(text.contains("(table $own (;1;) 8 funcref)") || text.contains("(table (;1;) 8 funcref)"), "{text}");
        assert!(text.contains("i32.const 7"), "{text}");
        wasmparser::Validator::new().validate_all(&out).unwrap();
        // Nothing to do the second time.
        assert!(unbounded_tables(&out).is_none());
    }
}
