//! Engine smoke tests, and the proof that the oracle can fail: faulty
//! engines (host arguments perturbed, hidden leading arguments, a dropped
//! global write) are caught with the right classification and diagnosis.

use ccoracle::case::{Action, Case, Effect, GlobalValue, HostFnPlan, HostPlan};
use ccoracle::check::check_in_process;
use ccoracle::compare::{Class, Diagnosis, Verdict};
use ccoracle::engine::{EngineSpec, Lineup, MemoryStyle, OptLevel};
use ccoracle::host::Fault;
use ccoracle::prepare::PreparedCase;
use ccoracle::trace::{Event, Outcome};
use ccoracle::value::{canary, Val, ValType};
use std::sync::Arc;

const SMOKE: &str = r#"
(module
  (import "env" "h" (func $h (param i32 i64 f32 f64) (result i32)))
  (global $sp (mut i32) (i32.const 1024))
  (memory 1)
  (func (export "f") (param i32) (result i32)
    (global.set $sp (i32.sub (global.get $sp) (i32.const 16)))
    (i32.store (global.get $sp) (local.get 0))
    (call $h (local.get 0) (i64.const 2) (f32.const 3.5) (f64.const 4.25))))
"#;

fn smoke(spec: EngineSpec) {
    let case = Case::from_wat("smoke", SMOKE).unwrap();
    let prepared = Arc::new(PreparedCase::new(&case).unwrap());
    let trace = spec.run(&prepared, vec![], None).unwrap();
    // instantiate, then per invocation (canary, edge): host call + invoke.
    assert_eq!(trace.events.len(), 5, "{trace:#?}");
    let Event::HostCall { args, snapshot, name, .. } = &trace.events[1] else { panic!("{:?}", trace.events[1]) };
    assert_eq!(name, "h");
    let expected = [canary(ValType::I32, 0), Val::I64(2), Val::F32(3.5f32.to_bits()), Val::F64(4.25f64.to_bits())];
    assert_eq!(args.as_slice(), &expected);
    // The host sees global #0 as the guest wrote it before the call.
    assert_eq!(snapshot.globals[0].value, Val::I32(1008));
    assert_eq!(snapshot.memories[0].size, 65536);
    let Event::Invoke { outcome: Outcome::Returned(vals), .. } = &trace.events[2] else { panic!() };
    assert_eq!(vals.len(), 1);
}

#[test]
fn smoke_wasmi() {
    smoke(EngineSpec::reference());
}

#[test]
fn smoke_wasmer_pass_params_on() {
    smoke(EngineSpec::wasmer(true, OptLevel::O3, MemoryStyle::Static));
}

#[test]
fn smoke_wasmer_pass_params_off() {
    smoke(EngineSpec::wasmer(false, OptLevel::O3, MemoryStyle::Static));
}

#[test]
fn smoke_wasmer_dynamic_memory_o0() {
    smoke(EngineSpec::wasmer(true, OptLevel::O0, MemoryStyle::Dynamic));
}

/// A case with a 6-argument host call and a host that moves global #0.
fn fault_case() -> Case {
    let wat = r#"
    (module
      (import "env" "h" (func $h (param i32 i32 i32 i64 i32 i32) (result i32)))
      (import "env" "move_sp" (func $move_sp))
      (global $sp (mut i32) (i32.const 4096))
      (memory 1)
      (func (export "f") (param i32) (result i32)
        (call $move_sp)
        (i32.store (i32.const 8) (global.get $sp))
        (call $h (local.get 0) (i32.const 0x11110002) (i32.const 0x11110003)
                 (i64.const 0x2222000000000004) (i32.const 0x11110005) (i32.const 0x11110006))))
    "#;
    let plan = HostPlan {
        functions: vec![HostFnPlan {
            module: "env".into(),
            name: "move_sp".into(),
            style: None,
            effects: vec![Effect {
                on_call: None,
                action: Action::SetGlobal { instance: 0, global: 0, value: GlobalValue::Sub(16) },
            }],
        }],
        ..HostPlan::default()
    };
    Case::from_wat("faulty", wat).unwrap().with_plan(plan)
}

fn divergence(v: Verdict) -> Box<ccoracle::compare::Divergence> {
    match v {
        Verdict::Diverge(d) => d,
        other => panic!("expected a divergence, got {other:?}"),
    }
}

fn on() -> EngineSpec {
    EngineSpec::wasmer(true, OptLevel::O3, MemoryStyle::Static)
}
fn off() -> EngineSpec {
    EngineSpec::wasmer(false, OptLevel::O3, MemoryStyle::Static)
}

#[test]
fn clean_engines_agree_on_the_fault_case() {
    let r = check_in_process(&fault_case(), &Lineup::default_lineup(), &vec![]).unwrap();
    assert_eq!(r.verdict, Verdict::Agree);
}

#[test]
fn hidden_leading_argument_with_pass_params_is_named() {
    let faults = vec![(on(), vec![Fault::ExtraLeadingArgs { count: 1 }])];
    let r = check_in_process(&fault_case(), &Lineup::default_lineup(), &faults).unwrap();
    let d = divergence(r.verdict);
    assert_eq!(d.class, Class::PassParamsDependent);
    assert_eq!(d.difference.diagnosis, Diagnosis::ExtraLeadingArgs { count: 1 });
    assert_eq!(d.signature, "pass-params/host-call/extra-leading-args-1");
    assert!(d.right_engine.contains("pass-params=on"), "{}", d.right_engine);
    assert_eq!(d.reference_agrees_with, Some(ccoracle::compare::Side::Left));
}

#[test]
fn two_hidden_arguments_are_counted() {
    let faults = vec![(on(), vec![Fault::ExtraLeadingArgs { count: 2 }])];
    let r = check_in_process(&fault_case(), &Lineup::default_lineup(), &faults).unwrap();
    assert_eq!(divergence(r.verdict).difference.diagnosis, Diagnosis::ExtraLeadingArgs { count: 2 });
}

#[test]
fn perturbed_argument_in_both_sut_configs_is_a_backend_bug() {
    let faults = vec![(on(), vec![Fault::PerturbArg { slot: 4 }]), (off(), vec![Fault::PerturbArg { slot: 4 }])];
    let r = check_in_process(&fault_case(), &Lineup::default_lineup(), &faults).unwrap();
    let d = divergence(r.verdict);
    assert_eq!(d.class, Class::Backend);
    match d.difference.diagnosis {
        Diagnosis::ArgValue { slot: 4, left: Val::I32(0x11110005), right: Val::I32(0x11110004) } => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn dropped_global_write_is_seen_by_the_next_snapshot() {
    let faults = vec![(on(), vec![Fault::DropGlobalWrite { global: 0 }])];
    let r = check_in_process(&fault_case(), &Lineup::default_lineup(), &faults).unwrap();
    let d = divergence(r.verdict);
    assert_eq!(d.class, Class::PassParamsDependent);
    // The next host call sees global #0 unmoved: 4096 instead of 4080.
    assert_eq!(
        d.difference.diagnosis,
        Diagnosis::Global { instance: 0, index: 0, left: Val::I32(4080), right: Val::I32(4096) }
    );
}

/// The invariants case with a dynamic memory style (m0 off in Wasmer):
/// every invariant of DESIGN.md is checked and all engines agree.
#[test]
fn invariants_case_agrees_without_m0() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/invariants");
    let cc = ccoracle::corpus::load(&root).unwrap();
    let lineup = Lineup::new(&[OptLevel::O3], &[MemoryStyle::Dynamic]);
    let r = check_in_process(&cc.case, &lineup, &vec![]).unwrap();
    assert_eq!(r.verdict, Verdict::Agree, "{:#?}", r.verdict);
    // It really crossed every kind of boundary.
    let t = &r.traces[0];
    let has = |f: &dyn Fn(&Event) -> bool| t.events.iter().any(f);
    assert!(has(&|e| matches!(e, Event::Callback { .. })));
    assert!(has(&|e| matches!(e, Event::Invoke { outcome: Outcome::Trapped(_), .. })));
    assert!(t.host_calls() >= 6);
}

/// Imports of every kind in an order wasmi groups differently (global,
/// function, memory, table): the reference must link them by name.
#[test]
fn imports_in_any_order_link_on_every_engine() {
    let wat = r#"
    (module
      (import "env" "g" (global $g (mut i32)))
      (import "env" "f" (func $f (param i32) (result i32)))
      (import "env" "mem" (memory 1))
      (import "env" "tab" (table 2 funcref))
      (import "env" "f2" (func $f2 (result i64)))
      (func (export "run") (result i32)
        (i32.store (i32.const 4) (global.get $g))
        (drop (call $f2))
        (call $f (i32.load (i32.const 4)))))
    "#;
    let r = check_in_process(&Case::from_wat("order", wat).unwrap(), &Lineup::default_lineup(), &vec![]).unwrap();
    assert_eq!(r.verdict, Verdict::Agree, "{:#?}", r.verdict);
    assert!(matches!(r.traces[0].events[0], Event::Instantiate { outcome: Outcome::Returned(_), .. }));
}

/// A module that only one SUT configuration fails to compile is a
/// divergence (a compile_error event), not bad input.
#[test]
fn compile_error_in_one_configuration_is_a_divergence() {
    use ccoracle::engine::EngineError;
    let case = Case::from_wat("m", "(module (func (export \"f\") (result i32) (i32.const 1)))").unwrap();
    let prepared = Arc::new(PreparedCase::new(&case).unwrap());
    let reference = EngineSpec::reference().run(&prepared, vec![], None);
    let off = off().run(&prepared, vec![], None);
    let rejected = Err(EngineError::Rejected { engine: on().label(), module: "m".into(), msg: "boom".into() });
    let traces = ccoracle::check::traces_from(vec![reference, rejected, off]).unwrap();
    let d = divergence(ccoracle::check::CheckResult::from_traces(traces).verdict);
    assert_eq!(d.class, Class::PassParamsDependent);
    assert_eq!(d.signature, "pass-params/compile-error/different-event");
    // Both configurations rejecting is an error: the input is unsupported.
    let both = vec![
        EngineSpec::reference().run(&prepared, vec![], None),
        Err(EngineError::Rejected { engine: "a".into(), module: "m".into(), msg: "x".into() }),
        Err(EngineError::Rejected { engine: "b".into(), module: "m".into(), msg: "x".into() }),
    ];
    assert!(ccoracle::check::traces_from(both).is_err());
}

/// A host that sets a table slot to a function (by identity) and a guest
/// that calls through it; instance 0's functions 1 and 2 differ.
fn table_case() -> Case {
    let wat = r#"
    (module
      (import "env" "h" (func $h))
      (import "env" "memory" (memory 1))
      (table $t 8 funcref)
      (func $one (result i32) (i32.const 1))
      (func $two (result i32) (i32.const 2))
      (elem declare func $one $two)
      (func (export "set") (call $h))
      (func (export "get") (result i32) (call_indirect $t (result i32) (i32.const 3))))
    "#;
    let plan = HostPlan {
        functions: vec![HostFnPlan {
            module: "env".into(),
            name: "h".into(),
            style: None,
            effects: vec![Effect {
                on_call: None,
                action: Action::SetTable {
                    instance: 0,
                    table: 0,
                    slot: 3,
                    value: Val::FuncRef(Some(ccoracle::value::FuncId { instance: 0, index: 1 })),
                },
            }],
        }],
        ..HostPlan::default()
    };
    let mut case = Case::from_wat("tables", wat).unwrap().with_plan(plan);
    let inv = |e: &str| ccoracle::case::Invocation { instance: 0, export: e.into(), args: vec![] };
    case.invocations = Some(vec![inv("set"), inv("get")]);
    case
}

#[test]
fn tables_are_seen_by_identity_and_a_host_table_write_is_called_through() {
    let r = check_in_process(&table_case(), &Lineup::default_lineup(), &vec![]).unwrap();
    assert_eq!(r.verdict, Verdict::Agree, "{:#?}", r.verdict);
    let Event::Invoke { outcome, snapshot, .. } = r.traces[0].events.last().unwrap() else { panic!() };
    assert_eq!(outcome, &Outcome::Returned(vec![Val::I32(1)]));
    let slot = snapshot.tables[0].elements[3];
    assert_eq!(slot, Val::FuncRef(Some(ccoracle::value::FuncId { instance: 0, index: 1 })));
}

#[test]
fn a_wrong_table_slot_identity_is_flagged() {
    let faults = vec![(on(), vec![Fault::WrongTableFunc])];
    let d = divergence(check_in_process(&table_case(), &Lineup::default_lineup(), &faults).unwrap().verdict);
    assert_eq!(d.class, Class::PassParamsDependent);
    // The first place it shows: the snapshot after the host wrote the slot.
    assert!(matches!(d.difference.diagnosis, Diagnosis::Table { slot: Some(3), .. }), "{:?}", d.difference.diagnosis);
    assert_eq!(d.signature, "pass-params/invoke/table-slot");
    assert!(d.difference.diagnosis.sentence().contains("slot 3"), "{}", d.difference.diagnosis.sentence());
}

#[test]
fn a_wrong_memory_byte_is_flagged() {
    let faults = vec![(off(), vec![Fault::WrongHostMemoryByte { offset: 0x1234 }])];
    let d = divergence(check_in_process(&table_case(), &Lineup::default_lineup(), &faults).unwrap().verdict);
    assert_eq!(d.signature, "pass-params/instantiate/memory-contents");
    // Without the fault the host's memory is not zero: a read through a
    // wrong base would show.
    let prepared = Arc::new(PreparedCase::new(&table_case()).unwrap());
    let t = EngineSpec::reference().run(&prepared, vec![], None).unwrap();
    let Event::Instantiate { snapshot, .. } = &t.events[0] else { panic!() };
    assert_ne!(snapshot.memories[0].digest, ccoracle::trace::digest(&vec![0u8; 65536]));
}

/// A dynamic memory moves when it grows (so campaigns drawing the dynamic
/// style exercise code whose memory base changes under it).
#[test]
fn a_dynamic_memory_moves_when_it_grows() {
    let engine = ccoracle::engine::wasmer::engine(&ccoracle::engine::WasmerConfig {
        pass_params: false,
        opt: OptLevel::O0,
        memory: MemoryStyle::Dynamic,
    });
    let mut store = wasmer::Store::new(engine);
    let module = wasmer::Module::new(&store, r#"(module (memory (export "m") 1 8))"#).unwrap();
    let instance = wasmer::Instance::new(&mut store, &module, &wasmer::imports! {}).unwrap();
    let m = instance.exports.get_memory("m").unwrap().clone();
    let before = m.view(&store).data_ptr();
    m.grow(&mut store, 3).unwrap();
    let after = m.view(&store).data_ptr();
    assert_ne!(before, after, "the dynamic memory stayed in place when it grew");
}

/// One case, two bugs: the configuration with pass-params passes a hidden
/// leading argument (a convention bug), and both configurations lose the
/// host's write of global #0 (a backend bug, at the same host call). Both
/// must be reported, each with its class, and neither misfiled.
#[test]
fn a_backend_fault_is_not_hidden_behind_a_pass_params_divergence() {
    let faults = vec![
        (on(), vec![Fault::ExtraLeadingArgs { count: 1 }, Fault::DropGlobalWrite { global: 0 }]),
        (off(), vec![Fault::DropGlobalWrite { global: 0 }]),
    ];
    let r = check_in_process(&fault_case(), &Lineup::default_lineup(), &faults).unwrap();
    let all = r.verdict.divergences();
    assert_eq!(all.len(), 2, "{:#?}", r.verdict);
    assert_eq!(all[0].class, Class::PassParamsDependent);
    assert_eq!(all[0].signature, "pass-params/host-call/extra-leading-args-1");
    assert_eq!(all[0].reference_agrees_with, Some(ccoracle::compare::Side::Left));
    assert_eq!(all[1].class, Class::Backend);
    assert_eq!(all[1].signature, "backend/host-call/global-0");
    assert!(all[1].right_engine.contains("pass-params=off"), "{}", all[1].right_engine);
    // Without the backend fault there is only the convention bug.
    let faults = vec![(on(), vec![Fault::ExtraLeadingArgs { count: 1 }])];
    let r = check_in_process(&fault_case(), &Lineup::default_lineup(), &faults).unwrap();
    assert_eq!(r.verdict.divergences().len(), 1);
}

/// With and without pass-params part, and the reference agrees with
/// neither: filed as both wrong (a shared fault), not as pass-params.
#[test]
fn both_configurations_wrong_differently_is_its_own_class() {
    let faults = vec![(on(), vec![Fault::ExtraLeadingArgs { count: 1 }]), (off(), vec![Fault::PerturbArg { slot: 4 }])];
    let r = check_in_process(&fault_case(), &Lineup::default_lineup(), &faults).unwrap();
    let all = r.verdict.divergences();
    assert_eq!(all[0].class, Class::BothWrong, "{:#?}", r.verdict);
    assert!(all[0].signature.starts_with("both-wrong/host-call/"), "{}", all[0].signature);
    assert_eq!(all[0].reference_agrees_with, None);
    assert!(all.iter().any(|d| d.class == Class::Backend && d.signature == "backend/host-call/arg-value"));
}

/// A panic inside Wasmer at run time (here "Signature not found in store",
/// when m0 is passed to a host function taking a funcref: mechanism C)
/// leaves later checks of the same process sound: campaign workers and fuzz
/// targets check case after case in one process. (A campaign once had an
/// engine lock poisoned by some panic, and every later check of that worker
/// became a "backend crash": 11,245 false findings in 4 minutes. That panic
/// was not reproduced alone, so this test does not show it; the engine
/// driver now drops the cached engines after any Wasmer panic.)
#[test]
fn a_runtime_panic_in_wasmer_leaves_later_checks_sound() {
    let crashing = Case::from_wats(&[
        (
            "m0",
            r#"(module (import "env" "h0_2" (func (param funcref) (result i32)))
                 (table (export "tab") 32 funcref) (elem (i32.const 0) func 0 1)
                 (func (result i32) unreachable))"#,
        ),
        (
            "m1",
            r#"(module (import "m0" "tab" (table 32 funcref)) (import "m0" "mem" (memory 1))
                 (global (mut funcref) ref.null func)
                 (func (export "f2") (result i32)
                   global.get 0 i32.const 0 call_indirect (param funcref) (result i32)))"#,
        ),
    ])
    .unwrap();
    let lineup = Lineup::default_lineup();
    let first = check_in_process(&crashing, &lineup, &vec![]).unwrap();
    let crashed = first.traces.iter().any(|t| t.events.iter().any(|e| matches!(e, Event::Crash { .. })));
    assert!(crashed, "the case no longer makes Wasmer panic: {:?}", first.verdict);
    for _ in 0..3 {
        let next = check_in_process(&fault_case(), &lineup, &vec![]).unwrap();
        assert!(matches!(next.verdict, Verdict::Agree), "{:?}", next.verdict);
    }
}

/// The reference's workaround for wasmi 2.0.0's select fusion (see
/// `ccoracle::engine::wasmi::select_fusion`): wasmi alone still computes
/// `select(1, x, i32.eqz x)` wrongly — when this assertion fails, wasmi
/// is fixed and the workaround can go — and with the guard it is right.
#[test]
fn the_reference_works_around_wasmis_select_fusion_defect() {
    use ccoracle::engine::wasmi::select_fusion::guard;
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/wasmi-select-of-eqz-reads-stale-register");
    let wasm = wat::parse_file(dir.join("m.wat")).unwrap();
    let run = |bytes: &[u8]| -> i32 {
        let engine = wasmi::Engine::default();
        let module = wasmi::Module::new(&engine, bytes).unwrap();
        let mut store = wasmi::Store::new(&engine, ());
        let instance = wasmi::Instance::new(&mut store, &module, &[]).unwrap();
        instance.get_typed_func::<(), i32>(&store, "x5").unwrap().call(&mut store, ()).unwrap()
    };
    assert_eq!(run(&wasm), 0, "wasmi now computes 7 rem_u select(1, 5, 5 == 0) right: remove the workaround");
    let guarded = guard(&wasm);
    assert_ne!(&*guarded, &wasm[..], "the pattern is rewritten");
    assert_eq!(run(&guarded), 2);
    // Modules without the pattern are left as they are.
    let plain = wat::parse_str("(module (func (export \"f\") (result i32) i32.const 1))").unwrap();
    assert!(matches!(guard(&plain), std::borrow::Cow::Borrowed(_)));
}
