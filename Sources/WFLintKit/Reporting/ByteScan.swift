/// Byte searches that test sixteen places at once. The excerpt capture
/// (`MaskedSource`) reads every line of a file up to the last one a finding
/// shows: where each line ends, and whether it may name a secret. Tested a
/// byte at a time, those were about 800 instructions a line, and on a long
/// stream a few percent of the run. Written out rather than through
/// closures: a block's test in a closure was not inlined, and cost 460
/// instructions a block.
enum ByteScan {
    /// The first offset from `start` on whose byte is `a` or `b`; nil when none is.
    static func firstIndex(of a: UInt8, or b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = max(start, 0)
        if let base = bytes.baseAddress {
            let (wantedA, wantedB) = (SIMD16(repeating: a), SIMD16(repeating: b))
            // The blocks without either are skipped; the byte is then found one at a time.
            while index &+ 16 <= bytes.count {
                let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                if any((block .== wantedA) .| (block .== wantedB)) { break }
                index &+= 16
            }
        }
        while index < bytes.count {
            if bytes[index] == a || bytes[index] == b { return index }
            index += 1
        }
        return nil
    }

    /// The first offset from `start` on whose byte is `a`, or where the
    /// letters `first` and `second` follow each other in either case (both
    /// lower-case ASCII letters); nil when none is. Two letters, as a line
    /// of YAML nearly always holds the first letter of a word.
    static func firstIndex(
        of a: UInt8, orLetters first: UInt8, _ second: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        var index = max(start, 0)
        // Setting bit 5 lower-cases an ASCII letter and makes no other byte a lower-case letter.
        if let base = bytes.baseAddress {
            let fold = SIMD16<UInt8>(repeating: 0x20)
            let (wantedA, wantedFirst, wantedSecond) = (SIMD16(repeating: a), SIMD16(repeating: first), SIMD16(repeating: second))
            while index &+ 17 <= bytes.count {
                let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                if any((block .== wantedA) .| (((block | fold) .== wantedFirst) .& ((next | fold) .== wantedSecond))) {
                    break
                }
                index &+= 16
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == a || (byte | 0x20 == first && index + 1 < bytes.count && bytes[index + 1] | 0x20 == second) {
                return index
            }
            index += 1
        }
        return nil
    }
}
