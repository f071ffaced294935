import CPCRE2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stack PCRE2's JIT matches on, one per thread, on the heap.
///
/// With none assigned, the JIT takes 32 KiB of the calling thread's own
/// stack. A library user may lint on a thread with a small stack (128 KiB in
/// `DeepNestingTests`), and under AddressSanitizer, whose frames are several
/// times larger, the frames below a match left less than that: the match
/// wrote past the stack's end, in about one run of three. A heap stack of the
/// same 32 KiB keeps every match's outcome as it was (a match that overflows
/// it is run again by the interpreter, `Pattern.matches`).
///
/// Each thread keeps its stack as a raw POSIX thread-specific pointer, which
/// POSIX frees as the thread ends. The lookup runs at every JIT match: a
/// `ThreadSpecific` object (a slot, a retain, a cast) cost 174 instructions
/// there, 0.6 % of a corpus lint; the raw pointer costs a tenth of that.
enum JITStack {
    /// PCRE2's own default size, so that no match's outcome changes.
    static let size = 32 * 1024

    /// One key for the process (see `ThreadSpecific` on why keys are few and
    /// never deleted); its destructor frees a thread's stack.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { stack in pcre2_jit_stack_free_8(OpaquePointer(stack)) }
        precondition(status == 0, "pthread_key_create failed (\(status)): no thread-specific key left")
        return key
    }()

    /// The calling thread's stack, made at its first match: a JIT stack may
    /// serve one match at a time. Nil when it could not be made (no memory),
    /// which PCRE2 reads as "use the machine stack".
    static func current() -> OpaquePointer? {
        if let stored = pthread_getspecific(key) { return OpaquePointer(stored) }
        guard let made = pcre2_jit_stack_create_8(size, size, nil) else { return nil }
        pthread_setspecific(key, UnsafeRawPointer(made))
        return made
    }

    /// What PCRE2 calls at each JIT match for the stack to use.
    static let callback: pcre2_jit_callback_8 = { _ in current() }
}
