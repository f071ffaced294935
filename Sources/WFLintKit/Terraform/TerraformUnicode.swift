import DocumentModel

/// Terraform keeps every string in Unicode Normalization Form C: each string
/// value it makes is NFC (cty's `StringVal`), literal or computed, key or
/// value, in either syntax and in variable definitions files. So the API
/// gets `é` (U+00E9) where a file has `e` and U+0301, and U+0915 U+093C where
/// it has U+0958 (a composition exclusion); and `{ "é" = 1, "é" = 2 }`, the
/// two keys written in the two forms, is one key (`terraform console`,
/// v1.11.4). Lengths and patterns are checked on what is sent: 300 × `e`
/// U+0301 is 300 characters to the API, not 600.
enum TerraformUnicode {
    /// `text` in NFC; ASCII text, its own NFC, as it is, without a pass.
    static func nfc(_ text: String) -> String {
        guard !SensitiveValues.isASCII(text) else { return text }
        // The standard library's normalizer, the one `String`'s comparison
        // uses (underscored, but public): WFLintKit does not load Foundation,
        // whose start-up every run would pay, for the rare non-ASCII string.
        return String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// `node` with each string and key in NFC: `node` itself when each one
    /// is already, else a copy made where one is not. For a value Terraform
    /// reads without evaluating it (a `.tfvars.json` value, a `.tf.json`
    /// variable's `default`), before the module records its nodes.
    static func nfc(_ node: Node) -> Node {
        switch node.content {
        case .scalar(let scalar):
            guard case .string(let text) = scalar.value, !SensitiveValues.isASCII(text) else { return node }
            let normalized = nfc(text)
            guard !normalized.isExactly(text) else { return node }
            return Node(
                .scalar(Scalar(text: normalized, style: scalar.style, value: .string(normalized))), range: node.range,
                bytes: node.bytes, tag: node.tag)
        case .sequence(let items):
            let normalized = items.map(nfc)
            guard zip(items, normalized).contains(where: { $0 !== $1 }) else { return node }
            return Node(.sequence(normalized), range: node.range, bytes: node.bytes, tag: node.tag)
        case .mapping(let entries):
            let normalized = entries.map { MappingEntry(key: nfc($0.key), value: nfc($0.value)) }
            guard zip(entries, normalized).contains(where: { $0.key !== $1.key || $0.value !== $1.value }) else { return node }
            // Kept as written, as a key written twice is: Terraform refuses both.
            return Node(.mapping(normalized), range: node.range, bytes: node.bytes, tag: node.tag)
        }
    }
}
