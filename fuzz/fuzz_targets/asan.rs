// Wasmer turns SIGSEGV/SIGBUS/SIGILL/SIGFPE in JIT code into Wasm traps with
// its own signal handlers; AddressSanitizer must leave those signals alone
// or every out-of-bounds access becomes a sanitizer "crash".
#[no_mangle]
pub extern "C" fn __asan_default_options() -> *const std::ffi::c_char {
    c"allow_user_segv_handler=1:handle_segv=0:handle_sigbus=0:handle_sigill=0:handle_sigfpe=0:detect_leaks=0".as_ptr()
}
