import DocumentModel

/// Values that never appear in any output (an OIDC `ClientSecret`): under a
/// member the shape data marks sensitive, wherever it sits, and under any key
/// evidently meant as one (`ClientSecrett`, `client_secret`, `Secret`).
public enum SensitiveValues {
    public static let mask = "***"

    /// Whether a key names a secret: a sensitive member's name in any case, or
    /// any name with "secret" in it once case and everything but letters and
    /// digits are ignored. Hiding the value of a `SecretArn` too is the safe side.
    public static func isSensitiveKey(_ name: String) -> Bool {
        SecretWord.occurs(in: name) || (!otherSensitiveNames.isEmpty && otherSensitiveNames.contains(name.lowercased()))
    }

    /// Sensitive members the word does not already find (none in today's API
    /// data), so the schema walk, which asks for every member, lower-cases none.
    private static let otherSensitiveNames = ShapeCatalog.builtin.sensitiveMemberNames.filter {
        !SecretWord.occurs(in: $0.utf8)
    }

    /// The word a lexical scan looks for before trying to read a key.
    static let secretWord = Array("secret".utf8)

    /// Whether the value at `pointer` is a secret or lies inside one.
    public static func isSensitive(_ pointer: JSONPointer) -> Bool {
        pointer.tokens.contains(where: isSensitiveKey)
    }

    /// `pointer` with every token below a sensitive key replaced by the mask
    /// (the keys of a map written where a secret belongs are part of it), and
    /// each of `texts` (the document's secrets) hidden in the other tokens: a
    /// secret used as a key through a YAML alias (`{*secret : 1}`) is a token.
    static func masked(_ pointer: JSONPointer, texts: Set<String> = []) -> JSONPointer {
        masked(pointer, concealing: ConcealedTexts(texts))
    }

    /// `masked(_:texts:)` with the secrets' forms made once for many pointers.
    static func masked(_ pointer: JSONPointer, concealing secrets: ConcealedTexts) -> JSONPointer {
        // Most pointers hold neither: answered without building their tokens.
        if secrets.isEmpty, !(pointer.parent?.containsToken(where: isSensitiveKey) ?? false) { return pointer }
        let tokens = pointer.tokens
        var masked = tokens
        if let secret = tokens.firstIndex(where: isSensitiveKey), secret + 1 < tokens.count {
            masked = Array(tokens[...secret]) + Array(repeating: mask, count: tokens.count - secret - 1)
        }
        if !secrets.isEmpty { masked = masked.map(secrets.conceal) }
        return masked == tokens ? pointer : JSONPointer(masked)
    }

    /// Whether `text` occurs in `other` as the standard library's
    /// `String.contains` finds it, by characters (canonical equivalents too:
    /// a Kelvin sign is a `K`). For ASCII `other` and `text` without a line
    /// break that is exactly where their bytes occur (CR LF is the only ASCII
    /// character of two bytes, and an ASCII character's only equivalent is
    /// itself), as `ConcealedTexts` searches them: the character search cost
    /// about 34 K instructions a fix.
    static func occurs(_ text: String, in other: String) -> Bool {
        SecretSearch(text).occurs(in: other, otherIsASCII: isASCII(other))
    }

    /// Whether `text` is all ASCII, told over its bytes in memory where it
    /// has them in one piece: stepping the UTF-8 view cost about 1,200
    /// instructions a message.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// ASCII without a line break, and not empty (every string holds the empty one).
    static func isPlainASCII(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }
    }

    /// Secrets shorter than this are searched for in messages only in quotes:
    /// hiding every "1" or "on" would garble them.
    static let minimumConcealedLength = 4

    /// A secret template's literal runs shorter than this are not secret
    /// texts of their own (`HCLExpression.literalStrings`): `"${var.pw}-prod"`
    /// would hide every `-prod` of the module. A secret's own characters
    /// written beside an interpolation (`"Zq8s3cr3tVal${var.n}"`) are longer.
    static let minimumTemplateRunLength = 8

    /// The text as written, as `SchemaMessages.quoted` escapes and shortens
    /// it, and as a finished message has it (`SchemaMessages.escapingControls`:
    /// a message concealed again later, as a Terraform resource's are).
    fileprivate static func quotedForms(of text: String) -> [String] {
        var quoted = Substring(SchemaMessages.quoted(text)).dropFirst().dropLast()
        if quoted.hasSuffix("...") { quoted = quoted.dropLast(3) }
        var forms = [text]
        let inMessages = [SchemaMessages.escapingControls(text), SchemaMessages.escapingControls(SchemaMessages.escapingInvisible(text))]
        for form in [String(quoted)] + inMessages where !forms.contains(form) {
            forms.append(form)
        }
        return forms
    }

    /// Every scalar's text in a node, keys included: what `concealed` hides.
    /// Not an empty one: a secret left empty (the `ClientSecret: ""` of
    /// `--generate-cli-skeleton`) hides nothing, and taken for one it masked
    /// every empty value, quote and reason of the document's messages
    /// (`Scope "***" is not a list of scope tokens ...: it ***`).
    static func texts(in node: Node) -> [String] {
        var texts: [String] = []
        visit([node]) { node in
            if case .scalar(let scalar) = node.content, !scalar.text.isEmpty { texts.append(scalar.text) }
            return true
        }
        return texts
    }

    /// The addresses (`Node.address`) of `nodes` and every node inside them,
    /// keys included: a document's sensitive nodes (`DocumentContext`).
    static func addresses(in nodes: [Node]) -> Set<Int> {
        var addresses: Set<Int> = []
        insertAddresses(of: nodes, into: &addresses)
        return addresses
    }

    /// Adds the addresses of `nodes` and of every node inside them to `addresses`.
    static func insertAddresses(of nodes: [Node], into addresses: inout Set<Int>) {
        visit(nodes) { node in
            addresses.insert(node.address)
            return true
        }
    }

    /// The outermost nodes of `node`, itself included, that `isSensitive`
    /// says are, in the order they are written: what is inside one is
    /// sensitive with it.
    static func outermost(in node: Node, where isSensitive: (Node) -> Bool) -> [Node] {
        var found: [Node] = []
        visit([node]) { node in
            guard isSensitive(node) else { return true }
            found.append(node)
            return false
        }
        return found
    }

    /// Calls `body` with each of `nodes` and every node inside them, in the
    /// order they are written (a key before its value), without recursion:
    /// a value nests as deep as its source (the read limits bound that).
    /// Below a node for which `body` returns false it goes no further.
    static func visit(_ nodes: [Node], _ body: (Node) -> Bool) {
        var pending = Array(nodes.reversed())
        while let next = pending.popLast() {
            guard body(next) else { continue }
            switch next.content {
            case .scalar: continue
            case .sequence(let elements): pending += elements.reversed()
            case .mapping(let entries):
                for entry in entries.reversed() {
                    pending.append(entry.value)
                    pending.append(entry.key)
                }
            }
        }
    }
}

/// A document's secret texts (`SensitiveValues.texts`) in each form a
/// message may show them: as written, and as a message quotes a value
/// (escaped, possibly shortened; a text shorter than
/// `SensitiveValues.minimumConcealedLength` only so, in its quotes). Taking
/// them out of messages is the backstop for a secret that reaches a message
/// through a YAML alias (`Issuer: *secret`), a sibling's variable or a key's
/// `{name}`. Made once for all of a document's findings: a document with a
/// client secret and a hundred findings made them, and searched each
/// message for them character by character, a hundred times (14 % of a lint
/// of the corpus with findings).
///
/// The forms are searched longest first, in characters (as `String.contains`
/// matches them: a form can only hold one of no more characters, while the
/// Kelvin sign has more bytes than the `K` it equals), so that a secret
/// inside a longer one, or a secret's raw form inside its escaped one
/// (`abcd\` in `abcd\\`), never leaves the rest of the longer showing,
/// whatever order a set of texts comes in.
extension SensitiveValues {
    /// `message` with every single-quoted text (`'\W'`), `U+XXXX` code
    /// point and `0xXX` byte made `***`: a parser's message about a place
    /// inside a secret.
    /// A quote opens after no letter or digit and closes before none, so
    /// that an apostrophe (`the AWS CLI's YAML loader`) opens nothing: paired
    /// with a quote, it masked the wrong text and showed the secret.
    static func maskingQuotesAndCodePoints(in message: String) -> String {
        let isWord = { (character: Character?) in character.map { $0.isLetter || $0.isNumber } ?? false }
        var result = ""
        var rest = Substring(message)
        var before: Character?
        while let first = rest.firstIndex(where: { $0 == "'" || $0 == "U" || $0 == "0" }) {
            result += rest[..<first]
            let previous = first == rest.startIndex ? before : rest[rest.index(before: first)]
            let after = rest[rest.index(after: first)...]
            let close = after.indices.first { after[$0] == "'" && !isWord(after[after.index(after: $0)...].first) }
            if rest[first] == "'", !isWord(previous), let close {
                result += "'\(mask)'"
                before = "'"
                rest = after[after.index(after: close)...]
            } else if rest[first] == "U", !isWord(previous), after.first == "+", after.dropFirst().prefix(4).count == 4,
                after.dropFirst().prefix(while: \.isHexDigit).count >= 4
            {
                result += "U+\(mask)"
                before = "*"
                rest = after.dropFirst().drop(while: \.isHexDigit)
            } else if rest[first] == "0", !isWord(previous), after.first == "x",
                after.dropFirst().prefix(while: \.isHexDigit).count == 2, !isWord(after.dropFirst(3).first)
            {
                result += "0x\(mask)"
                before = "*"
                rest = after.dropFirst(3)
            } else {
                result += rest[first...first]
                before = rest[first]
                rest = after
            }
        }
        return result + rest
    }

    /// `message` with each double-quoted part that is a piece of one of
    /// `secrets` (as written there, or as a message quotes it) replaced by
    /// the mask: `it has the character "😀"` of a scope that holds the secret.
    /// A part ends at the next `"`, as a check quotes a character it names
    /// (`"\"`; `"""` is the quote itself); a value quoted with escapes may
    /// be cut into more parts than it has, which can hide more, never less.
    static func concealingPieces(of secrets: Set<String>, in message: String) -> String {
        var out = ""
        var rest = message[...]
        while let open = rest.firstIndex(of: "\"") {
            out += rest[...open]
            rest = rest[rest.index(after: open)...]
            let close = rest.hasPrefix("\"\"") ? rest.index(after: rest.startIndex) : rest.firstIndex(of: "\"")
            guard let close else { break }
            let piece = rest[..<close]
            let isPiece = !piece.isEmpty && piece != mask && secrets.contains { secret in
                secret.contains(piece) || SchemaMessages.quoted(secret).dropFirst().dropLast().contains(piece)
            }
            out += isPiece ? mask : String(piece)
            out += "\""
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}

struct ConcealedTexts {
    private let forms: [SecretSearch]
    /// The forms of plain ASCII, by the three bytes they start with (every
    /// form has three or more: a short secret is quoted), each as its place
    /// in `forms`: an ASCII message is searched for only those whose start
    /// it holds, not for every form (ten thousand findings about ten
    /// thousand secrets searched each message for all of them: 8 s).
    private let plainByStart: [UInt32: [Int]]
    /// The places in `forms` of the others, searched in every message.
    private let others: [Int]

    init(_ texts: Set<String>) {
        var forms: [String] = []
        for text in texts {
            // A short secret is hidden only as a message quotes it, in its quotes.
            guard text.unicodeScalars.count >= SensitiveValues.minimumConcealedLength else {
                forms.append(SchemaMessages.quoted(text))
                continue
            }
            // A check may show it in one case: a URL's host is lower-cased.
            for cased in Set([text, text.lowercased(), text.uppercased()]) {
                forms += SensitiveValues.quotedForms(of: cased)
            }
        }
        let counted = forms.map { (text: $0, characters: $0.count) }.sorted { a, b in
            a.characters != b.characters
                ? a.characters > b.characters : a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
        }
        self.forms = counted.map { SecretSearch($0.text) }
        var plainByStart: [UInt32: [Int]] = [:]
        var others: [Int] = []
        for (index, form) in counted.enumerated() {
            let bytes = Array(form.text.utf8)
            if SensitiveValues.isPlainASCII(form.text), bytes.count >= 3 {
                plainByStart[Self.key(bytes[0], bytes[1], bytes[2]), default: []].append(index)
            } else {
                others.append(index)
            }
        }
        self.plainByStart = plainByStart
        self.others = others
    }

    var isEmpty: Bool { forms.isEmpty }

    private static func key(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
        UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
    }

    /// `message` with every form replaced by the mask, longest first.
    /// `String.contains` compares characters, so a form matches its canonical
    /// equivalents too (the Kelvin sign is a `K`), which a byte search would
    /// miss; but in a message of ASCII, where no such equivalent can be, a
    /// plain form is present exactly when its bytes are. Most messages and
    /// secrets are ASCII: their message is searched for the plain forms that
    /// start somewhere in it, and the others.
    func conceal(_ message: String) -> String {
        var message = message
        // A message of ASCII stays so when a form is replaced by the mask.
        let isASCII = SensitiveValues.isASCII(message)
        for index in candidates(in: message, isASCII: isASCII) {
            let form = forms[index]
            guard form.occurs(in: message, otherIsASCII: isASCII) else { continue }
            message = message.replacing(form.text, with: SensitiveValues.mask)
        }
        return message
    }

    /// The places in `forms` of those `message` may hold, ascending (the
    /// order they are searched in): every one when it is not ASCII.
    private func candidates(in message: String, isASCII: Bool) -> [Int] {
        guard isASCII, !forms.isEmpty else { return isASCII ? [] : Array(forms.indices) }
        var found = Set(others)
        let bytes = Array(message.utf8)
        if bytes.count >= 3 {
            for start in 0...(bytes.count - 3) {
                if let places = plainByStart[Self.key(bytes[start], bytes[start + 1], bytes[start + 2])] {
                    found.formUnion(places)
                }
            }
        }
        return found.sorted()
    }
}

/// One secret text, prepared to be looked for in many others as
/// `String.contains` finds it (`SensitiveValues.occurs`): where both are
/// ASCII and the secret holds no line break, by its bytes (`ByteSearch`),
/// made once for all the texts searched.
struct SecretSearch {
    let text: String
    /// The bytes' search, for a secret of ASCII without a line break; nil otherwise.
    private let plainSearch: ByteSearch?

    init(_ text: String) {
        self.text = text
        plainSearch = SensitiveValues.isPlainASCII(text) ? ByteSearch(text) : nil
    }

    /// Whether `other` holds the secret; `otherIsASCII` is what the caller
    /// told of it (`SensitiveValues.isASCII`), once for many secrets.
    func occurs(in other: String, otherIsASCII: Bool) -> Bool {
        if otherIsASCII, let plainSearch { return plainSearch.occurs(in: other.utf8) }
        return other.contains(text)
    }
}
