//! The line-deletion pass: deletes runs of lines of a module's WAT text,
//! halves first, then quarters, down to single lines (in the manner of delta
//! debugging), and short runs at every start. A candidate must parse and validate before the case is run,
//! which is cheap: most deletions of stack-machine code leave the stack
//! unbalanced and never cost an engine run.

use crate::case::Case;

/// `case` with as many lines of module `k`'s text deleted as `keep`
/// accepts; `keep` sees only candidates whose module validates.
pub fn delete_lines(case: &Case, k: usize, keep: &mut dyn FnMut(&Case) -> bool) -> Case {
    let mut cur = case.clone();
    let text = crate::prepare::to_wat(&cur.modules[k].wasm);
    let mut lines: Vec<&str> = text.lines().collect();
    // Runs of n/2, n/4, … lines at aligned starts, then runs of 4, 3, 2 and 1
    // lines at every start (an instruction and its operands seldom align).
    let mut chunks = Vec::new();
    let mut c = lines.len() / 2;
    while c > 4 {
        chunks.push((c, c));
        c /= 2;
    }
    chunks.extend([(4, 1), (3, 1), (2, 1), (1, 1)]);
    for (chunk, step) in chunks {
        let mut i = 0;
        while i < lines.len() {
            let end = (i + chunk).min(lines.len());
            let cand_lines: Vec<&str> = lines[..i].iter().chain(&lines[end..]).copied().collect();
            let accepted = match module_of(&cand_lines.join("\n")) {
                Some(wasm) => {
                    let mut cand = cur.clone();
                    cand.modules[k].wasm = wasm;
                    keep(&cand).then_some(cand)
                }
                None => None,
            };
            match accepted {
                Some(cand) => {
                    cur = cand;
                    lines = cand_lines;
                }
                None => i += step,
            }
        }
    }
    cur
}

/// The binary of a WAT text, if it parses and validates.
fn module_of(text: &str) -> Option<Vec<u8>> {
    let wasm = wat::parse_str(text).ok()?;
    wasmparser::Validator::new_with_features(crate::prepare::features()).validate_all(&wasm).ok()?;
    Some(wasm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletes_every_line_the_predicate_does_not_need() {
        let wat = r#"(module
  (global (mut i32) (i32.const 0))
  (func (export "f") (result i32)
    i32.const 1
    global.set 0
    i32.const 2
    global.set 0
    i32.const 42
  )
  (func (export "g"))
)"#;
        let case = Case::from_wats(&[("m0", wat)]).unwrap();
        let mut runs = 0;
        // "Diverges" while f still returns 42.
        let out = delete_lines(&case, 0, &mut |c| {
            runs += 1;
            crate::prepare::to_wat(&c.modules[0].wasm).contains("i32.const 42")
        });
        let text = crate::prepare::to_wat(&out.modules[0].wasm);
        assert!(text.contains("i32.const 42"), "{text}");
        assert!(!text.contains("global.set"), "{text}");
        assert!(!text.contains("\"g\""), "{text}");
        // Only valid candidates reach the predicate.
        assert!(runs < 20, "{runs} runs");
    }
}
