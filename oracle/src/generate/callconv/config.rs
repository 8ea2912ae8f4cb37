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
    /// for `table.init`. Default 50.
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
            passive_elems: 50,
            funcref_values: 6,
            externref_values: 6,
            externref_tables: 40,
            host_table_effects: 25,
        }
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
            ..Config::default()
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
        })
    }
}
