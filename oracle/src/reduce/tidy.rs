//! Tidying for reading: rewrites that keep the meaning of a module and make
//! its text shorter. A `local.get` of a declared local that is never written
//! becomes the zero constant of its type; locals never used go (the others
//! are renumbered); identical function types are merged (call_indirect
//! compares function types structurally, so merging changes nothing).

use super::params::ModuleInfo;
use std::collections::{BTreeSet, HashMap};
use wasm_encoder::reencode::{utils, Error as ReError, Reencode};
use wasm_encoder::{Function, Instruction};
use wasmparser::{Operator, ValType};

/// The tidied module; `None` when nothing changes (or it does not parse).
pub fn tidy(wasm: &[u8]) -> Option<Vec<u8>> {
    let info = ModuleInfo::parse(wasm).ok()?;
    // Type index -> index of its first identical type; kept types renumbered.
    let mut first: Vec<u32> = Vec::new();
    let mut kept: Vec<u32> = Vec::new();
    let mut new_index = HashMap::new();
    for (i, t) in info.types.iter().enumerate() {
        let dup = t.as_ref().and_then(|t| info.types[..i].iter().position(|u| u.as_ref() == Some(t)));
        match dup {
            Some(j) => first.push(first[j]),
            None => {
                new_index.insert(i as u32, kept.len() as u32);
                kept.push(i as u32);
                first.push(i as u32);
            }
        }
    }
    let type_map: Vec<u32> = first.iter().map(|f| new_index[f]).collect();
    let mut r = Tidy { info: &info, type_map, kept, next_type: 0, defined: 0 };
    let mut module = wasm_encoder::Module::new();
    r.parse_core_module(&mut module, wasmparser::Parser::new(0), wasm).ok()?;
    let out = module.finish();
    (out != wasm).then_some(out)
}

struct Tidy<'a> {
    info: &'a ModuleInfo,
    type_map: Vec<u32>,
    kept: Vec<u32>,
    /// Index in the type section being written.
    next_type: u32,
    defined: u32,
}

/// The zero constant for a never-written numeric local (references are
/// left as they are).
fn zero(t: ValType) -> Option<Instruction<'static>> {
    (!matches!(t, ValType::Ref(_))).then(|| super::zero_value(t))
}

impl Reencode for Tidy<'_> {
    type Error = std::convert::Infallible;

    fn type_index(&mut self, ty: u32) -> Result<u32, ReError<Self::Error>> {
        Ok(self.type_map.get(ty as usize).copied().unwrap_or(ty))
    }

    fn parse_type_section(
        &mut self,
        types: &mut wasm_encoder::TypeSection,
        section: wasmparser::TypeSectionReader<'_>,
    ) -> Result<(), ReError<Self::Error>> {
        for group in section {
            let group = group?;
            // Rec groups of several types are written as they are.
            let n = group.types().len() as u32;
            let keep = n != 1 || self.kept.contains(&self.next_type);
            self.next_type += n;
            if keep {
                utils::parse_recursive_type_group(self, types.ty(), group)?;
            }
        }
        Ok(())
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), ReError<Self::Error>> {
        let n_params = self.info.defined_sig(self.defined).map_or(0, |s| s.params.len()) as u32;
        self.defined += 1;
        let mut declared: Vec<ValType> = Vec::new();
        for pair in func.get_locals_reader()? {
            let (n, t) = pair?;
            declared.extend(std::iter::repeat_n(t, n as usize));
        }
        let ops: Vec<Operator> = func.get_operators_reader()?.into_iter().collect::<Result<_, _>>()?;
        let mut written = BTreeSet::new();
        for op in &ops {
            if let Operator::LocalSet { local_index } | Operator::LocalTee { local_index } = op {
                written.insert(*local_index);
            }
        }
        let ty = |i: u32| declared[(i - n_params) as usize];
        // A declared local never written reads as zero.
        let is_zero = |i: u32| i >= n_params && !written.contains(&i) && zero(ty(i)).is_some();
        let mut used = BTreeSet::new();
        for op in &ops {
            match op {
                Operator::LocalGet { local_index } if !is_zero(*local_index) => {
                    used.insert(*local_index);
                }
                Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                    used.insert(*local_index);
                }
                _ => {}
            }
        }
        let kept: Vec<u32> = (n_params..n_params + declared.len() as u32).filter(|i| used.contains(i)).collect();
        let renumber: HashMap<u32, u32> = kept.iter().enumerate().map(|(j, &i)| (i, n_params + j as u32)).collect();
        let map = |i: u32| if i < n_params { i } else { renumber[&i] };
        let mut f = Function::new_with_locals_types(kept.iter().map(|&i| super::params::enc(ty(i))));
        for op in ops {
            match op {
                Operator::LocalGet { local_index } if is_zero(local_index) => {
                    f.instruction(&zero(ty(local_index)).unwrap());
                }
                op => {
                    f.instruction(&self.instruction(super::params::renumber_local(op, map))?);
                }
            }
        }
        code.function(&f);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidying_keeps_results_and_shortens_the_text() {
        let wat = r#"(module
            (type (func (result i32)))
            (type (func (result i32)))
            (type (func (param i64) (result i32)))
            (table 2 funcref)
            (elem (i32.const 0) 1 2)
            (func (export "f") (param i64) (result i32) (local i32 f64 i32 i64)
              (local.set 3 (i32.const 5))
              (i32.add (local.get 1) (local.get 3))
              (i32.add (call_indirect (type 1) (i32.const 0)))
              (drop (local.get 2)))
            (func (type 0) (i32.const 7))
            (func (type 1) (i32.const 8)))"#;
        let case = crate::case::Case::from_wats(&[("m0", wat)]).unwrap();
        let out = tidy(&case.modules[0].wasm).unwrap();
        let text = crate::prepare::to_wat(&out);
        assert_eq!(text.matches("(type (;").count(), 2, "{text}");
        assert!(text.contains("(local i32)\n"), "{text}");
        assert!(text.contains("f64.const 0"), "{text}");
        let mut tidied = case.clone();
        tidied.modules[0].wasm = out;
        // Same results on the reference.
        let run = |c: &crate::case::Case| {
            let p = std::sync::Arc::new(crate::prepare::PreparedCase::new(c).unwrap());
            format!("{:?}", crate::engine::EngineSpec::reference().run(&p, Vec::new(), None).unwrap().events)
        };
        assert_eq!(run(&case), run(&tidied));
        assert!(tidy(&tidied.modules[0].wasm).is_none());
    }
}
