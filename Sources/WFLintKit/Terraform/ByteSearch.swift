/// A search for one fixed byte string, prepared once and run over many
/// texts: what lets a walk skip Terraform without a workforce before it is
/// parsed (docs/performance.md), what tells a settings file from a pack, and
/// what finds a secret's form in a finding's message (`ConcealedTexts`).
///
/// Sixteen places are tested at once: a place can only start the word when
/// two chosen bytes of the word sit at their offsets from it, and only such
/// places are compared in full. The two bytes are the word's rarest letters
/// in English text (for `aws_sagemaker_workforce`, "k" and "g"), so that the
/// full comparison almost never runs on text without the word. This does
/// about half the work of the Boyer-Moore-Horspool search it replaced, which
/// stepped over a file a byte comparison at a time.
struct ByteSearch: Sendable {
    let word: [UInt8]
    /// The offsets in `word` of the two bytes every place is tested for.
    let probes: (first: Int, second: Int)

    init(_ word: String) {
        self.word = Array(word.utf8)
        probes = Self.probes(of: self.word)
    }

    /// Whether `bytes` hold the word (never the empty word).
    func occurs<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Bool {
        bytes.withContiguousBytes { firstOffset(in: UnsafeRawBufferPointer($0), from: 0) } != nil
    }

    /// Whether the word starts somewhere in `bytes` at an offset (from their
    /// start) that `isWanted` accepts; the places are tried in order.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>, where isWanted: (Int) -> Bool) -> Bool {
        var from = 0
        while let offset = firstOffset(in: UnsafeRawBufferPointer(bytes), from: from) {
            if isWanted(offset) { return true }
            from = offset + 1
        }
        return false
    }

    /// Where the word first starts in `text` at or after `from`; nil for nowhere.
    private func firstOffset(in text: UnsafeRawBufferPointer, from: Int) -> Int? {
        let count = word.count
        guard count > 0, text.count - from >= count else { return nil }
        let first = SIMD16<UInt8>(repeating: word[probes.first])
        let second = SIMD16<UInt8>(repeating: word[probes.second])
        let places = text.count - count + 1
        // A block's loads end at most `count - 1` bytes past its last
        // place, inside the text; `&+` because no offset can overflow,
        // and the checks were a third of the loop.
        let atFirst = text.baseAddress! + probes.first, atSecond = text.baseAddress! + probes.second
        var start = from
        while start &+ 16 <= places {
            let firsts = atFirst.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
            let seconds = atSecond.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
            if any((firsts .== first) .& (seconds .== second)), let found = match(text, in: start..<(start &+ 16)) {
                return found
            }
            start &+= 16
        }
        return match(text, in: start..<places)
    }

    /// The first of `places` the word starts at. Kept out of the loop
    /// above, whose registers it would otherwise take.
    @inline(never)
    private func match(_ text: UnsafeRawBufferPointer, in places: Range<Int>) -> Int? {
        places.first { start in
            text[start + probes.first] == word[probes.first] && text[start + probes.second] == word[probes.second]
                && word.indices.allSatisfy { text[start + $0] == word[$0] }
        }
    }

    /// The offsets of the word's rarest byte and of its rarest other byte
    /// (each first met), by English letter frequency; anything but a letter
    /// counts as common (Terraform is full of `_`, `"`, `=` and spaces).
    static func probes(of word: [UInt8]) -> (first: Int, second: Int) {
        guard let first = rarest(of: word, at: word.indices) else { return (0, 0) }
        let second = rarest(of: word, at: word.indices.filter { word[$0] != word[first] })
        return (first, second ?? first)
    }

    /// Each lower-case letter's place in English letter frequency, from 1
    /// for `e` to 26 for `z`, by the letter: made once, as a search is made
    /// for each secret of each document with findings (`ConcealedTexts`).
    private static let letterRarity: [UInt8] = {
        var rarity = [UInt8](repeating: 0, count: 26)
        for (place, letter) in "etaoinshrdlcumwfgypbvkjxqz".utf8.enumerated() {
            rarity[Int(letter) - 0x61] = UInt8(place + 1)
        }
        return rarity
    }()

    /// The offset among `offsets` of the rarest byte, the first of equals.
    private static func rarest(of word: [UInt8], at offsets: some Collection<Int>) -> Int? {
        func rarity(_ byte: UInt8) -> Int {
            let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            return isLetter ? Int(letterRarity[Int(byte | 0x20) - 0x61]) : 0
        }
        return offsets.reduce(nil) { best, offset in
            guard let best else { return offset }
            return rarity(word[offset]) > rarity(word[best]) ? offset : best
        }
    }
}
