import CYAML
import DocumentModel

/// Colons in a flow sequence that the AWS CLI's loader reads as text and
/// libyaml as a mapping's value indicator.
///
/// ruamel.yaml (YAML 1.2) reads a `:` followed by anything but a blank, in a
/// flow sequence, as the start of a plain scalar: `[::1/128]` is the list
/// `["::1/128"]`, `[:a, b]` is `[":a", "b"]`. libyaml reads every `:` of a
/// flow collection as a value indicator, so it refuses `[::1/128]` ("did not
/// find expected node content"), and reads `[&x :a]` or `[? :a]` as a pair.
/// PyYAML reads them as libyaml does. (In a flow mapping, ruamel.yaml's
/// reading of a value such as `{a: ::1}` depends on how far its scanner has
/// looked ahead, so it reads it in some layouts and refuses it in others:
/// wflint leaves those to libyaml, which refuses them all.)
///
/// libyaml's token scanner finds those colons (its VALUE tokens in a flow
/// sequence, followed by a non-blank character, outside a `%YAML 1.1`
/// document, where ruamel.yaml reads them as libyaml does); each is replaced
/// by a placeholder that libyaml reads as plain text, and put back into the
/// scalar's text when the tree is built (`Restorer`). A placeholder that ends
/// up anywhere but in a plain scalar is a syntax error at the colon.
struct FlowColons {
    struct Patch {
        /// libyaml's character index of the colon in the whole file.
        let character: Int
        let byte: Int
        /// Whether PyYAML refuses the document there: a `:` starting a flow
        /// entry (after `[` or `,`), where it finds no node.
        let pyyamlRefuses: Bool
    }

    /// What replaces a colon: a plain scalar character to libyaml, which no
    /// anchor, tag or alias name can hold.
    static let placeholder = UInt8(ascii: "^")

    /// The patches so far, in file order.
    private(set) var patches: [Patch] = []

    /// What the token scan of a segment found.
    struct Scan {
        var patches: [Patch] = []
        /// Colons that start a flow mapping's value (`{a: ::1}`), which
        /// ruamel.yaml reads as text or as an indicator depending on how far
        /// its scanner looked ahead; wflint leaves them to libyaml.
        var mappingValueColons: Set<Int> = []
    }

    /// Every such colon of a segment, found by libyaml's token scanner (which
    /// stops at its first error: the colons before it are found).
    static func find(in text: UnsafeBufferPointer<UInt8>, segment: Segment) -> Scan {
        var scan = TokenScan(text: text, cursor: CharacterCursor(segment: segment, text: text))
        try? LibYAMLParser.withParser(over: UnsafeBufferPointer(rebasing: text[segment.bytes])) { parser in
            var token = yaml_token_t()
            while yaml_parser_scan(parser, &token) == 1 {
                let type = token.type
                scan.take(token, characterOrigin: segment.characterOrigin)
                yaml_token_delete(&token)
                if type == YAML_STREAM_END_TOKEN || type == YAML_NO_TOKEN { return }
            }
        }
        return scan.found
    }

    /// The message for a document that fails at a colon starting a flow
    /// mapping's value, which says more than libyaml's.
    static let mappingValueMessage = "a flow mapping's value that starts with ':' is read as text by the AWS CLI's "
        + "YAML loader in some layouts only, and refused by PyYAML; wflint refuses it (quote the value)"

    /// Adds patches found after every earlier one.
    mutating func add(_ found: [Patch]) {
        patches += found.filter { $0.character > (patches.last?.character ?? -1) }
    }

    func restorer(from characterOrigin: Int) -> Restorer {
        // Binary search: a stream of many segments must not walk the patches for each.
        Restorer(patches: patches, next: patches.partitionPoint { $0.character < characterOrigin })
    }

    /// The token scanner's walk: which flow collections are open, which
    /// version the document declared, and the token before each.
    private struct TokenScan {
        let text: UnsafeBufferPointer<UInt8>
        var cursor: CharacterCursor
        var found = Scan()
        var openFlows: [Bool] = []  // true for a sequence
        var declares11 = false
        var isYAML11 = false
        var previous = YAML_NO_TOKEN

        mutating func take(_ token: yaml_token_t, characterOrigin: Int) {
            switch token.type {
            case YAML_VERSION_DIRECTIVE_TOKEN:
                declares11 = token.data.version_directive.major == 1 && token.data.version_directive.minor == 1
            case YAML_DOCUMENT_START_TOKEN:
                (isYAML11, declares11) = (declares11, false)
                openFlows.removeAll()
            case YAML_DOCUMENT_END_TOKEN:
                isYAML11 = false
                openFlows.removeAll()
            case YAML_FLOW_SEQUENCE_START_TOKEN: openFlows.append(true)
            case YAML_FLOW_MAPPING_START_TOKEN: openFlows.append(false)
            case YAML_FLOW_SEQUENCE_END_TOKEN, YAML_FLOW_MAPPING_END_TOKEN: _ = openFlows.popLast()
            case YAML_VALUE_TOKEN where !openFlows.isEmpty && !isYAML11:
                let character = characterOrigin + token.start_mark.index
                let byte = cursor.byte(ofCharacter: character, in: text)
                guard byte + 1 < text.count, text[byte] == UInt8(ascii: ":"), !FlowColons.isBlank(at: byte + 1, in: text)
                else { break }
                if openFlows.last == true {
                    let startsEntry = previous == YAML_FLOW_SEQUENCE_START_TOKEN || previous == YAML_FLOW_ENTRY_TOKEN
                    found.patches.append(Patch(character: character, byte: byte, pyyamlRefuses: startsEntry))
                } else if previous == YAML_VALUE_TOKEN {
                    found.mappingValueColons.insert(byte)
                }
            default: break
            }
            previous = token.type
        }
    }

    /// Puts the colons back while the tree is built: events come in file
    /// order, and so do the patches.
    struct Restorer {
        let patches: [Patch]
        var next: Int

        /// A patch before `index` that no plain scalar took: the placeholder
        /// became part of something else, which wflint cannot read as the AWS
        /// CLI does.
        func checkAllRestored(before index: Int, lines: LineIndex) throws(SyntaxError) {
            guard next < patches.count, patches[next].character < index else { return }
            throw SyntaxError(
                message: "the AWS CLI's YAML loader reads this ':' as the start of a plain scalar, "
                    + "which wflint cannot read here; quote the value",
                position: lines.position(byteOffset: patches[next].byte))
        }

        /// The plain scalar's text with its colons back, when it holds any.
        mutating func restore(
            _ text: String, in characters: Range<Int>, lines: LineIndex
        ) throws(SyntaxError) -> RestoredScalar? {
            var taken: [Patch] = []
            while next < patches.count, characters.contains(patches[next].character) {
                taken.append(patches[next])
                next += 1
            }
            guard let first = taken.first else { return nil }
            // A plain scalar keeps every non-blank character of its source, in
            // order; folding changes only blanks and line breaks. The event
            // starts at the scalar's anchor or tag, if it has one, but ends
            // with its text: so each colon is found counting from the end.
            var before: [Int] = []  // non-blank characters from the first colon to each
            var count = 0
            var offset = first.byte
            for _ in first.character..<characters.upperBound where offset < lines.bytes.count {
                if before.count < taken.count, offset == taken[before.count].byte { before.append(count) }
                if !FlowColons.isBlank(at: offset, in: lines.bytes) { count += 1 }
                offset += 1
                while offset < lines.bytes.count, lines.bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            }
            var pending = Set(before.map { count - $0 - 1 })  // non-blank characters after each colon
            var scalars = Array(text.unicodeScalars)
            var ordinal = 0
            for position in scalars.indices.reversed() where !Self.blanks.contains(scalars[position]) {
                if pending.contains(ordinal), scalars[position] == Unicode.Scalar(FlowColons.placeholder) {
                    scalars[position] = ":"
                    pending.remove(ordinal)
                }
                ordinal += 1
            }
            if !pending.isEmpty || before.count < taken.count {
                throw SyntaxError(
                    message: "the AWS CLI's YAML loader reads this ':' as part of a plain scalar, "
                        + "which wflint cannot read here; quote the value",
                    position: lines.position(byteOffset: first.byte))
            }
            var restored = String.UnicodeScalarView()
            restored.append(contentsOf: scalars)
            let pyyaml = taken.contains(where: \.pyyamlRefuses)
                ? PyYAMLReading.unloadable("it reads the ':' that starts a flow entry as a value indicator")
                : PyYAMLReading.misread("it takes the ':' after the anchor, tag or '?' for a value indicator")
            return RestoredScalar(text: String(restored), pyyaml: pyyaml)
        }

        private static let blanks: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"]
    }

    /// Whether the character starting at `offset` is a space, a tab or a
    /// line break (also NEL, LS and PS, which libyaml and ruamel.yaml break at).
    static func isBlank(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes[offset] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85
        case 0xE2:
            return offset + 2 < bytes.count && bytes[offset + 1] == 0x80
                && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9)
        default: return false
        }
    }

}

/// libyaml's character indexes turned into byte offsets by walking forward:
/// tokens come in file order, so a whole segment costs one pass.
struct CharacterCursor {
    var character: Int
    var byte: Int

    init(segment: Segment, text: UnsafeBufferPointer<UInt8>) {
        character = segment.characterOrigin
        byte = segment.bytes.lowerBound
        // libyaml does not count a byte-order mark.
        if byte == 0, text.starts(with: [0xEF, 0xBB, 0xBF]) { byte = 3 }
    }

    mutating func byte(ofCharacter target: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        while character < target, byte < text.count {
            byte += 1
            while byte < text.count, text[byte] & 0xC0 == 0x80 { byte += 1 }
            character += 1
        }
        return byte
    }
}
