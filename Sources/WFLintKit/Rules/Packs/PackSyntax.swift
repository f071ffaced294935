import DocumentModel

/// Reading typed values out of a pack's YAML tree, each failure a
/// `SourceError` at the offending node, so a pack author gets
/// `pack-file:line:col: message` for every mistake.
struct PackSyntax: Sendable {
    let file: String
    /// The file's text, for positions inside a scalar's value (packs only).
    var source: String = ""

    func error(_ message: String, at node: Node) -> SourceError {
        SourceError(file: file, position: node.range.start, message: message)
    }

    /// An error at character `offset` (in Unicode scalars) of a string
    /// scalar's value: a template's bad placeholder, where it is written.
    func error(_ message: String, atCharacter offset: Int, of node: Node) -> SourceError {
        SourceError(file: file, position: position(ofCharacter: offset, in: node), message: message)
    }

    /// The entries of a mapping whose keys must all be in `allowed`; the first
    /// other key is reported with the sorted list of valid ones, and a repeated
    /// key points back at its first definition.
    func mapping(_ node: Node, allowed: [String], in section: String) throws(SourceError) -> [String: MappingEntry] {
        guard let entries = node.entries else {
            throw error("\(section) must be a mapping, not \(node.typeDescriptionWithArticle)", at: node)
        }
        var byName: [String: MappingEntry] = [:]
        for entry in entries {
            guard let name = entry.name else { throw error("\(section) keys must be strings", at: entry.key) }
            if let first = byName[name] {
                throw error("duplicate key \"\(name)\" in \(section), first defined at \(first.key.range.start)", at: entry.key)
            }
            guard allowed.contains(name) else {
                throw error(Self.unknown("key", name, in: " in \(section)", valid: allowed), at: entry.key)
            }
            byName[name] = entry
        }
        return byName
    }

    func required(_ entries: [String: MappingEntry], _ name: String, in section: String, at node: Node) throws(SourceError) -> Node {
        guard let entry = entries[name] else { throw error("\(section) lacks the key \"\(name)\"", at: node) }
        return entry.value
    }

    /// `unknown key "regexp" in check "pattern"; did you mean "regex"? valid
    /// keys: negate, regex`: the nearest name when one is close, then the
    /// sorted alternatives.
    static func unknown(_ kind: String, _ value: String, in context: String, valid: [String]) -> String {
        let sorted = valid.sorted()
        let hint = MemberSuggestion.nearest(to: value, in: sorted).map { "did you mean \"\($0)\"? " } ?? ""
        return "unknown \(kind) \"\(value)\"\(context); \(hint)valid \(kind)s: \(sorted.joined(separator: ", "))"
    }

    func string(_ node: Node, _ what: String) throws(SourceError) -> String {
        guard let scalar = node.scalar, case .string(let text) = scalar.value else {
            throw error("\(what) must be a string, not \(node.typeDescriptionWithArticle)", at: node)
        }
        return text
    }

    /// An RFC 6901 pointer: empty, or `/`-separated tokens where `~` is
    /// followed by 0 or 1.
    func jsonPointer(_ node: Node, _ what: String) throws(SourceError) -> String {
        let text = try string(node, what)
        var valid = text.isEmpty || text.hasPrefix("/")
        var scalars = text.unicodeScalars.makeIterator()
        while valid, let scalar = scalars.next() {
            guard scalar == "~" else { continue }
            let next = scalars.next()
            valid = next == "0" || next == "1"
        }
        guard valid else {
            throw error(
                "invalid JSON pointer \"\(text)\": it must be empty or start with \"/\", and \"~\" must be followed by 0 or 1, like \"/SourceIpConfig/Cidrs/0\"",
                at: node)
        }
        return text
    }

    /// A string that says something: empty or only white space is an error,
    /// since it would be shown as nothing (`title=CORP001 …::` in GitHub output).
    func text(_ node: Node, _ what: String) throws(SourceError) -> String {
        let text = try string(node, what)
        guard text.contains(where: { !$0.isWhitespace }) else { throw error("\(what) must not be empty", at: node) }
        return text
    }

    /// An absolute `http` or `https` URL (`https://wiki.example/policy#corp001`)
    /// with a host, without white space or control characters: SARIF's
    /// `helpUri` is a link a viewer opens, so `javascript:` and `file:` are out.
    func uri(_ node: Node, _ what: String) throws(SourceError) -> String {
        let text = try string(node, what)
        guard Self.isWebURL(text) else {
            throw error("\(what) \"\(text)\" must be an http or https URL, like \"https://wiki.example/policy\"", at: node)
        }
        return text
    }

    /// The characters an RFC 3986 URI may hold as they are (a `%` must start
    /// an escape of two hex digits): SARIF's `helpUri` is a `uri`, and a link
    /// is opened by people, so nothing else (a blank, a control, `<`, `"`,
    /// text that is not ASCII) may be in it.
    private static let uriBytes = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=".utf8)

    /// IPvFuture's address: unreserved, sub-delims and `:`.
    private static let futureAddressBytes = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:!$&'()*+,;=".utf8)

    /// An `http` or `https` URL (any case) with a host: RFC 3986's
    /// characters only, each `%` an escape, and an authority of a host
    /// (`[…]` for an IP literal) and an optional port of digits.
    static func isWebURL(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let lowered = text.lowercased()
        guard let schemeLength = lowered.hasPrefix("https://") ? 8 : lowered.hasPrefix("http://") ? 7 : nil else { return false }
        for (index, byte) in bytes.enumerated() where !uriBytes.contains(byte) {
            guard byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2])
            else { return false }
        }
        let rest = bytes[schemeLength...]
        let authority = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        // Brackets only around an IP literal; one `#`, the fragment's.
        let afterAuthority = rest[authority.endIndex...]
        guard !afterAuthority.contains(UInt8(ascii: "[")), !afterAuthority.contains(UInt8(ascii: "]")),
            afterAuthority.split(separator: UInt8(ascii: "#"), omittingEmptySubsequences: false).count <= 2
        else { return false }
        let hostAndPort = authority.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false).last ?? []
        let port: ArraySlice<UInt8>
        if hostAndPort.first == UInt8(ascii: "[") {
            // An IP literal, then a port or nothing.
            guard let close = hostAndPort.firstIndex(of: UInt8(ascii: "]")),
                isIPLiteral(hostAndPort[hostAndPort.index(after: hostAndPort.startIndex)..<close])
            else { return false }
            port = hostAndPort[hostAndPort.index(after: close)...]
            guard port.isEmpty || port.first == UInt8(ascii: ":") else { return false }
        } else {
            let colon = hostAndPort.firstIndex(of: UInt8(ascii: ":")) ?? hostAndPort.endIndex
            let host = hostAndPort[..<colon]
            guard !host.isEmpty, !host.contains(UInt8(ascii: "[")), !host.contains(UInt8(ascii: "]")) else { return false }
            port = hostAndPort[colon...]
        }
        return port.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// What RFC 3986's IP-literal holds between its brackets: an IPv6
    /// address (hex digits, colons, and a dotted IPv4 tail) or `vX.…`
    /// (IPvFuture). Told by its characters, enough to refuse `[zz]`.
    private static func isIPLiteral(_ inner: ArraySlice<UInt8>) -> Bool {
        guard let first = inner.first else { return false }
        if first | 0x20 == UInt8(ascii: "v") {
            let version = inner.dropFirst().prefix(while: isHexDigit)
            let tail = inner.dropFirst(1 + version.count)
            return !version.isEmpty && tail.first == UInt8(ascii: ".") && tail.count > 1
                && tail.dropFirst().allSatisfy(futureAddressBytes.contains)
        }
        let colons = inner.filter { $0 == UInt8(ascii: ":") }.count
        return colons >= 2 && inner.allSatisfy { isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    /// A scalar's text whatever it resolved to (`10` in an enum list is "10").
    func scalarText(_ node: Node, _ what: String) throws(SourceError) -> String {
        guard let scalar = node.scalar, scalar.value != .null else {
            throw error("\(what) must be a scalar, not \(node.typeDescriptionWithArticle)", at: node)
        }
        return scalar.text
    }

    func list(_ node: Node, _ what: String) throws(SourceError) -> [Node] {
        guard let items = node.elements else { throw error("\(what) must be a list, not \(node.typeDescriptionWithArticle)", at: node) }
        return items
    }

    /// A list of strings; a single string is accepted as a list of one.
    /// An operation name (`UpdateWorkforce`); an unknown one gets the nearest
    /// name and the sorted list. `context` follows the quoted value in the
    /// message (` for "updates/**"`).
    func operation(_ node: Node, _ what: String, context: String = "") throws(SourceError) -> Operation {
        let text = try string(node, what)
        guard let operation = Operation(rawValue: text) else {
            let valid = Operation.allCases.map(\.rawValue).sorted()
            let hint = MemberSuggestion.nearest(to: text, in: valid).map { "did you mean \"\($0)\"? " } ?? ""
            throw error(
                "unknown operation \"\(text)\"\(context); \(hint)valid operations: \(valid.joined(separator: ", "))",
                at: node)
        }
        return operation
    }

    func strings(_ node: Node, _ what: String) throws(SourceError) -> [String] {
        if node.scalar != nil { return [try string(node, what)] }
        var result: [String] = []
        for item in try list(node, what) { result.append(try string(item, "each entry of \(what)")) }
        return result
    }

    func bool(_ node: Node, _ what: String) throws(SourceError) -> Bool {
        guard case .bool(let value)? = node.scalar?.value else {
            throw error("\(what) must be true or false, not \(describe(node))", at: node)
        }
        return value
    }

    func integer(_ node: Node, _ what: String) throws(SourceError) -> Int {
        guard case .integer(let value)? = node.scalar?.value else {
            throw error("\(what) must be an integer, not \(describe(node))", at: node)
        }
        return value
    }

    func number(_ node: Node, _ what: String) throws(SourceError) -> Double {
        switch node.scalar?.value {
        case .integer(let value)?: return Double(value)
        case .float(let value)?: return value
        default: throw error("\(what) must be a number, not \(describe(node))", at: node)
        }
    }

    /// `"text"` for a scalar, else its type, for messages.
    func describe(_ node: Node) -> String {
        if let scalar = node.scalar { return "\"\(scalar.text)\"" }
        return node.typeDescriptionWithArticle
    }

    /// Where character `offset` (0-based, in Unicode scalars) of a string
    /// scalar's value sits in the pack, whatever the scalar's style (escapes,
    /// folded lines, block scalars); the scalar's start when the source
    /// cannot be mapped.
    func position(ofCharacter offset: Int, in node: Node) -> SourcePosition {
        ScalarSourceMap.position(ofCharacter: offset, in: node, source: source) ?? node.range.start
    }
}
