import CPCRE2
import Locking

/// The stack PCRE2's JIT matches on, one per thread, on the heap.
///
/// With none assigned, the JIT takes 32 KiB of the calling thread's own
/// stack. A library user may lint on a thread with a small stack (128 KiB in
/// `DeepNestingTests`), and under AddressSanitizer, whose frames are several
/// times larger, the frames below a match left less than that: the match
/// wrote past the stack's end, in about one run of three. A heap stack of the
/// same 32 KiB keeps every match's outcome as it was (a match that overflows
/// it is run again by the interpreter, `Pattern.matches`).
final class JITStack {
    /// PCRE2's own default size, so that no match's outcome changes.
    static let size = 32 * 1024

    let pointer: OpaquePointer?

    init() {
        pointer = pcre2_jit_stack_create_8(Self.size, Self.size, nil)
    }

    deinit {
        pcre2_jit_stack_free_8(pointer)
    }

    /// The calling thread's: a JIT stack may serve one match at a time.
    static let perThread = ThreadSpecific(make: { JITStack() })

    /// What PCRE2 calls at each JIT match for the stack to use (NULL: the
    /// machine stack, if the heap one could not be made).
    static let callback: pcre2_jit_callback_8 = { _ in perThread.current.pointer }
}
