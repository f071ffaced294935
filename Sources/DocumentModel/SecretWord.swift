/// Whether a key names a secret by its word: "secret" among its letters and
/// digits, in any case (`ClientSecret`, `client_secret`, `SECRET-key`).
/// Shared by the readers, which must not quote a secret's value in an error
/// before any check has run, and by `SensitiveValues`, which adds the
/// members the API's shapes mark sensitive.
public enum SecretWord {
    /// Whether the letters and digits of `bytes`, lower-cased, contain
    /// "secret". Runs for every member the schema walk visits, so it
    /// allocates nothing; the word's first letter does not recur in it, so a
    /// mismatch can restart at the current letter. Inlinable: called across
    /// modules for every member, a generic call unspecialized cost more than
    /// the scan.
    @inlinable
    public static func occurs(in bytes: some Sequence<UInt8>) -> Bool {
        var matched = 0
        for byte in bytes {
            let folded: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): folded = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded = byte | 0x20
            default: continue
            }
            if folded == letter(matched) {
                matched += 1
                if matched == 6 { return true }  // "secret"
            } else {
                matched = folded == UInt8(ascii: "s") ? 1 : 0
            }
        }
        return false
    }

    /// Whether `name` has the word (see `occurs(in:)`), over its bytes in
    /// memory where they are in one piece (native strings).
    @inlinable
    public static func occurs(in name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count >= 6 else { return false }
        return utf8.withContiguousStorageIfAvailable { occurs(in: $0) } ?? occurs(in: utf8)
    }

    /// The word's letter at `index`, as a constant: reading a static list
    /// for each byte (its lazy initialization check, its bounds) was most of
    /// the scan.
    @inlinable @inline(__always)
    static func letter(_ index: Int) -> UInt8 {
        switch index {
        case 0: UInt8(ascii: "s")
        case 1: UInt8(ascii: "e")
        case 2: UInt8(ascii: "c")
        case 3: UInt8(ascii: "r")
        case 4: UInt8(ascii: "e")
        default: UInt8(ascii: "t")
        }
    }
}
