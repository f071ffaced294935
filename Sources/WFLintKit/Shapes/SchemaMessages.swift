import DocumentModel

/// Where in a document a value sits, as schema messages name it:
/// `"WorkforceName"`, `"Cidrs[3]"`, `"AuthenticationRequestExtraParams.prompt"`,
/// `key "prompt" of "AuthenticationRequestExtraParams"`, or the document kind
/// for the root.
///
/// The schema walk makes a place for every node but only a finding reads one,
/// so a place records how it was reached and builds its text on demand.
struct Place: CustomStringConvertible {
    /// Only the cases that hold a form are boxed: the walk makes a member's
    /// place for every member it visits, and a boxed one was an allocation each.
    private enum Form {
        case root(DocumentKind)
        case member(String)
        indirect case element(of: Form, Int)
        indirect case mapValue(of: Form, String)
        indirect case mapKey(of: Form, String)
    }

    private let form: Form

    static func root(_ kind: DocumentKind) -> Place { Place(form: .root(kind)) }

    static func member(_ name: String) -> Place { Place(form: .member(name)) }

    func element(_ index: Int) -> Place { Place(form: .element(of: form, index)) }

    func mapValue(_ key: String) -> Place { Place(form: .mapValue(of: form, key)) }

    func mapKey(_ key: String) -> Place { Place(form: .mapKey(of: form, key)) }

    var description: String { Self.description(of: form) }

    private static func description(of form: Form) -> String {
        switch form {
        case .root(let kind): return kind.rawValue
        case .mapKey(let container, let key): return "key \(SchemaMessages.quoted(key)) of \(description(of: container))"
        case .member, .element, .mapValue: return SchemaMessages.quoted(path(of: form) ?? "")
        }
    }

    /// The dotted path a child's place builds on (nil for a map key or the root).
    private static func path(of form: Form) -> String? {
        switch form {
        case .root, .mapKey: return nil
        case .member(let name): return name
        case .element(let container, let index): return "\(path(of: container) ?? "")[\(index)]"
        case .mapValue(let container, let key): return "\(path(of: container) ?? "").\(key)"
        }
    }
}

/// The messages of the schema rules (WF002-WF009), in actionlint's manner: what
/// is wrong, what is expected, the offending value quoted. A value of a
/// sensitive member (`sensitive: nil` below) is never quoted.
enum SchemaMessages {
    /// WF002
    static func duplicateKey(_ name: String, firstAt first: SourcePosition) -> String {
        "duplicate key \(quoted(name)), first defined at \(first)"
    }

    /// WF003
    static func unknownMember(_ name: String?, of shape: String, suggestion: String?, members: [String]) -> String {
        let key = name.map(quoted) ?? "a key that is not a string"
        let help = suggestion.map { suggestion in
            "did you mean '\(suggestion)'?" + (name.map { lookalikeNote($0, member: suggestion) } ?? "")
        } ?? "expected one of \(alternatives(members))"
        return "\(key) is not a member of \(shape); \(help)"
    }

    /// For a key that only canonical equivalence makes equal to a member (a
    /// Kelvin sign for `K` in `Key`), the code points that tell them apart.
    private static func lookalikeNote(_ name: String, member: String) -> String {
        // `==` is canonical equivalence here on purpose: it finds the lookalike.
        guard name == member, !name.isExactly(member) else { return "" }
        let codePoints = name.unicodeScalars.map { "U+" + $0.hexDigits }
        return " (the key looks the same but is written \(codePoints.joined(separator: " ")))"
    }

    /// WF004
    static func wrongType(_ place: Place, expected: Shape.ShapeType, got node: Node, sensitive: Bool) -> String {
        var message = "\(place) must be \(phrase(for: expected)), got \(describe(node, sensitive: sensitive))"
        if let hint = typeHint(expected: expected, node: node, sensitive: sensitive) { message += "; \(hint)" }
        return message
    }

    /// WF005
    static func missingMember(_ name: String, of shape: String) -> String {
        "\(shape) is missing required member \(quoted(name))"
    }

    /// WF006, string length
    static func length(_ place: Place, _ text: String, length: APIStringLength, shape: Shape) -> String {
        let value = shape.isSensitive ? "" : ": \(quoted(text))"
        // Over the maximum only as the service counts: saying "between 1 and
        // 63 characters, got 63 characters" would read as no problem at all.
        if let max = shape.max, length.utf16Units > max, length.scalars <= max {
            return "\(place) must be at most \(max) UTF-16 code units long, as the service counts "
                + "(a character outside the Basic Multilingual Plane, such as an emoji, counts as two), "
                + "got \(length.utf16Units) (\(length.scalars) characters)\(value)"
        }
        return "\(place) must be \(bounds(shape, unit: "character")) long, got \(length.described)\(value)"
    }

    /// WF006, list or map size
    static func count(_ place: Place, count: Int, shape: Shape) -> String {
        "\(place) must have \(bounds(shape, unit: "entry")), got \(count)"
    }

    /// WF006, integer value
    static func integerRange(_ place: Place, text: String, shape: Shape) -> String {
        let range: String
        switch (shape.min, shape.max) {
        case let (min?, max?): range = "between \(min) and \(max)"
        case let (min?, nil): range = "at least \(min)"
        case let (nil, max?): range = "at most \(max)"
        case (nil, nil): range = "an integer"
        }
        return "\(place) must be \(range), got \(text)"
    }

    /// WF007. A pattern too long to read in a message (the CIDR one) is named by its shape.
    static func pattern(_ place: Place, _ text: String, shape: Shape) -> String {
        "\(place) must match the API pattern \(patternName(shape))" + (shape.isSensitive ? "" : ", got \(quoted(text))")
    }

    /// WF011 where WF007's pattern ran out of a PCRE2 limit on the value.
    static func undecidedPattern(_ place: Place, shape: Shape, limit: String) -> String {
        "\(place) could not be checked against the API pattern \(patternName(shape)) (WF007): it reached \(limit)"
    }

    private static func patternName(_ shape: Shape) -> String {
        let source = shape.pattern?.source ?? ""
        return source.unicodeScalars.count > 100 ? "of shape \(shape.name)" : "'\(source)'"
    }

    /// WF008
    static func enumValue(_ place: Place, _ text: String, allowed: [String], suggestion: String?) -> String {
        "\(place) must be one of \(alternatives(allowed)), got \(quoted(text))"
            + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }

    /// WF009: `"Value" is the plain scalar yes, which PyYAML reads as a boolean
    /// (the AWS CLI reads a string); quote it: "yes"`.
    static func pyyamlReading(
        _ place: Place, _ scalar: Scalar, tag: String?, pyyaml: PyYAMLReading, expected: Shape.ShapeType, sensitive: Bool
    ) -> String {
        let form = tag.map { "the scalar \(YAMLResolver.shortName(ofTag: $0))" } ?? "the plain scalar"
        let subject = sensitive ? "\(place) is \(form == "the plain scalar" ? "a plain scalar" : form) that"
            : "\(place) is \(form) \(shownInline(scalar.text)), which"
        let reading: String
        switch pyyaml {
        case .value(let value): reading = "PyYAML reads as \(phrase(for: value, sensitive: sensitive))"
        case .unloadable(let reason): reading = "PyYAML cannot load (\(sensitive ? "the value is hidden" : reason))"
        case .misread(let reason): reading = "PyYAML reads otherwise (\(reason))"
        case .lineBreakBefore(let character, _):
            reading = "PyYAML cannot load (it reads the \(character) written before it as a line break)"
        }
        let awsCLI = "the AWS CLI reads \(phrase(for: scalar.value, sensitive: sensitive))"
        let hint = if case .lineBreakBefore(let character, _) = pyyaml {
            "replace that \(character) with a space"
        } else {
            pyyamlHint(scalar, expected: expected, sensitive: sensitive)
        }
        return "\(subject) \(reading) (\(awsCLI)); \(hint)"
    }

    /// WF009 for an `!!omap`, which only the AWS CLI's loader builds as a map.
    static func orderedMap(_ place: Place) -> String {
        "\(place) is an !!omap, which PyYAML reads as a list of pairs (the AWS CLI reads a map); drop the tag and write a mapping"
    }

    /// `a boolean`, `the integer 15`, `a string`.
    private static func phrase(for value: ScalarValue, sensitive: Bool) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer(let number): return sensitive ? "an integer" : "the integer \(number)"
        case .float: return "a number"
        case .string: return "a string"
        case .timestamp(let timestamp): return timestamp.isDate ? "a date" : "a date-time"
        case .binary: return "binary data"
        }
    }

    /// How to write the value so that both loaders read what the AWS CLI reads.
    private static func pyyamlHint(_ scalar: Scalar, expected: Shape.ShapeType, sensitive: Bool) -> String {
        switch scalar.value {
        case .integer(let number): return sensitive ? "write it in plain decimal" : "write it in plain decimal: \(number)"
        case .bool(let flag): return "write \(flag)"
        default: return sensitive ? "quote it" : "quote it: \(quoted(scalar.text))"
        }
    }

    // MARK: - Pieces

    /// A value in double quotes, escaped like a JSON string, shortened past 60
    /// characters. Other control characters and the line and paragraph
    /// separators are written `\uXXXX`: they are invisible or break the line
    /// of a one-line finding, and the value is what the user must find.
    static func quoted(_ text: String) -> String {
        let limit = 60
        let scalars = text.unicodeScalars
        // Past the limit, without counting every scalar of a 50 MB value.
        let isLong = !scalars.dropFirst(limit).isEmpty
        return quotedInFull(isLong ? String(String.UnicodeScalarView(scalars.prefix(limit - 3))) + "..." : text)
    }

    /// `quoted` without the shortening: the whole text, escaped alike.
    static func quotedInFull(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: appendEscaped(scalar, to: &out)
            }
        }
        return out + "\""
    }

    /// `message` with every control character but a tab or a line break
    /// written as `quoted` writes it (`\u001B`): whatever a check put in a
    /// message from the file (a value, a key, a part of a value such as a
    /// CIDR's octet) must not reach a terminal, a CI log or an editor as an
    /// escape sequence, and every format shows the same text. A tab drives
    /// nothing, and messages have always shown it as it is (the fix fixtures
    /// record it so); line breaks are left to the reporters, which fold them
    /// (`TextReporter.singleLine`), unless `lineBreaksToo` (a file's name,
    /// which no reporter folds: a name holding a line break would forge a
    /// finding's line). Quotes and backslashes stay as the message's words
    /// wrote them.
    static func escapingControls(_ message: String, lineBreaksToo: Bool = false) -> String {
        // A C0 control or DEL is one byte; a C1 control's UTF-8 starts with
        // C2, that of U+2028 and U+2029 with E2, a lone surrogate's stand-in with F4.
        func mayBeControl(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x09: false
            case 0x0A, 0x0D, 0xE2: lineBreaksToo
            case 0..<0x20, 0x7F, 0xC2, 0xF4: true
            default: false
            }
        }
        // Over the bytes in memory, as `TextReporter.singleLine` does: nearly
        // every message has none.
        let mayHaveControls =
            message.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayBeControl) }
            ?? message.utf8.contains(where: mayBeControl)
        guard mayHaveControls else { return message }
        var out = ""
        for scalar in message.unicodeScalars {
            if scalar == "\t" || !lineBreaksToo && TextReporter.isLineBreak(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                // The message's own words (a pack's French no-break spaces)
                // stay as written: only what came from the file is escaped
                // for being invisible (`quoted`, `escapingInvisible`).
                appendEscaped(scalar, to: &out, invisibleToo: false)
            }
        }
        return out
    }

    /// A value from the file as a message shows it, with only the characters
    /// that are invisible or look like a space escaped (`isInvisibleInText`):
    /// a pack's `{value}`, whose controls and line breaks the finished
    /// message's escaping takes care of (`escapingControls`).
    static func escapingInvisible(_ text: String) -> String {
        // Over the bytes: every such character is past ASCII, and nearly every value is ASCII.
        guard text.utf8.contains(where: { $0 >= 0xC2 }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isInvisibleInText { appendEscape(of: scalar, to: &out) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// A value as a message shows it without quotes (a plain scalar): its
    /// invisible characters and line breaks written as `quoted` writes them,
    /// so that a U+2028 in it cannot break the finding's line.
    static func shownInline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars { appendEscaped(scalar, to: &out) }
        return out
    }

    /// A control character, line separator or lone surrogate's stand-in as
    /// an escape, and with `invisibleToo` a character `isInvisibleInText`;
    /// any other scalar as it is.
    private static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String, invisibleToo: Bool = true) {
        if let codeUnit = LoneSurrogate.codeUnit(of: scalar) {
            return out += "\\u" + String(codeUnit, radix: 16, uppercase: true)
        }
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.isControlOrLineSeparator: out += "\\u" + scalar.hexDigits
        case _ where invisibleToo && scalar.isInvisibleInText: appendEscape(of: scalar, to: &out)
        default: out.unicodeScalars.append(scalar)
        }
    }

    /// `\uXXXX`, as a JSON string writes it: a character past the BMP (a
    /// musical format character, U+1D173) as its two UTF-16 units
    /// (`\uD834\uDD73`), where a five-digit `\u1D173` would read as U+1D17
    /// and a "3".
    private static func appendEscape(of scalar: Unicode.Scalar, to out: inout String) {
        for unit in String(scalar).utf16 { out += "\\u" + Unicode.Scalar.hexDigits(of: UInt32(unit)) }
    }

    /// `'a', 'b', 'c'`, sorted.
    static func alternatives(_ values: [String]) -> String {
        values.sorted().map { "'\($0)'" }.joined(separator: ", ")
    }

    static func phrase(for type: Shape.ShapeType) -> String {
        switch type {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "a boolean"
        case .timestamp:
            return "a timestamp (epoch seconds, an ISO 8601 date or date-time, or an RFC 822 date)"
        case .list: return "a list"
        case .map, .structure: return "a map"
        }
    }

    /// `string "abc"`, `integer 5`, `boolean yes`, `null`, `a list`, `a map`.
    static func describe(_ node: Node, sensitive: Bool) -> String {
        guard let scalar = node.scalar else {
            switch node.tag {
            case YAMLResolver.setTag?: return "a set (!!set)"
            case YAMLResolver.pairsTag?: return "a list of pairs (!!pairs)"
            default: return node.elements != nil ? "a list" : "a map"
            }
        }
        let text = sensitive ? "(value hidden)" : scalar.text
        switch scalar.value {
        case .null: return "null"
        case .bool: return "boolean \(text)"
        case .integer: return "integer \(text)"
        case .float: return "number \(text)"
        case .string: return "string " + (sensitive ? text : quoted(text))
        case .timestamp(let timestamp): return (timestamp.isDate ? "date " : "date-time ") + text
        case .binary: return "binary data"
        }
    }

    /// How to fix a scalar that YAML (or JSON) read as another type than meant.
    private static func typeHint(expected: Shape.ShapeType, node: Node, sensitive: Bool) -> String? {
        if node.tag == YAMLResolver.setTag || node.tag == YAMLResolver.pairsTag {
            return "botocore takes no set or tuple; drop the tag \(YAMLResolver.shortName(ofTag: node.tag ?? ""))"
        }
        guard let scalar = node.scalar else { return nil }
        if let tag = node.tag, tag != "!" {
            return expected == .string || expected == .timestamp
                ? "drop the tag \(YAMLResolver.shortName(ofTag: tag)) and quote the value" : nil
        }
        switch (expected, scalar.value) {
        case (.string, .null), (.string, .bool), (.string, .integer), (.string, .float), (.string, .timestamp):
            guard scalar.style == .plain else { return nil }
            return "quote it to make it a string" + (sensitive ? "" : ": \(quoted(scalar.text))")
        case (.timestamp, .timestamp(let timestamp)) where timestamp.isDate:
            // The loaders build a datetime.date, which botocore refuses.
            return "botocore refuses a date without a time; quote it: \(quoted(scalar.text))"
        case (.timestamp, _) where APITimestamp.isOutOfRange(node):
            return "botocore can send only instants from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z"
        default:
            return nil
        }
    }

    /// `between 1 and 63 characters`, `at most 10 entries`, `at least 1 entry`;
    /// a minimum of 0 is no bound for a length or a count.
    private static func bounds(_ shape: Shape, unit: String) -> String {
        let plural = unit == "entry" ? "entries" : unit + "s"
        func counted(_ n: Int) -> String { "\(n) \(n == 1 ? unit : plural)" }
        switch (shape.min.flatMap { $0 > 0 ? $0 : nil }, shape.max) {
        case let (min?, max?): return "between \(min) and \(counted(max))"
        case let (min?, nil): return "at least \(counted(min))"
        case let (nil, max?): return "at most \(counted(max))"
        case (nil, nil): return "any number of \(plural)"
        }
    }
}
