//! What the calling-convention generator builds, and how often: the
//! generator's configuration, in the manner of wasm-smith's `Config`.
//!
//! Every field is documented with its default and why. Weights are
//! percentages (0 turns a shape off, 100 makes it as frequent as the
//! generator allows). A configuration is plain data: it serialises to JSON
//! (every finding records the one that produced it) and can be drawn at
//! random (`Arbitrary`), so that each campaign worker tries its own mix of
//! features (swarm testing: a random subset of features per configuration
//! finds more distinct bugs than one fixed mix; Groce et al., ISSTA 2012).

use serde::{Deserialize, Serialize};

/// The calling-convention generator's configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// `return_call` and `return_call_indirect`. Default: what the Wasmer
    /// under test compiles (not 7.0.x).
    pub tail_calls: bool,
    /// Most modules in a case (1–3). Default 3: calls between instances
    /// need two, a chain through a middle instance three.
    pub max_modules: u8,
    /// Host imports per module, at most (0–4). Default 4.
    pub max_host_imports: u8,
    /// Chance that a module imports functions of earlier instances.
    /// Default 85: calls into other instances are where m0 broke first.
    pub instance_imports: u8,
    /// Chance that a defined memory is filled with bytes derived from the
    /// instance and the address at instantiation (a start function), so
    /// that a load through a wrong base or offset reads a wrong value
    /// instead of an innocent zero. Default 85.
    pub memory_pattern: u8,
    /// Chance that a module has table 0 (static elements at its own slots,
    /// a dynamic region the code rewrites). Default 75.
    pub tables: u8,
    /// Chance that a table is fixed-size (minimum = maximum, as Clang emits
    /// tables). Default 30.
    pub fixed_tables: u8,
    /// Chance that a module has a second funcref table, every slot of it
    /// dynamic. Default 30.
    pub second_table: u8,
    /// Weight of table-changing steps in function bodies (`table.set`,
    /// `fill`, `copy`, `init`, `grow`, `elem.drop`), each followed most of
    /// the time by a call through the changed slot. Default 30.
    pub table_ops: u8,
    /// Weight of calls through a dynamic slot (one that only run-time
    /// writes fill) among calls. Default 30.
    pub dynamic_calls: u8,
    /// Chance that a module has a passive element segment of candidates
    /// for `table.init`. Default 70.
    pub passive_elems: u8,
    /// Chance per value type that it is `funcref` (parameters, results,
    /// globals). Default 6.
    pub funcref_values: u8,
    /// Chance per value type that it is `externref`. Default 6.
    pub externref_values: u8,
    /// Chance that a module has an externref table and global. Default 40.
    pub externref_tables: u8,
    /// Weight of host effects that set or grow tables. Default 25.
    pub host_table_effects: u8,
    /// Chance that a host import (of a signature that allows it) is served
    /// by a typed host function. Default 60.
    pub typed_host: u8,
    /// Chance that a host import has side effects at all. Default 60.
    pub host_effects: u8,
    /// Weights of the host's side effects among themselves: writing global
    /// #0 (the stack pointer), writing memory, growing memory, calling back
    /// into an export, trapping. Defaults 30, 20, 20, 20, 10.
    pub host_global_writes: u8,
    pub host_memory_writes: u8,
    pub host_memory_grows: u8,
    pub host_reentry: u8,
    pub host_traps: u8,
    /// Chance that a module has global #0 (a stack pointer, mutable, moved
    /// by every function). Default 85.
    pub stack_pointer: u8,
    /// Chance that a module has a memory #0 (defined, imported from another
    /// instance or from the host). Default 75: memoryless modules are a
    /// boundary of their own.
    pub memories: u8,
    /// Weight of `memory.grow` steps in function bodies. Default 50.
    pub guest_memory_grow: u8,
    /// Chance that a step is a store followed by a trap. Default 40.
    pub traps_after_writes: u8,
    /// Chance that a signature has 9–20 parameters (some on the stack).
    /// Default 15.
    pub stack_args: u8,
    /// Signatures with several results. Default on.
    pub multi_value: bool,
    /// Chance that a case is a dynamically linked program instead (main
    /// and side modules as Clang's `-fPIC` output looks, loaded by the
    /// oracle's tool-conventions loader; `generate::dylink`). Default 10:
    /// the shape is narrow, and its boundaries (imported `__stack_pointer`,
    /// shared table and memory, GOT) are few.
    pub dylink: u8,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tail_calls: crate::engine::wasmer::TAIL_CALLS,
            max_modules: 3,
            max_host_imports: 4,
            instance_imports: 85,
            memory_pattern: 85,
            tables: 75,
            fixed_tables: 30,
            second_table: 30,
            table_ops: 30,
            dynamic_calls: 30,
            passive_elems: 70,
            funcref_values: 6,
            externref_values: 6,
            externref_tables: 40,
            host_table_effects: 25,
            typed_host: 60,
            host_effects: 60,
            host_global_writes: 30,
            host_memory_writes: 20,
            host_memory_grows: 20,
            host_reentry: 20,
            host_traps: 10,
            stack_pointer: 85,
            memories: 75,
            guest_memory_grow: 50,
            traps_after_writes: 40,
            stack_args: 15,
            multi_value: true,
            dylink: 10,
        }
    }
}

/// The boundary kinds `--only` and `--avoid` switch, and the fields each
/// turns on (at its default) or off. `guest_call` is not switchable: every
/// case has functions that call each other.
pub const SWITCHES: &[(&str, &[&str])] = &[
    ("host_call", &["max_host_imports"]),
    ("host_call_typed", &["typed_host"]),
    ("host_reentry", &["host_reentry"]),
    ("cross_instance_call", &["instance_imports"]),
    ("call_indirect_local", &["tables"]),
    ("call_indirect_host", &["tables"]),
    ("call_indirect_foreign", &["tables"]),
    ("tail_call", &["tail_calls"]),
    ("tail_call_indirect", &["tail_calls"]),
    ("tail_call_dead_code", &["tail_calls"]),
    ("memory_grow_guest", &["guest_memory_grow"]),
    ("memory_grow_host", &["host_memory_grows"]),
    ("host_global_write", &["host_global_writes"]),
    ("host_memory_write", &["host_memory_writes"]),
    ("trap_after_write", &["traps_after_writes", "host_traps"]),
    ("stack_args", &["stack_args"]),
    ("multi_value", &["multi_value"]),
    ("host_table_write", &["host_table_effects"]),
    ("table_set_guest", &["table_ops"]),
    ("table_fill_guest", &["table_ops"]),
    ("table_copy_guest", &["table_ops"]),
    ("table_init_guest", &["table_ops", "passive_elems"]),
    ("table_grow_guest", &["table_ops"]),
    ("table_changed_by_other_instance", &["table_ops"]),
    ("call_indirect_dynamic", &["dynamic_calls"]),
    ("second_table", &["second_table"]),
    ("fixed_size_table", &["fixed_tables"]),
    ("funcref_param", &["funcref_values"]),
    ("funcref_result", &["funcref_values"]),
    ("funcref_global", &["funcref_values"]),
    ("externref_param", &["externref_values"]),
    ("externref_result", &["externref_values"]),
    ("externref_store", &["externref_tables"]),
    ("memory_pattern", &["memory_pattern"]),
    ("stack_pointer", &["stack_pointer"]),
    ("memories", &["memories"]),
    ("dylink", &["dylink"]),
    ("dylink_side_calls_main", &["dylink"]),
    ("dylink_function_pointer", &["dylink"]),
    ("dylink_got_data", &["dylink"]),
];

impl Config {
    /// Sets a field to its default (`on`) or to 0/off. Tail calls stay off
    /// where the SUT cannot compile them.
    fn set(&mut self, field: &str, on: bool) {
        let d = Config::default();
        macro_rules! pick {
            ($($f:ident),*) => {
                match field {
                    $(stringify!($f) => self.$f = if on { d.$f } else { Default::default() },)*
                    _ => unreachable!("SWITCHES names fields of Config"),
                }
            };
        }
        pick!(
            tail_calls,
            max_host_imports,
            instance_imports,
            memory_pattern,
            tables,
            fixed_tables,
            second_table,
            table_ops,
            dynamic_calls,
            passive_elems,
            funcref_values,
            externref_values,
            externref_tables,
            host_table_effects,
            typed_host,
            host_effects,
            host_global_writes,
            host_memory_writes,
            host_memory_grows,
            host_reentry,
            host_traps,
            stack_pointer,
            memories,
            guest_memory_grow,
            traps_after_writes,
            stack_args,
            multi_value,
            dylink
        );
    }

    fn switch(kind: &str) -> Result<&'static [&'static str], String> {
        SWITCHES.iter().find(|(k, _)| *k == kind).map(|(_, f)| *f).ok_or_else(|| {
            let names: Vec<&str> = SWITCHES.iter().map(|(k, _)| *k).collect();
            format!("unknown or unswitchable boundary kind \"{kind}\" (switchable: {})", names.join(", "))
        })
    }

    /// Turns off the shapes that make these boundary kinds.
    pub fn avoid(&mut self, kinds: &[String]) -> Result<(), String> {
        for k in kinds {
            for f in Config::switch(k)? {
                self.set(f, false);
            }
        }
        Ok(())
    }

    /// Only the shapes that make these boundary kinds (at their default
    /// weights); every other switchable shape off. Dynamic-linking kinds
    /// alone make every case a dynamically linked program.
    pub fn only(kinds: &[String]) -> Result<Config, String> {
        let mut c = Config::default();
        let mut on = std::collections::BTreeSet::new();
        for k in kinds {
            on.extend(Config::switch(k)?.iter().copied());
        }
        for (_, fields) in SWITCHES {
            for f in *fields {
                if !on.contains(f) {
                    c.set(f, false);
                }
            }
        }
        if !kinds.is_empty() && kinds.iter().all(|k| k.starts_with("dylink")) {
            c.dylink = 100;
        }
        Ok(c)
    }
}

impl Config {
    /// Everything the oracle supports, at the default weights, whatever
    /// the Wasmer under test compiles.
    pub fn everything() -> Config {
        Config { tail_calls: true, ..Config::default() }
    }

    /// The shapes of before tables could change at run time (no table
    /// operations, reference values or memory patterns): the generator as
    /// the first campaigns ran it.
    pub fn classic() -> Config {
        Config {
            memory_pattern: 0,
            fixed_tables: 0,
            second_table: 0,
            table_ops: 0,
            dynamic_calls: 0,
            passive_elems: 0,
            funcref_values: 0,
            externref_values: 0,
            externref_tables: 0,
            host_table_effects: 0,
            dylink: 0,
            ..Config::default()
        }
    }

    /// Applies a configuration's `only` and `avoid` lists to `self`
    /// (`only` empty: all).
    pub fn restrict(self, only: &[String], avoid: &[String]) -> Result<Config, String> {
        let mut c = self;
        if !only.is_empty() {
            let mask = Config::only(only)?;
            c.zero_where_off(&mask);
            if mask.dylink == 100 {
                c.dylink = 100;
            }
        }
        c.avoid(avoid)?;
        Ok(c)
    }

    /// Zeroes every switchable field that `mask` has off.
    fn zero_where_off(&mut self, mask: &Config) {
        let json = serde_json::to_value(mask).unwrap();
        for (_, fields) in SWITCHES {
            for f in *fields {
                let off = match &json[*f] {
                    serde_json::Value::Bool(b) => !b,
                    serde_json::Value::Number(n) => n.as_u64() == Some(0),
                    _ => false,
                };
                if off {
                    self.set(f, false);
                }
            }
        }
    }
}

impl<'a> arbitrary::Arbitrary<'a> for Config {
    /// A swarm configuration: each weight is either off or somewhere up to
    /// twice its default (capped at 100); tail calls stay what the SUT
    /// compiles; at least two modules half of the time.
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let d = Config::default();
        let mut w = |def: u8| -> arbitrary::Result<u8> {
            Ok(if u.ratio(1, 4)? { 0 } else { u.int_in_range(def / 2..=def.saturating_mul(2).min(100))? })
        };
        Ok(Config {
            tail_calls: d.tail_calls,
            max_modules: 3,
            max_host_imports: 4,
            instance_imports: w(d.instance_imports)?,
            memory_pattern: w(d.memory_pattern)?,
            tables: w(d.tables)?,
            fixed_tables: w(d.fixed_tables)?,
            second_table: w(d.second_table)?,
            table_ops: w(d.table_ops)?,
            dynamic_calls: w(d.dynamic_calls)?,
            passive_elems: w(d.passive_elems)?,
            funcref_values: w(d.funcref_values)?,
            externref_values: w(d.externref_values)?,
            externref_tables: w(d.externref_tables)?,
            host_table_effects: w(d.host_table_effects)?,
            typed_host: w(d.typed_host)?,
            host_effects: w(d.host_effects)?,
            host_global_writes: w(d.host_global_writes)?,
            host_memory_writes: w(d.host_memory_writes)?,
            host_memory_grows: w(d.host_memory_grows)?,
            host_reentry: w(d.host_reentry)?,
            host_traps: w(d.host_traps)?,
            stack_pointer: w(d.stack_pointer)?,
            memories: w(d.memories)?,
            guest_memory_grow: w(d.guest_memory_grow)?,
            traps_after_writes: w(d.traps_after_writes)?,
            stack_args: w(d.stack_args)?,
            dylink: w(d.dylink)?,
            multi_value: u.arbitrary()?,
        })
    }
}
