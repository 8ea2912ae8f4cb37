//! Wasm values as plain, engine-independent data, with the comparison rule
//! for them written down once.
//!
//! Floats are kept as bit patterns so that a trace records exactly what an
//! engine produced. Two values are the *same* when their bits are equal, or
//! when both are NaNs of the same width: the Wasm spec leaves NaN payloads
//! non-deterministic for arithmetic, so a payload difference is not a bug of
//! the calling convention (in vectors, lane by lane: see `same_v128`). External references carry the host's handle
//! number (the host mints them, so every engine can name them the same way)
//! and compare by it; function references carry a [`FuncId`], an identity
//! every engine computes the same way.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A value type, as far as the oracle cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValType {
    I32,
    I64,
    F32,
    F64,
    V128,
    FuncRef,
    ExternRef,
}

impl ValType {
    /// Converts a wasmparser value type; `None` for types the oracle cannot
    /// drive (GC references, exception references).
    pub fn from_wasmparser(ty: wasmparser::ValType) -> Option<ValType> {
        use wasmparser::ValType as W;
        Some(match ty {
            W::I32 => ValType::I32,
            W::I64 => ValType::I64,
            W::F32 => ValType::F32,
            W::F64 => ValType::F64,
            W::V128 => ValType::V128,
            W::Ref(r) if r == wasmparser::RefType::FUNCREF => ValType::FuncRef,
            W::Ref(r) if r == wasmparser::RefType::EXTERNREF => ValType::ExternRef,
            W::Ref(_) => return None,
        })
    }

    pub fn is_ref(self) -> bool {
        matches!(self, ValType::FuncRef | ValType::ExternRef)
    }
}

impl ValType {
    /// The type's name in the text format.
    pub fn name(self) -> &'static str {
        match self {
            ValType::I32 => "i32",
            ValType::I64 => "i64",
            ValType::F32 => "f32",
            ValType::F64 => "f64",
            ValType::V128 => "v128",
            ValType::FuncRef => "funcref",
            ValType::ExternRef => "externref",
        }
    }
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A function's identity, the same on every engine: function `index` of
/// the index space of instance `instance`, where the function was first
/// seen (instances in order, functions in index order). A function imported
/// from an earlier instance is named by that instance; a host function by
/// the instance that imports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FuncId {
    pub instance: u32,
    pub index: u32,
}

impl FuncId {
    /// A function no live instance can name (say, one of an instance whose
    /// start function trapped, left in a shared table).
    pub const UNKNOWN: FuncId = FuncId { instance: u32::MAX, index: u32::MAX };

    pub fn new(instance: usize, index: u32) -> FuncId {
        FuncId { instance: instance as u32, index }
    }
}

impl fmt::Display for FuncId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == FuncId::UNKNOWN {
            f.write_str("?")
        } else {
            write!(f, "i{}.f{}", self.instance, self.index)
        }
    }
}

/// A value observed in or passed to an engine.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[serde(tag = "t", content = "v", rename_all = "lowercase")]
pub enum Val {
    I32(i32),
    I64(i64),
    /// Bit pattern of an f32.
    F32(u32),
    /// Bit pattern of an f64.
    F64(u64),
    /// Serialised as a hex string: JSON numbers cannot hold 128 bits.
    V128(#[serde(with = "u128_hex")] u128),
    /// A function reference: the function's identity, `None` when null.
    FuncRef(Option<FuncId>),
    /// An external reference: the host handle it wraps, `None` when null.
    ExternRef(Option<u32>),
}

impl Val {
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::V128(_) => ValType::V128,
            Val::FuncRef(_) => ValType::FuncRef,
            Val::ExternRef(_) => ValType::ExternRef,
        }
    }

    /// The default (zero or null) value of a type.
    pub fn zero(ty: ValType) -> Val {
        Val::from_bits(ty, 0)
    }

    /// Builds a value of type `ty` from the low bits of `bits`. References are
    /// always null: the oracle cannot mint references engine-independently.
    pub fn from_bits(ty: ValType, bits: u128) -> Val {
        match ty {
            ValType::I32 => Val::I32(bits as u32 as i32),
            ValType::I64 => Val::I64(bits as u64 as i64),
            ValType::F32 => Val::F32(bits as u32),
            ValType::F64 => Val::F64(bits as u64),
            ValType::V128 => Val::V128(bits),
            ValType::FuncRef => Val::FuncRef(None),
            ValType::ExternRef => Val::ExternRef(None),
        }
    }

    /// The raw bits of the value (references: 0 when null, else their
    /// identity plus one).
    pub fn bits(&self) -> u128 {
        match *self {
            Val::I32(v) => v as u32 as u128,
            Val::I64(v) => v as u64 as u128,
            Val::F32(v) => v as u128,
            Val::F64(v) => v as u128,
            Val::V128(v) => v,
            Val::FuncRef(id) => id.map_or(0, |id| ((id.instance as u128) << 32 | id.index as u128) + 1),
            Val::ExternRef(h) => h.map_or(0, |h| h as u128 + 1),
        }
    }

    pub fn is_nan(&self) -> bool {
        match *self {
            Val::F32(b) => f32::from_bits(b).is_nan(),
            Val::F64(b) => f64::from_bits(b).is_nan(),
            _ => false,
        }
    }

    /// The comparison rule of the oracle (see the module documentation).
    pub fn same_as(&self, other: &Val) -> bool {
        if self.ty() != other.ty() {
            return false;
        }
        if self.is_nan() && other.is_nan() {
            return true;
        }
        if let (Val::V128(a), Val::V128(b)) = (self, other) {
            return same_v128(*a, *b);
        }
        self.bits() == other.bits()
    }
}

mod u128_hex {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &u128, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{v:#034x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u128, D::Error> {
        let s = String::deserialize(d)?;
        u128::from_str_radix(s.trim_start_matches("0x"), 16).map_err(serde::de::Error::custom)
    }
}

/// The NaN rule for vectors, whose lane shape a value does not tell: equal
/// bits, or every 32-bit lane equal or NaN in both (f32x4), or every 64-bit
/// lane equal or NaN in both (f64x2). An integer vector whose differing
/// lanes both happen to have the bits of a NaN is taken as equal: the price
/// of not reporting NaN payloads of float vectors as bugs.
fn same_v128(a: u128, b: u128) -> bool {
    let lanes32 = (0..4).all(|i| {
        let (x, y) = ((a >> (32 * i)) as u32, (b >> (32 * i)) as u32);
        x == y || (f32::from_bits(x).is_nan() && f32::from_bits(y).is_nan())
    });
    let lanes64 = (0..2).all(|i| {
        let (x, y) = ((a >> (64 * i)) as u64, (b >> (64 * i)) as u64);
        x == y || (f64::from_bits(x).is_nan() && f64::from_bits(y).is_nan())
    });
    a == b || lanes32 || lanes64
}

/// Compares two value lists element-wise with [`Val::same_as`].
pub fn same_vals(a: &[Val], b: &[Val]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_as(y))
}

impl PartialEq for Val {
    fn eq(&self, other: &Val) -> bool {
        self.same_as(other)
    }
}

impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Val::I32(v) => write!(f, "i32:{v:#x}"),
            Val::I64(v) => write!(f, "i64:{v:#x}"),
            Val::F32(b) => {
                let x = f32::from_bits(b);
                if x.is_nan() {
                    write!(f, "f32:nan({b:#010x})")
                } else {
                    write!(f, "f32:{x:?}")
                }
            }
            Val::F64(b) => {
                let x = f64::from_bits(b);
                if x.is_nan() {
                    write!(f, "f64:nan({b:#018x})")
                } else {
                    write!(f, "f64:{x:?}")
                }
            }
            Val::V128(v) => write!(f, "v128:{v:#034x}"),
            Val::FuncRef(Some(id)) => write!(f, "funcref:{id}"),
            Val::FuncRef(None) => f.write_str("funcref:null"),
            Val::ExternRef(Some(h)) => write!(f, "externref:#{h}"),
            Val::ExternRef(None) => f.write_str("externref:null"),
        }
    }
}

/// Formats a list of values as `(a, b, c)`.
pub fn fmt_vals(vals: &[Val]) -> String {
    let parts: Vec<String> = vals.iter().map(|v| v.to_string()).collect();
    format!("({})", parts.join(", "))
}

/// A 64-bit mixing function (splitmix64 finaliser), used wherever the oracle
/// needs deterministic, well-spread values.
pub fn mix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A canary value for argument slot `slot`: recognisable in a dump (its
/// high bytes spell the slot number) so that an argument that arrives in the
/// wrong slot can be named. Float canaries are ordinary, non-NaN numbers.
pub fn canary(ty: ValType, slot: usize) -> Val {
    let s = slot as u64 + 1;
    match ty {
        ValType::I32 => Val::I32((0x0C00_0000u32 | ((s as u32) << 16) | 0xA5A5) as i32),
        ValType::I64 => Val::I64((0x0C00_0000_0000_0000u64 | (s << 40) | 0x00A5_A5A5_A5A5) as i64),
        ValType::F32 => Val::F32((100.0f32 * s as f32 + 0.25).to_bits()),
        ValType::F64 => Val::F64((1000.0f64 * s as f64 + 0.125).to_bits()),
        ValType::V128 => Val::V128(0x0C0C_0000_0000_0000_0000_0000_0000_A5A5u128 | ((s as u128) << 64)),
        ValType::FuncRef => Val::FuncRef(None),
        ValType::ExternRef => Val::ExternRef(Some(slot as u32 + 1)),
    }
}

/// Edge values for a type, cycled through by `index`.
pub fn edge(ty: ValType, index: usize) -> Val {
    match ty {
        ValType::I32 => {
            const E: [i32; 6] = [0, 1, -1, i32::MIN, i32::MAX, 0x10000];
            Val::I32(E[index % E.len()])
        }
        ValType::I64 => {
            const E: [i64; 6] = [0, 1, -1, i64::MIN, i64::MAX, 0x1_0000_0000];
            Val::I64(E[index % E.len()])
        }
        ValType::F32 => {
            const E: [f32; 6] = [0.0, -0.0, 1.0, f32::INFINITY, f32::MIN_POSITIVE, -3.5];
            Val::F32(E[index % E.len()].to_bits())
        }
        ValType::F64 => {
            const E: [f64; 6] = [0.0, -0.0, 1.0, f64::NEG_INFINITY, f64::MIN_POSITIVE, 2.5e300];
            Val::F64(E[index % E.len()].to_bits())
        }
        ValType::V128 => Val::V128(if index % 2 == 0 { 0 } else { u128::MAX }),
        ValType::FuncRef => Val::FuncRef(None),
        ValType::ExternRef => Val::ExternRef(if index % 2 == 0 { None } else { Some(index as u32) }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_payloads_compare_equal_but_widths_do_not() {
        let a = Val::F32(0x7fc0_0000);
        let b = Val::F32(0x7fc0_0001);
        assert!(a.same_as(&b));
        assert!(!Val::F32(0x7fc0_0000).same_as(&Val::F64(0x7ff8_0000_0000_0000)));
        assert!(!Val::F32(0.0f32.to_bits()).same_as(&Val::F32((-0.0f32).to_bits())));
    }

    #[test]
    fn vector_nan_lanes_compare_equal_other_lanes_do_not() {
        let a = Val::V128(0xffc0_0000_0000_0001_7fc0_0000_0000_0002);
        let b = Val::V128(0x7fc0_0000_0000_0001_7fc0_1234_0000_0002);
        assert!(a.same_as(&b), "f32 NaN lanes with different payloads");
        let c = Val::V128(0x7fc0_0000_0000_0001_7fc0_1234_0000_0003);
        assert!(!a.same_as(&c), "a non-NaN lane differs");
        let d = Val::V128(0xfff8_0000_0000_0000_0000_0000_0000_0002);
        let e = Val::V128(0x7ff8_0000_0000_0001_0000_0000_0000_0002);
        assert!(d.same_as(&e), "f64 NaN lanes");
    }

    #[test]
    fn every_value_survives_json() {
        let vals = [
            Val::I32(-5),
            Val::I64(i64::MIN),
            Val::F32(0x7fc0_0001),
            Val::F64(f64::MIN_POSITIVE.to_bits()),
            Val::V128(u128::MAX - 7),
            Val::FuncRef(Some(FuncId::new(2, 7))),
            Val::FuncRef(None),
            Val::ExternRef(Some(3)),
            Val::ExternRef(None),
        ];
        for v in vals {
            let json = serde_json::to_string(&v).unwrap();
            let back: Val = serde_json::from_str(&json).unwrap();
            assert!(back.same_as(&v) && back.bits() == v.bits(), "{v} -> {json} -> {back}");
        }
    }

    #[test]
    fn canaries_differ_per_slot() {
        for ty in [ValType::I32, ValType::I64, ValType::F32, ValType::F64, ValType::V128] {
            assert!(!canary(ty, 0).same_as(&canary(ty, 1)), "{ty}");
        }
    }
}
