#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Document text compared the way JSON (RFC 8259 section 8.3), YAML loaders,
/// botocore and the API compare it: as sequences of Unicode scalars.
///
/// Swift's `String ==`, and so `Set<String>` and `[String: ...]`, treat
/// canonically equivalent strings as equal: `"\u{212B}" == "\u{00C5}"`,
/// `"e\u{301}" == "\u{E9}"`, and even the Kelvin sign `"\u{212A}ey" == "Key"`.
/// Every consumer of a workforce document tells those apart, so wflint must
/// too: every comparison of, and every table keyed by, text that comes from a
/// document goes through `ExactText` or `isExactly`.
public struct ExactText: Hashable, Sendable, CustomStringConvertible {
    public let string: String

    public init(_ string: String) {
        self.string = string
    }

    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.string.isExactly(rhs.string)
    }

    public func hash(into hasher: inout Hasher) {
        // Equal scalar sequences have equal UTF-8 bytes; the count ends the
        // sequence so that adjacent fields of a composite key stay apart.
        let utf8 = string.utf8
        // nil for a string whose UTF-8 is not stored in one piece: then byte by byte.
        let hashedInOnePiece: Void? = utf8.withContiguousStorageIfAvailable {
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
        }
        if hashedInOnePiece == nil {
            for byte in utf8 { hasher.combine(byte) }
        }
        hasher.combine(utf8.count)
    }

    public var description: String { string }
}

extension String {
    /// Whether both texts are the same Unicode scalars (not merely canonically
    /// equivalent, as `==` has it).
    public func isExactly(_ other: String) -> Bool {
        // Lengths first (free for a native string): most texts compared differ.
        let (mine, theirs) = (utf8, other.utf8)
        guard mine.count == theirs.count else { return false }
        // The same bits are the same text, in any of String's forms: the same
        // storage, or the same bytes of a small string (a key of up to 15
        // bytes, as most are). A lookup that finds its key ends here, without
        // the small strings' copies `withContiguousStorageIfAvailable` makes.
        if unsafeBitCast(self, to: (UInt64, UInt64).self) == unsafeBitCast(other, to: (UInt64, UInt64).self) {
            return true
        }
        // memcmp: a byte loop in Swift takes several times its instructions,
        // and this compares every key of the tables keyed by document text.
        let compared = mine.withContiguousStorageIfAvailable { left in
            theirs.withContiguousStorageIfAvailable { right in
                guard let a = left.baseAddress, let b = right.baseAddress else { return true }  // both empty
                return memcmp(a, b, left.count) == 0
            }
        }
        return (compared ?? nil) ?? mine.elementsEqual(theirs)
    }
}

extension Sequence<String> {
    /// Whether one of the texts is exactly `text` (see `ExactText`).
    /// Inlinable, so that a caller's `[String]` is searched by a loop made
    /// for it: called generically across the module boundary, it took about
    /// 1,900 instructions for a list of ten names (`exclusive`'s members).
    @inlinable
    public func containsExactly(_ text: String) -> Bool {
        contains { $0.isExactly(text) }
    }
}
