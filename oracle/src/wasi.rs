//! A deterministic WASI preview1 host, written once for every engine.
//!
//! A case with a [`WasiConfig`] (or any case whose modules import
//! `wasi_snapshot_preview1`) has the imports of that module served here,
//! beside the recording host: every call is still recorded as a host call
//! (arguments and a snapshot, compared like any other), and then answered
//! from state that is the same on every engine:
//!
//! - arguments and environment from the case;
//! - clocks that start at a fixed time and advance 1 ms per query;
//! - `random_get` from a stream seeded by the case;
//! - stdin from the case; stdout and stderr captured: each write is an
//!   [`Event::Output`] in the trace, compared byte for byte;
//! - an in-memory file system behind one preopened directory `/` (fd 3),
//!   with the case's files in it; each write to a file is an
//!   [`Event::Output`] named by its path;
//! - `proc_exit` ends the run with the exit code as the outcome
//!   ([`crate::trace::TrapKind::Exit`]);
//! - every other function of the module that returns an errno answers
//!   `ENOSYS` (52) on every engine. A function whose signature is not
//!   WASI's is served by the recording host instead, as any import.
//!
//! Guest memory is the calling instance's memory 0 (where wasi-libc keeps
//! everything); a pointer out of its bounds answers `EFAULT`.

use crate::host::{Fault, HostTrap, HostWorld};
use crate::trace::Event;
use crate::value::{mix64, Val, ValType};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The import module name of WASI preview 1.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// What a WASI program gets from the host: part of a case (`"wasi"` in
/// case.json).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WasiConfig {
    /// `argv`, the program's name first.
    pub args: Vec<String>,
    /// The environment, as `NAME=value` entries.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub env: Vec<String>,
    /// Everything the program reads from fd 0.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stdin: String,
    /// Files of the preopened directory `/`, by path relative to it
    /// (`data/in.txt`); directories exist where files are.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub files: BTreeMap<String, String>,
    /// Seed of `random_get`'s stream.
    pub seed: u64,
}

// Errno values of WASI preview 1.
const SUCCESS: i32 = 0;
const EBADF: i32 = 8;
const EEXIST: i32 = 20;
const EFAULT: i32 = 21;
const EFBIG: i32 = 22;
const EINVAL: i32 = 28;
const EISDIR: i32 = 31;
const ENOENT: i32 = 44;
const ENOSYS: i32 = 52;
const ENOTDIR: i32 = 54;
const ESPIPE: i32 = 70;
const ENOTCAPABLE: i32 = 76;

// File types.
const CHARACTER_DEVICE: u8 = 2;
const DIRECTORY: u8 = 3;
const REGULAR_FILE: u8 = 4;

/// Every right; stdio lacks `fd_seek` (bit 2) and `fd_tell` (bit 5), as a
/// terminal does (wasi-libc's `isatty` then line-buffers stdout).
const ALL_RIGHTS: u64 = (1 << 29) - 1;
const STDIO_RIGHTS: u64 = ALL_RIGHTS & !(1 << 2) & !(1 << 5);

/// Largest file, and largest `random_get`, the host serves (16 MiB).
const MAX_BYTES: u32 = 1 << 24;

/// The clock's start: 2023-11-14T22:13:20Z, in nanoseconds.
const CLOCK_START: u64 = 1_700_000_000_000_000_000;
const CLOCK_STEP: u64 = 1_000_000;

#[derive(Clone, Debug)]
enum Fd {
    Stdin,
    Stdout,
    Stderr,
    /// A directory: its path relative to `/` (`""` is `/` itself, the
    /// preopen).
    Dir(String),
    File {
        path: String,
        pos: u64,
        append: bool,
    },
}

/// The state of one engine's WASI host during one run.
#[derive(Clone, Debug)]
pub struct WasiState {
    args: Vec<String>,
    env: Vec<String>,
    stdin: Vec<u8>,
    stdin_pos: usize,
    files: BTreeMap<String, Vec<u8>>,
    fds: Vec<Option<Fd>>,
    clock: u64,
    seed: u64,
    random: u64,
    /// Bytes written to stdout so far (where a planted fault lands).
    stdout_len: u64,
}

impl WasiState {
    pub fn new(cfg: &WasiConfig) -> WasiState {
        WasiState {
            args: cfg.args.clone(),
            env: cfg.env.clone(),
            stdin: cfg.stdin.clone().into_bytes(),
            stdin_pos: 0,
            files: cfg
                .files
                .iter()
                .map(|(k, v)| (k.trim_start_matches('/').to_string(), v.clone().into_bytes()))
                .collect(),
            fds: vec![Some(Fd::Stdin), Some(Fd::Stdout), Some(Fd::Stderr), Some(Fd::Dir(String::new()))],
            clock: 0,
            seed: cfg.seed,
            random: 0,
            stdout_len: 0,
        }
    }
}

use ValType::{I32, I64};

/// The WASI functions served, with their signatures (params, results).
const FUNCTIONS: &[(&str, &[ValType], &[ValType])] = &[
    ("args_get", &[I32, I32], &[I32]),
    ("args_sizes_get", &[I32, I32], &[I32]),
    ("environ_get", &[I32, I32], &[I32]),
    ("environ_sizes_get", &[I32, I32], &[I32]),
    ("clock_res_get", &[I32, I32], &[I32]),
    ("clock_time_get", &[I32, I64, I32], &[I32]),
    ("fd_close", &[I32], &[I32]),
    ("fd_fdstat_get", &[I32, I32], &[I32]),
    ("fd_fdstat_set_flags", &[I32, I32], &[I32]),
    ("fd_filestat_get", &[I32, I32], &[I32]),
    ("fd_prestat_get", &[I32, I32], &[I32]),
    ("fd_prestat_dir_name", &[I32, I32, I32], &[I32]),
    ("fd_read", &[I32, I32, I32, I32], &[I32]),
    ("fd_seek", &[I32, I64, I32, I32], &[I32]),
    ("fd_tell", &[I32, I32], &[I32]),
    ("fd_write", &[I32, I32, I32, I32], &[I32]),
    ("path_filestat_get", &[I32, I32, I32, I32, I32], &[I32]),
    ("path_open", &[I32, I32, I32, I32, I32, I64, I64, I32, I32], &[I32]),
    ("path_unlink_file", &[I32, I32, I32], &[I32]),
    ("proc_exit", &[I32], &[]),
    ("random_get", &[I32, I32], &[I32]),
    ("sched_yield", &[], &[I32]),
];

/// Guest memory of the calling instance (its memory 0).
struct Mem<'a> {
    world: &'a mut dyn HostWorld,
    instance: usize,
}

impl Mem<'_> {
    fn read(&mut self, ptr: u32, len: u32) -> Result<Vec<u8>, i32> {
        self.world.read_memory(self.instance, 0, ptr as u64, len as usize).ok_or(EFAULT)
    }
    fn write(&mut self, ptr: u32, bytes: &[u8]) -> Result<(), i32> {
        if self.world.write_memory(self.instance, 0, ptr as u64, bytes) {
            Ok(())
        } else {
            Err(EFAULT)
        }
    }
    fn u32(&mut self, ptr: u32) -> Result<u32, i32> {
        Ok(u32::from_le_bytes(self.read(ptr, 4)?.try_into().unwrap()))
    }
    fn put_u32(&mut self, ptr: u32, v: u32) -> Result<(), i32> {
        self.write(ptr, &v.to_le_bytes())
    }
    fn put_u64(&mut self, ptr: u32, v: u64) -> Result<(), i32> {
        self.write(ptr, &v.to_le_bytes())
    }
    /// The (pointer, length) pairs of an iovec array.
    fn iovs(&mut self, iovs: u32, n: u32) -> Result<Vec<(u32, u32)>, i32> {
        if n > 1024 {
            return Err(EINVAL);
        }
        (0..n).map(|i| Ok((self.u32(iovs.wrapping_add(8 * i))?, self.u32(iovs.wrapping_add(8 * i + 4))?))).collect()
    }
    fn string(&mut self, ptr: u32, len: u32) -> Result<String, i32> {
        String::from_utf8(self.read(ptr, len)?).map_err(|_| EINVAL)
    }
}

/// Serves a call of `name` from module [`MODULE`], if it is a WASI function
/// with WASI's signature; `None` leaves it to the recording host. Events
/// the call produces (output) are appended to `events`.
#[allow(clippy::too_many_arguments)]
pub fn call(
    world: &mut dyn HostWorld,
    st: &mut WasiState,
    instance: usize,
    name: &str,
    sig: &crate::prepare::Sig,
    args: &[Val],
    faults: &[Fault],
    events: &mut Vec<Event>,
) -> Option<Result<Vec<Val>, HostTrap>> {
    let known = FUNCTIONS.iter().find(|(n, _, _)| *n == name);
    match known {
        Some((_, p, r)) if sig.params == *p && sig.results == *r => {}
        // Unsupported, but an errno-returning function: the same answer
        // everywhere.
        None if sig.results == [I32] => return Some(Ok(vec![Val::I32(ENOSYS)])),
        _ => return None,
    }
    let i = |k: usize| match args[k] {
        Val::I32(v) => v as u32,
        _ => 0,
    };
    let l = |k: usize| match args[k] {
        Val::I64(v) => v as u64,
        _ => 0,
    };
    if name == "proc_exit" {
        return Some(Err(HostTrap { exit: Some(i(0)) }));
    }
    let mut m = Mem { world, instance };
    let r = match name {
        "args_get" => strings_get(&mut m, &st.args, i(0), i(1)),
        "args_sizes_get" => strings_sizes(&mut m, &st.args, i(0), i(1)),
        "environ_get" => strings_get(&mut m, &st.env, i(0), i(1)),
        "environ_sizes_get" => strings_sizes(&mut m, &st.env, i(0), i(1)),
        "clock_res_get" => m.put_u64(i(1), 1_000),
        "clock_time_get" => {
            st.clock += 1;
            m.put_u64(i(2), CLOCK_START + st.clock * CLOCK_STEP)
        }
        "random_get" if i(1) > MAX_BYTES => Err(EINVAL),
        "random_get" => {
            let mut bytes = Vec::with_capacity(i(1) as usize);
            while bytes.len() < i(1) as usize {
                bytes.extend_from_slice(&mix64(st.seed ^ mix64(st.random)).to_le_bytes());
                st.random += 1;
            }
            bytes.truncate(i(1) as usize);
            m.write(i(0), &bytes)
        }
        "sched_yield" => Ok(()),
        "fd_close" => match st.fds.get_mut(i(0) as usize) {
            Some(slot @ Some(_)) => {
                *slot = None;
                Ok(())
            }
            _ => Err(EBADF),
        },
        "fd_fdstat_get" => fdstat(&mut m, st, i(0), i(1)),
        "fd_fdstat_set_flags" => st.fd(i(0)).map(|_| ()),
        "fd_filestat_get" => match st.fd(i(0)) {
            Ok(fd) => {
                let (ty, size) = match fd {
                    Fd::Stdin | Fd::Stdout | Fd::Stderr => (CHARACTER_DEVICE, 0),
                    Fd::Dir(_) => (DIRECTORY, 0),
                    Fd::File { path, .. } => (REGULAR_FILE, st.files.get(&path).map_or(0, |f| f.len() as u64)),
                };
                filestat(&mut m, i(1), ty, size)
            }
            Err(e) => Err(e),
        },
        "fd_prestat_get" => match i(0) {
            3 if matches!(st.fds.get(3), Some(Some(Fd::Dir(_)))) => {
                m.write(i(1), &[0, 0, 0, 0]).and_then(|_| m.put_u32(i(1).wrapping_add(4), 1))
            }
            _ => Err(EBADF),
        },
        "fd_prestat_dir_name" => match i(0) {
            3 if matches!(st.fds.get(3), Some(Some(Fd::Dir(_)))) => m.write(i(1), &b"/"[..i(2).min(1) as usize]),
            _ => Err(EBADF),
        },
        "fd_read" => fd_read(&mut m, st, i(0), i(1), i(2), i(3)),
        "fd_write" => fd_write(&mut m, st, i(0), i(1), i(2), i(3), faults, events),
        "fd_seek" => fd_seek(&mut m, st, i(0), l(1) as i64, i(2), i(3)),
        "fd_tell" => fd_seek(&mut m, st, i(0), 0, 1, i(1)),
        "path_filestat_get" => match m.string(i(2), i(3)).and_then(|p| st.resolve(i(0), &p)) {
            Ok(path) => match st.files.get(&path) {
                Some(f) => {
                    let n = f.len() as u64;
                    filestat(&mut m, i(4), REGULAR_FILE, n)
                }
                None if st.is_dir(&path) => filestat(&mut m, i(4), DIRECTORY, 0),
                None => Err(ENOENT),
            },
            Err(e) => Err(e),
        },
        "path_open" => path_open(&mut m, st, i(0), i(2), i(3), i(4), i(7), i(8)),
        "path_unlink_file" => match m.string(i(1), i(2)).and_then(|p| st.resolve(i(0), &p)) {
            Ok(path) => st.files.remove(&path).map(|_| ()).ok_or(if st.is_dir(&path) { EISDIR } else { ENOENT }),
            Err(e) => Err(e),
        },
        _ => unreachable!("FUNCTIONS and this match list the same names"),
    };
    Some(Ok(vec![Val::I32(r.err().unwrap_or(SUCCESS))]))
}

impl WasiState {
    fn fd(&self, fd: u32) -> Result<Fd, i32> {
        self.fds.get(fd as usize).cloned().flatten().ok_or(EBADF)
    }

    /// Whether `path` (relative to `/`) is a directory: the root, or a
    /// prefix of some file's path.
    fn is_dir(&self, path: &str) -> bool {
        path.is_empty() || self.files.keys().any(|k| k.strip_prefix(path).is_some_and(|r| r.starts_with('/')))
    }

    /// `path` relative to directory `dirfd`, normalised; paths that leave
    /// `/` are not capable.
    fn resolve(&self, dirfd: u32, path: &str) -> Result<String, i32> {
        let Fd::Dir(base) = self.fd(dirfd)? else { return Err(ENOTDIR) };
        let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
        for p in path.split('/') {
            match p {
                "" | "." => {}
                ".." => {
                    parts.pop().ok_or(ENOTCAPABLE)?;
                }
                p => parts.push(p),
            }
        }
        Ok(parts.join("/"))
    }

    fn open(&mut self, fd: Fd) -> u32 {
        match self.fds.iter().skip(4).position(Option::is_none) {
            Some(i) => {
                self.fds[4 + i] = Some(fd);
                4 + i as u32
            }
            None => {
                self.fds.push(Some(fd));
                self.fds.len() as u32 - 1
            }
        }
    }
}

fn strings_get(m: &mut Mem, list: &[String], ptrs: u32, buf: u32) -> Result<(), i32> {
    let mut at = buf;
    for (k, s) in list.iter().enumerate() {
        m.put_u32(ptrs.wrapping_add(4 * k as u32), at)?;
        let mut bytes = s.as_bytes().to_vec();
        bytes.push(0);
        m.write(at, &bytes)?;
        at = at.wrapping_add(bytes.len() as u32);
    }
    Ok(())
}

fn strings_sizes(m: &mut Mem, list: &[String], count: u32, size: u32) -> Result<(), i32> {
    m.put_u32(count, list.len() as u32)?;
    m.put_u32(size, list.iter().map(|s| s.len() as u32 + 1).sum())
}

fn fdstat(m: &mut Mem, st: &WasiState, fd: u32, out: u32) -> Result<(), i32> {
    let (ty, flags, rights, inheriting) = match st.fd(fd)? {
        Fd::Stdin | Fd::Stdout | Fd::Stderr => (CHARACTER_DEVICE, 0u16, STDIO_RIGHTS, 0),
        Fd::Dir(_) => (DIRECTORY, 0, ALL_RIGHTS, ALL_RIGHTS),
        Fd::File { append, .. } => (REGULAR_FILE, append as u16, ALL_RIGHTS, 0),
    };
    let mut b = [0u8; 24];
    b[0] = ty;
    b[2..4].copy_from_slice(&flags.to_le_bytes());
    b[8..16].copy_from_slice(&rights.to_le_bytes());
    b[16..24].copy_from_slice(&inheriting.to_le_bytes());
    m.write(out, &b)
}

fn filestat(m: &mut Mem, out: u32, ty: u8, size: u64) -> Result<(), i32> {
    let mut b = [0u8; 64];
    b[16] = ty;
    b[24..32].copy_from_slice(&1u64.to_le_bytes());
    b[32..40].copy_from_slice(&size.to_le_bytes());
    for at in [40, 48, 56] {
        b[at..at + 8].copy_from_slice(&CLOCK_START.to_le_bytes());
    }
    m.write(out, &b)
}

fn fd_read(m: &mut Mem, st: &mut WasiState, fd: u32, iovs: u32, n: u32, nread: u32) -> Result<(), i32> {
    let iovs = m.iovs(iovs, n)?;
    let mut total = 0u32;
    match st.fd(fd)? {
        Fd::Stdin => {
            for (ptr, len) in iovs {
                let rest = &st.stdin[st.stdin_pos..];
                let k = rest.len().min(len as usize);
                m.write(ptr, &rest[..k])?;
                st.stdin_pos += k;
                total += k as u32;
            }
        }
        Fd::File { path, pos, append } => {
            let data = st.files.get(&path).cloned().unwrap_or_default();
            let mut at = pos as usize;
            for (ptr, len) in iovs {
                let rest = data.get(at..).unwrap_or(&[]);
                let k = rest.len().min(len as usize);
                m.write(ptr, &rest[..k])?;
                at += k;
                total += k as u32;
            }
            st.fds[fd as usize] = Some(Fd::File { path, pos: at as u64, append });
        }
        Fd::Dir(_) => return Err(EISDIR),
        Fd::Stdout | Fd::Stderr => return Err(EBADF),
    }
    m.put_u32(nread, total)
}

#[allow(clippy::too_many_arguments)]
fn fd_write(
    m: &mut Mem,
    st: &mut WasiState,
    fd: u32,
    iovs: u32,
    n: u32,
    nwritten: u32,
    faults: &[Fault],
    events: &mut Vec<Event>,
) -> Result<(), i32> {
    let mut bytes = Vec::new();
    for (ptr, len) in m.iovs(iovs, n)? {
        bytes.extend(m.read(ptr, len)?);
    }
    let stream = match st.fd(fd)? {
        Fd::Stdout => {
            for f in faults {
                if let Fault::WrongOutputByte { offset } = *f {
                    if let Some(b) = offset.checked_sub(st.stdout_len).and_then(|o| bytes.get_mut(o as usize)) {
                        *b ^= 1;
                    }
                }
            }
            st.stdout_len += bytes.len() as u64;
            "stdout".to_string()
        }
        Fd::Stderr => "stderr".to_string(),
        Fd::File { path, pos, append } => {
            let data = st.files.entry(path.clone()).or_default();
            let at = if append { data.len() } else { pos as usize };
            if at.saturating_add(bytes.len()) > MAX_BYTES as usize {
                return Err(EFBIG);
            }
            if data.len() < at + bytes.len() {
                data.resize(at + bytes.len(), 0);
            }
            data[at..at + bytes.len()].copy_from_slice(&bytes);
            st.fds[fd as usize] = Some(Fd::File { path: path.clone(), pos: (at + bytes.len()) as u64, append });
            format!("/{path}")
        }
        Fd::Dir(_) => return Err(EISDIR),
        Fd::Stdin => return Err(EBADF),
    };
    m.put_u32(nwritten, bytes.len() as u32)?;
    if !bytes.is_empty() {
        events.push(Event::Output { stream, text: escape(&bytes) });
    }
    Ok(())
}

fn fd_seek(m: &mut Mem, st: &mut WasiState, fd: u32, offset: i64, whence: u32, out: u32) -> Result<(), i32> {
    let Fd::File { path, pos, append } = st.fd(fd)? else {
        return Err(ESPIPE);
    };
    let len = st.files.get(&path).map_or(0, |f| f.len() as i64);
    let base = match whence {
        0 => 0,
        1 => pos as i64,
        2 => len,
        _ => return Err(EINVAL),
    };
    let new = base.checked_add(offset).filter(|n| *n >= 0).ok_or(EINVAL)? as u64;
    st.fds[fd as usize] = Some(Fd::File { path, pos: new, append });
    m.put_u64(out, new)
}

#[allow(clippy::too_many_arguments)]
fn path_open(
    m: &mut Mem,
    st: &mut WasiState,
    dirfd: u32,
    path: u32,
    path_len: u32,
    oflags: u32,
    fdflags: u32,
    out: u32,
) -> Result<(), i32> {
    const CREAT: u32 = 1;
    const DIRECTORY_FLAG: u32 = 2;
    const EXCL: u32 = 4;
    const TRUNC: u32 = 8;
    let p = m.string(path, path_len)?;
    let path = st.resolve(dirfd, &p)?;
    let fd = if st.files.contains_key(&path) {
        if oflags & CREAT != 0 && oflags & EXCL != 0 {
            return Err(EEXIST);
        }
        if oflags & DIRECTORY_FLAG != 0 {
            return Err(ENOTDIR);
        }
        if oflags & TRUNC != 0 {
            st.files.insert(path.clone(), Vec::new());
        }
        Fd::File { path, pos: 0, append: fdflags & 1 != 0 }
    } else if st.is_dir(&path) {
        if oflags & CREAT != 0 && oflags & EXCL != 0 {
            return Err(EEXIST);
        }
        Fd::Dir(path)
    } else if oflags & CREAT != 0 && oflags & DIRECTORY_FLAG == 0 {
        st.files.insert(path.clone(), Vec::new());
        Fd::File { path, pos: 0, append: fdflags & 1 != 0 }
    } else {
        return Err(ENOENT);
    };
    let n = st.open(fd);
    m.put_u32(out, n)
}

/// Bytes as text: UTF-8 kept, other bytes as `\xNN` (and `\` as `\\`), so
/// that every byte shows and compares.
pub fn escape(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(&chunk.valid().replace('\\', "\\\\"));
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// Whether a case's modules import anything from [`MODULE`].
pub fn imports_wasi(modules: &[crate::prepare::PreparedModule]) -> bool {
    modules.iter().any(|m| m.imports.iter().any(|i| i.module == MODULE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_text_and_shows_every_other_byte() {
        assert_eq!(escape(b"a\\b\n"), "a\\\\b\n");
        assert_eq!(escape(&[0x68, 0xff, 0x69]), "h\\xffi");
        assert_ne!(escape(&[0xfe]), escape(&[0xff]));
    }

    #[test]
    fn paths_resolve_inside_the_preopen_only() {
        let cfg = WasiConfig { files: [("data/in.txt".to_string(), "x".to_string())].into(), ..Default::default() };
        let st = WasiState::new(&cfg);
        assert_eq!(st.resolve(3, "data/./in.txt"), Ok("data/in.txt".into()));
        assert_eq!(st.resolve(3, "/data/in.txt"), Ok("data/in.txt".into()));
        assert_eq!(st.resolve(3, "data/../out"), Ok("out".into()));
        assert_eq!(st.resolve(3, "../etc/passwd"), Err(ENOTCAPABLE));
        assert_eq!(st.resolve(1, "x"), Err(ENOTDIR));
        assert!(st.is_dir("data") && !st.is_dir("dat") && !st.is_dir("data/in.txt"));
    }
}
