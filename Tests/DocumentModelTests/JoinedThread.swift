import Foundation
import Testing

/// A POSIX thread with a stack of a given size, waited for until it has ended
/// (its thread-specific values' destructors run), unlike Foundation's `Thread`.
enum JoinedThread {
    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    static func run(stackSize: Int = 1 << 20, _ body: @escaping () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            guard let context else { return nil }
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        #expect(status == 0)
        guard status == 0 else { return Unmanaged<Body>.fromOpaque(context).release() }
        pthread_join(thread, nil)
    }
}
