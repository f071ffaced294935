import Testing

@testable import WFLintKit

/// The sixteen-at-a-time searches answer as a byte-at-a-time loop does,
/// wherever the byte sits: before, across and after a block's edge, in the
/// last few bytes that no block covers, and from every start.
@Suite struct ByteScanTests {
    /// Texts of 0 to 40 bytes of filler with `inserted` written at each offset.
    static func texts(inserting inserted: [UInt8], filler: UInt8 = UInt8(ascii: "x")) -> [[UInt8]] {
        var texts: [[UInt8]] = []
        for length in 0...40 {
            texts.append(Array(repeating: filler, count: length))
            for offset in 0..<length {
                var text = Array(repeating: filler, count: length)
                for (index, byte) in inserted.enumerated() where offset + index < length { text[offset + index] = byte }
                texts.append(text)
            }
        }
        return texts
    }

    @Test func aByteOfTwoIsFoundWhereALoopFindsIt() {
        for inserted in [[UInt8(ascii: "\n")], [UInt8(ascii: "\r")], Array("\r\n".utf8), Array("a\nb\rc".utf8)] {
            for text in Self.texts(inserting: inserted) {
                text.withUnsafeBufferPointer { bytes in
                    for start in 0...bytes.count {
                        let expected = bytes[start...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
                        #expect(
                            ByteScan.firstIndex(of: UInt8(ascii: "\n"), or: UInt8(ascii: "\r"), in: bytes, from: start)
                                == expected, "\(text) from \(start)")
                    }
                }
            }
        }
    }

    @Test func twoLettersInEitherCaseOrAByteAreFoundWhereALoopFindsThem() {
        let (s, e, backslash) = (UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "\\"))
        for inserted in ["se", "SE", "sE", "s", "S", "e", "es", "\\", "s\\e", "ssee"].map({ Array($0.utf8) }) {
            for text in Self.texts(inserting: inserted) {
                text.withUnsafeBufferPointer { bytes in
                    for start in 0...bytes.count {
                        let expected = bytes.indices[start...].first { index in
                            bytes[index] == backslash
                                || (bytes[index] | 0x20 == s && index + 1 < bytes.count && bytes[index + 1] | 0x20 == e)
                        }
                        #expect(
                            ByteScan.firstIndex(of: backslash, orLetters: s, e, in: bytes, from: start) == expected,
                            "\(String(decoding: text, as: UTF8.self)) from \(start)")
                    }
                }
            }
        }
    }

    /// The byte test before a line is widened: the word in a row in any case,
    /// or an escape that the decoding reads as one of its letters (as
    /// `UInt32(_:radix:)` reads its digits), as the loop over every byte it
    /// replaced told. Any other escape cannot help spell the word: a line of
    /// them is not decoded.
    @Test func aLineMayHoldTheSecretKeyWhereTheByteLoopSaidSo() {
        func byteLoop(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let word = Array("secret".utf8)
            return bytes.indices.contains { index in
                (bytes[index] == UInt8(ascii: "\\") && Self.spellsALetter(bytes, at: index))
                    || (index + word.count <= bytes.count && word.indices.allSatisfy { bytes[index + $0] | 0x20 == word[$0] })
            }
        }
        var answers: Set<Bool> = []
        let escapes = ["\\u0073", "\\U00000043", "\\x65", "\\u+074", "\\u0041", "\\u-073", "\\", "\\n", "\\u00"]
        for inserted in ["secret", "SeCrEt", "secre", "ClientSecret", "s e c r e t", "sesecret"] + escapes {
            for text in Self.texts(inserting: Array(inserted.utf8), filler: UInt8(ascii: "s")) {
                text.withUnsafeBufferPointer { bytes in
                    let expected = byteLoop(bytes)
                    answers.insert(expected)
                    #expect(SecretValueScan.mayHoldSecretKey(bytes) == expected, "\(String(decoding: text, as: UTF8.self))")
                }
            }
        }
        #expect(answers == [true, false])
    }

    /// Whether the backslash at `index` starts an escape that the decoding
    /// reads as one of the word's letters, as `UInt32(_:radix:)` reads digits.
    static func spellsALetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let digits: [UInt8: Int] = [UInt8(ascii: "u"): 4, UInt8(ascii: "U"): 8, UInt8(ascii: "x"): 2]
        guard index + 1 < bytes.count, let count = digits[bytes[index + 1]], index + 2 + count <= bytes.count,
            let value = UInt32(String(decoding: bytes[index + 2..<index + 2 + count], as: UTF8.self), radix: 16)
        else { return false }
        return value < 0x80 && "secretSECRET".utf8.contains(UInt8(value))
    }

    /// The search the excerpt capture runs on over a file's lines: from any
    /// start, the first escape of one of the word's letters or whole word (any
    /// case), as the loop over every byte tells it; across line breaks too,
    /// which the word never spans.
    @Test func thePossibleKeyIsTheFirstTheByteLoopFinds() {
        let word = Array("secret".utf8)
        let insertions = ["secret", "SeCrEt", "secre\nt", "a\nsecret", "\\u0073", "sesecret", "se\ncret\nSECRET"]
        for inserted in insertions + ["\\u0041\\x63", "\\\\u0073", "\\U0000005A"] {
            for text in Self.texts(inserting: Array(inserted.utf8), filler: UInt8(ascii: "s")) {
                text.withUnsafeBufferPointer { bytes in
                    for start in 0...bytes.count {
                        let expected = bytes.indices[start...].first { index in
                            (bytes[index] == UInt8(ascii: "\\") && Self.spellsALetter(bytes, at: index))
                                || (index + word.count <= bytes.count
                                    && word.indices.allSatisfy { bytes[index + $0] | 0x20 == word[$0] })
                        }
                        #expect(
                            SecretValueScan.firstPossibleKey(in: bytes, from: start) == expected,
                            "\(String(decoding: text, as: UTF8.self)) from \(start)")
                    }
                }
            }
        }
    }
}
