#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One object per thread (a POSIX thread-specific value), made on the
/// thread's first use and let go when the thread ends: for what threads
/// would otherwise share behind a lock, or allocate at each use.
///
/// Keep one for the process (a `static let`): each takes one of the
/// process's few keys (`PTHREAD_KEYS_MAX`, 1,024 on Linux) for good. The key
/// is never deleted, even when the object goes: a deleted key's number can be
/// handed out again while a running thread still holds a value under it.
public final class ThreadSpecific<Value: AnyObject>: @unchecked Sendable {
    @usableFromInline var key = pthread_key_t()
    @usableFromInline let make: @Sendable () -> Value
    @usableFromInline let ending: @Sendable (Value) -> Void

    /// `make` builds a thread's object; `ending` runs on the thread as it
    /// ends, before the object is let go, with `current` still answering
    /// that object (so that work it does in the thread's name finds it).
    public init(make: @escaping @Sendable () -> Value, ending: @escaping @Sendable (Value) -> Void = { _ in }) {
        self.make = make
        self.ending = ending
        let status = pthread_key_create(&key, endThreadSpecificSlot)
        precondition(status == 0, "pthread_key_create failed (\(status)): no thread-specific key left")
    }

    /// The calling thread's object. Inlinable, and the slot is of one class
    /// for every `Value`: a generic slot's field was found through its type's
    /// metadata at each question, ten times the cost of the lookup itself.
    @inlinable
    public var current: Value {
        if let stored = pthread_getspecific(key) {
            return unsafeDowncast(Unmanaged<ThreadSpecificSlot>.fromOpaque(stored).takeUnretainedValue().value, to: Value.self)
        }
        let made = make()
        let ending = self.ending
        let slot = ThreadSpecificSlot(made, key: key) { ending(unsafeDowncast($0, to: Value.self)) }
        pthread_setspecific(key, Unmanaged.passRetained(slot).toOpaque())
        return made
    }
}

/// A thread's object with what its end needs. Not generic: the destructor is
/// a C function, which can name no generic type.
@usableFromInline
final class ThreadSpecificSlot {
    @usableFromInline let value: AnyObject
    let key: pthread_key_t
    let ending: (AnyObject) -> Void

    @usableFromInline
    init(_ value: AnyObject, key: pthread_key_t, ending: @escaping (AnyObject) -> Void) {
        self.value = value
        self.key = key
        self.ending = ending
    }
}

/// A thread's slot at the thread's end: its `ending` runs with the slot set
/// again (POSIX clears it before calling this), then it is cleared and let go.
private func endThreadSpecificSlot(_ stored: UnsafeMutableRawPointer?) {
    guard let stored else { return }
    let slot = Unmanaged<ThreadSpecificSlot>.fromOpaque(stored)
    let key = slot.takeUnretainedValue().key
    pthread_setspecific(key, stored)
    slot.takeUnretainedValue().ending(slot.takeUnretainedValue().value)
    pthread_setspecific(key, nil)
    slot.release()
}
